// The words of everything search indexes (chapters and cards), for "Did you mean…?": Pagefind has no
// typo tolerance, so the search page corrects a word it cannot find to the nearest of these.
import type { Card, Chapter } from "../content/index.js";
import type Token from "markdown-it/lib/token.mjs";

/** The text of a chapter's markdown tokens (inline text only: no link targets, no markup). */
function tokenText(tokens: readonly Token[]): string {
  return tokens.flatMap((token) => (token.children ?? []).filter((child) => child.type === "text" || child.type === "code_inline").map((child) => child.content)).join(" ");
}

/** Words of three letters or more, lowercased, most frequent first (ties alphabetical, so builds repeat). */
export function searchWords(content: { chapters: readonly Chapter[]; cards: readonly Card[] }): string[] {
  const texts = [...content.chapters.flatMap((chapter) => [chapter.title, tokenText(chapter.tokens)]), ...content.cards.flatMap((card) => [card.title, card.text])];
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1)).map(([word]) => word);
}

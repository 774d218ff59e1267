// Markdown for content: one parser, heading ids, the card document model, and finding links and raw HTML by line.
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";

/** A run of text with its emphasis, the unit both the card page and the printed card set. */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

export type Block =
  | { type: "paragraph"; runs: Run[] }
  | { type: "list"; ordered: boolean; items: Run[][] };

export interface Heading {
  id: string;
  text: string;
  level: number;
}

/**
 * Raw HTML is parsed (html: true) only so that it can be reported as an error: content may not
 * carry markup of its own, which keeps script out of the site by construction.
 */
export const markdown = new MarkdownIt({ html: true, linkify: false, typographer: true });

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function parseMarkdown(source: string): Token[] {
  return markdown.parse(source, {});
}

/** A heading's own id written after its words, as in markdown-it-attrs and Pandoc: "## Tacto {#touch}". */
const explicitId = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/**
 * Takes a trailing "{#id}" off a heading's words and returns the id. A translated heading keeps the id of
 * the heading it translates, so links, cards' guide sections and the language switcher land on it.
 */
function takeExplicitId(inline: Token | undefined): string | undefined {
  const last = inline?.children?.at(-1);
  const match = last?.type === "text" ? explicitId.exec(last.content) : null;
  if (!inline || !last || !match) return undefined;
  last.content = last.content.slice(0, match.index);
  inline.content = inline.content.replace(explicitId, "");
  return match[1];
}

/** Gives every h2–h4 a stable id (its own "{#id}", else the slug of its text, numbered on repeats) and returns the outline. */
export function assignHeadingIds(tokens: Token[]): Heading[] {
  const headings: Heading[] = [];
  const seen = new Map<string, number>();
  tokens.forEach((token, index) => {
    if (token.type !== "heading_open") return;
    const level = Number(token.tag.slice(1));
    const own = takeExplicitId(tokens[index + 1]);
    const text = plainText(tokens[index + 1]?.children ?? []);
    const base = own ?? (slugify(text) || "section");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const id = count === 0 ? base : `${base}-${count + 1}`;
    token.attrSet("id", id);
    if (level >= 2 && level <= 4) headings.push({ id, text, level });
  });
  return headings;
}

export function plainText(inline: Token[]): string {
  return inline
    .map((t) => (t.type === "text" || t.type === "code_inline" ? t.content : t.type === "softbreak" || t.type === "hardbreak" ? " " : ""))
    .join("");
}

export interface FoundLink {
  href: string;
  line?: number;
}

/**
 * Every token with the 1-based line it starts on. Inline tokens carry no line of their own, so lines are
 * counted on from their block (or, in a table cell, its row) over the line breaks before them. (A code span
 * across lines is the exception: markdown-it keeps no trace of its line break.)
 */
export function* withLines(tokens: Token[]): Generator<{ token: Token; line?: number }> {
  let blockLine: number | undefined;
  for (const block of tokens) {
    if (block.map) blockLine = block.map[0] + 1;
    yield { token: block, line: blockLine };
    let line = blockLine;
    for (const token of block.children ?? []) {
      yield { token, line };
      if (line !== undefined) line += lineBreaks(token);
    }
  }
}

const lineBreaks = (token: Token): number =>
  token.type === "softbreak" || token.type === "hardbreak"
    ? 1
    : token.type === "html_inline"
      ? token.content.split("\n").length - 1
      : (token.children ?? []).reduce((sum, child) => sum + lineBreaks(child), 0);

export function findLinks(tokens: Token[]): FoundLink[] {
  const links: FoundLink[] = [];
  for (const { token, line } of withLines(tokens)) {
    if (token.type === "link_open") links.push({ href: token.attrGet("href") ?? "", line });
  }
  return links;
}

/** Markup a reader must not see as broken text, or that could carry script: reported, never dropped. */
export function findRawHtml(tokens: Token[]): { line?: number; snippet: string }[] {
  const found: { line?: number; snippet: string }[] = [];
  for (const { token, line } of withLines(tokens)) {
    if (token.type === "html_block") found.push({ line, snippet: token.content.trim().slice(0, 40) });
    if (token.type === "html_inline") found.push({ line, snippet: token.content.slice(0, 40) });
  }
  return found;
}

export function blocksToText(blocks: Block[]): string {
  return blocks
    .map((block) =>
      block.type === "paragraph"
        ? block.runs.map((r) => r.text).join("")
        : block.items.map((item) => item.map((r) => r.text).join("")).join("\n"),
    )
    .join("\n\n");
}

// The interface words the page's scripts show, in the page's language: the layout writes them into
// the page as a JSON data block (the js.* keys of content/strings/<lang>.yaml), so one script serves
// every language.
let words: Record<string, string> | undefined;

/** The words for a key, {placeholders} filled; a key the page lacks shows as itself (a bug to see, not a crash). */
export function word(key: string, values: Record<string, string | number> = {}): string {
  words ??= JSON.parse(document.querySelector("script[data-page-words]")?.textContent || "{}") as Record<string, string>;
  return (words[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Adds words a part of the page loaded later brought (a script loaded on use fetches its own). */
export function addWords(more: Record<string, string>): void {
  word("");
  Object.assign(words!, more);
}

/** "1 card" or "5 cards", in the page's language. */
export const cardCount = (count: number) => word(count === 1 ? "cardOne" : "cardMany", { count });

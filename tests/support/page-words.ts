// The words a page's scripts read (templates/js/lib/words.ts), for tests that run browser modules in
// Node: the `js:` keys of the named areas of content/strings/<lang>, as the layout writes them, and their
// `later:` keys, as the deck maker fetches them with its parts loaded on use.
import { readLanguageStrings } from "../../scripts/content/strings.js";
import { addWords } from "../../templates/js/lib/words.js";

export async function usePageWords(areas: readonly string[], lang = "en"): Promise<void> {
  const strings = await readLanguageStrings("content", lang);
  const words: Record<string, string> = {};
  for (const [key, text] of Object.entries(strings)) {
    const area = areas.find((name) => key.startsWith(`${name}.js.`) || key.startsWith(`${name}.later.`));
    if (area) words[key.replace(/\.(js|later)\./, ".")] = text;
  }
  // The module reads the page's words once, from a document Node does not have: none here, then these.
  const global = globalThis as { document?: unknown };
  const had = "document" in global;
  if (!had) global.document = { querySelector: () => null };
  try {
    addWords(words);
  } finally {
    if (!had) delete global.document;
  }
}

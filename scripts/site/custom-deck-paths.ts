// Where the on-device deck renderer's files live, relative to the site's root: written by the plugin,
// named in the pages (so their scripts find them under any path prefix), left out of the precache.
import type { FontRole } from "../fonts/fonts.js";

const fontDir = "downloads/print-fonts/";

export const customDeckPaths = {
  /** The renderer for the how-to-print form and the plan card, run on the page. */
  bundle: "js/custom-deck.js",
  /** The deck maker's renderer, run in a Web Worker (/make/). */
  worker: "js/deck-worker.js",
  /** Code the two share, in chunks they import. */
  chunkDir: "js/maker/",
  /** The cards, their date and where the fonts are (relative to this file): the default language's. */
  input: "downloads/deck-input.json",
  /** A language's deck input: the default language's at the root, a translation's (its own cards) under <lang>/; code and fonts stay shared. */
  inputOf: (lang: string, defaultLang: string) => (lang === defaultLang ? "" : `${lang}/`) + "downloads/deck-input.json",
  /** The deck maker's later words (make.later.* of the strings, as "make.*"), per language like the input; precached. */
  wordsOf: (lang: string, defaultLang: string) => (lang === defaultLang ? "" : `${lang}/`) + "downloads/maker-words.json",
  fontDir,
  font: (role: FontRole) => `${fontDir}${role}.ttf`,
} as const;

/** Whether a built file belongs to the on-device renderer: fetched only when someone makes a file, never precached. */
export const isRendererFile = (path: string) =>
  path === customDeckPaths.bundle || path === customDeckPaths.worker || path === customDeckPaths.input || /^[a-z]{2,3}(-[A-Za-z0-9]+)?\/downloads\/deck-input\.json$/.test(path) || path.startsWith(customDeckPaths.chunkDir) || path.startsWith(fontDir);

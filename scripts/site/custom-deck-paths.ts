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
  /** The cards, their date and where the fonts are (relative to this file). */
  input: "downloads/deck-input.json",
  fontDir,
  font: (role: FontRole) => `${fontDir}${role}.ttf`,
} as const;

/** Whether a built file belongs to the on-device renderer: fetched only when someone makes a file, never precached. */
export const isRendererFile = (path: string) =>
  path === customDeckPaths.bundle || path === customDeckPaths.worker || path === customDeckPaths.input || path.startsWith(customDeckPaths.chunkDir) || path.startsWith(fontDir);

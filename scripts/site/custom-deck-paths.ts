// Where the corrected-deck maker's files live, relative to the site's root: written by the plugin,
// named in the form (so its script finds them under any path prefix), left out of the precache.
import type { FontRole } from "../fonts/fonts.js";

const fontDir = "downloads/print-fonts/";

export const customDeckPaths = {
  /** The renderer and pdfkit, bundled for the browser. */
  bundle: "js/custom-deck.js",
  /** The cards, their date and where the fonts are (relative to this file). */
  input: "downloads/deck-input.json",
  fontDir,
  font: (role: FontRole) => `${fontDir}${role}.ttf`,
} as const;

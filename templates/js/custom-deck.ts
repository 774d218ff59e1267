// The deck renderer on the reader's device, bundled into js/custom-deck.js (scripts/site/custom-deck.ts)
// and loaded only when someone asks for a file: a two-sided deck with its backs moved for a printer
// that drifts, or "Our plan" as a card for the deck (plan-card-maker.ts).
import type { Offset } from "../../scripts/deck/geometry.js";
import { deckFilesFor } from "../../scripts/deck/deck-files.js";
import { renderDeck } from "../../scripts/deck/render.js";
import { loadDeckInput } from "./lib/deck-input.js";

export { makePlanCard } from "./plan-card-maker.js";

/** "1.5" → "1.5", "-0.5" → "-0.5", for the file name. */
const millimetres = (value: number) => String(Math.round(value * 100) / 100);

/**
 * Renders the duplex file `fileName` with its backs moved by `offset` millimetres, from the build's
 * deck input at `inputUrl` (on this site, under any path prefix) and the fonts it names.
 */
export async function makeCustomDeck(inputUrl: URL, fileName: string, offset: Offset): Promise<{ blob: Blob; fileName: string; pages: number }> {
  const { input, fonts } = await loadDeckInput(inputUrl);
  const file = deckFilesFor(input.brand).find((candidate) => candidate.fileName === fileName && candidate.imposition.acceptsBackOffset);
  if (!file) throw new Error(`${fileName} cannot be made with its backs moved`);
  const { bytes, pages } = await renderDeck(input.cards, fonts, file, { brand: input.brand, updated: new Date(input.updated), backOffset: offset });
  return {
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" }),
    fileName: file.fileName.replace(/\.pdf$/, `-backs-${millimetres(offset.x)}-${millimetres(offset.y)}.pdf`),
    pages,
  };
}

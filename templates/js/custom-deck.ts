// A two-sided deck with its backs moved for a printer that drifts, made on the reader's device by the
// same renderer the build uses. Bundled into js/custom-deck.js (scripts/site/custom-deck.ts) and
// loaded only when someone asks for a corrected file.
import * as pdfkit from "pdfkit";
import Helvetica from "pdfkit/standard-fonts/Helvetica";
import type { Card } from "../../scripts/content/types.js";
import type { FontBytes } from "../../scripts/fonts/fonts.js";
import type { Offset } from "../../scripts/deck/geometry.js";
import { deckFiles } from "../../scripts/deck/deck-files.js";
import { renderDeck } from "../../scripts/deck/render.js";

/** What the build writes for this module (downloads/deck-input.json): the cards, their date and the fonts' addresses. */
export interface DeckInput {
  updated: string;
  cards: Card[];
  /** Each font role's TTF, relative to this input file. */
  fonts: Record<keyof FontBytes, string>;
}

// pdfkit opens Helvetica as every document's starting font; its browser build wants the metrics handed in.
(pdfkit as unknown as { registerStdFonts(...fonts: object[]): void }).registerStdFonts(Helvetica);

async function fetchOk(url: URL): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname} could not be loaded (${response.status})`);
  return response;
}

/** "1.5" → "1.5", "-0.5" → "-0.5", for the file name. */
const millimetres = (value: number) => String(Math.round(value * 100) / 100);

/**
 * Renders the duplex file `fileName` with its backs moved by `offset` millimetres, from the build's
 * deck input at `inputUrl` (on this site, under any path prefix) and the fonts it names.
 */
export async function makeCustomDeck(inputUrl: URL, fileName: string, offset: Offset): Promise<{ blob: Blob; fileName: string; pages: number }> {
  const file = deckFiles.find((candidate) => candidate.fileName === fileName && candidate.imposition.acceptsBackOffset);
  if (!file) throw new Error(`${fileName} cannot be made with its backs moved`);
  const input = (await (await fetchOk(inputUrl)).json()) as DeckInput;
  const fonts = Object.fromEntries(
    await Promise.all(Object.entries(input.fonts).map(async ([role, path]) => [role, new Uint8Array(await (await fetchOk(new URL(path, inputUrl))).arrayBuffer())])),
  ) as FontBytes;
  const { bytes, pages } = await renderDeck(input.cards, fonts, file, { updated: new Date(input.updated), backOffset: offset });
  return {
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" }),
    fileName: file.fileName.replace(/\.pdf$/, `-backs-${millimetres(offset.x)}-${millimetres(offset.y)}.pdf`),
    pages,
  };
}

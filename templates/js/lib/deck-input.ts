// What the build writes for the on-device renderer (downloads/deck-input.json): the cards, their date
// the brand and the fonts, fetched from this site only, for the corrected deck and the plan card.
import type { DeckBrand } from "../../../scripts/content/brand.js";
import type { Card } from "../../../scripts/content/types.js";
import type { FontBytes } from "../../../scripts/fonts/fonts.js";

export interface DeckInput {
  updated: string;
  /** The publisher's names and colours, as the build's PDFs carry them. */
  brand: DeckBrand;
  cards: Card[];
  /** Each font role's TTF, relative to this input file. */
  fonts: Record<keyof FontBytes, string>;
}

async function fetchOk(url: URL): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname} could not be loaded (${response.status})`);
  return response;
}

/** The deck input at `inputUrl` (on this site, under any path prefix) and the bytes of every font it names. */
export async function loadDeckInput(inputUrl: URL): Promise<{ input: DeckInput; fonts: FontBytes }> {
  const input = (await (await fetchOk(inputUrl)).json()) as DeckInput;
  const fonts = Object.fromEntries(
    await Promise.all(Object.entries(input.fonts).map(async ([role, path]) => [role, new Uint8Array(await (await fetchOk(new URL(path, inputUrl))).arrayBuffer())])),
  ) as FontBytes;
  return { input, fonts };
}

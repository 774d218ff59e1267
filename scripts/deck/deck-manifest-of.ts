// decks.json from the entries of the files written: light enough for the thread that assembles a pool's work.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deckManifestFile, deckManifestSchema, type DeckEntry, type DeckManifest } from "../manifest/deck-manifest.js";
import type { Strings } from "../content/translate.js";
import { describedImpositions } from "./impositions.js";
import { sayIn } from "./say.js";
import { recommendedStock, stocks } from "./sizes.js";

/** The impositions the files use (in the words given: the brand's), then one entry per file, in the order given, then the stocks a box can be sized for. */
export function deckManifestOf(decks: readonly DeckEntry[], date: Date, words: Strings): DeckManifest {
  const say = sayIn(words);
  const used = describedImpositions(say).filter((entry) => decks.some((deck) => deck.imposition === entry.id));
  return deckManifestSchema.parse({
    generated: date.toISOString(),
    impositions: used.map(({ id, situation, arrangement, howToPrint, twoSided, acceptsBackOffset, carriesCards }) => ({ id, situation, arrangement, howToPrint, twoSided, acceptsBackOffset, carriesCards })),
    decks,
    stocks: Object.values(stocks).map(({ id }) => ({ id, name: say(`stocks.${id}`), recommended: id === recommendedStock })),
  });
}

export const writeManifest = (outDir: string, manifest: DeckManifest) => writeFile(join(outDir, deckManifestFile), `${JSON.stringify(manifest, null, 2)}\n`);

// The deck's Node entry: renders every deck file, writes the PDFs, their sheet diagrams and decks.json into downloads/.
import { mkdir } from "node:fs/promises";
import type { Card } from "../content/types.js";
import { readFontBytes, type FontBytes } from "../fonts/fonts.js";
import type { DeckEntry, DeckManifest } from "../manifest/deck-manifest.js";
import { deckManifestOf, writeManifest } from "./deck-manifest-of.js";
import type { DeckBrand } from "./settings-deck-files.js";
import { deckFilesFor, type DeckFile } from "./deck-files.js";
import { deckInputKeys, fileKey, storedFile, storeFile, writeDeckOutput, type InputKeys } from "./deck-output.js";
import { sheetDiagram } from "./diagram.js";
import type { Offset } from "./geometry.js";
import { renderDeck } from "./render.js";
import { openBuildCache, type CacheUse } from "../cache/build-cache.js";

export interface WriteDeckOptions {
  /** Which files to make; all of them (named for the brand) by default. */
  files?: readonly DeckFile[];
  /** Millimetres to move duplex backs by (custom builds for drifting printers). */
  backOffset?: Offset;
  /** Faint corner-radius arcs on the fronts, for a corner punch (off unless asked for). */
  cornerGuides?: boolean;
  /** Write decks.json (off for one-off custom builds). */
  manifest?: boolean;
}

/** Where rendered files are kept between builds, and the version of the code that renders them. */
export interface DeckCacheOptions {
  dir: string | null;
  codeVersion: string;
}

export interface WriteDeckArgs {
  cards: Card[];
  /** The publisher's names and colours (deckBrandOf(settings)). */
  brand: DeckBrand;
  /** `<dist>/downloads`. */
  outDir: string;
  /** When the content last changed (Date or ISO string): the PDFs' dates, never the clock. */
  updated: Date | string;
  fonts?: FontBytes;
  options?: WriteDeckOptions;
  cache?: DeckCacheOptions;
}

export interface WrittenDeck {
  manifest: DeckManifest;
  /** Which files came from the cache and which were rendered. */
  cacheUses: CacheUse[];
}

export async function writeDeck(args: WriteDeckArgs): Promise<WrittenDeck> {
  const { entries, cacheUses } = await writeDeckFiles(args, args.options?.files ?? deckFilesFor(args.brand));
  const manifest = deckManifestOf(entries, new Date(args.updated), args.brand.words);
  if (args.options?.manifest !== false) await writeManifest(args.outDir, manifest);
  return { manifest, cacheUses };
}

/** How a pool's worker writes files: the inputs' key its pool worked out, and no second look in the cache. */
export interface Taken {
  inputs: InputKeys;
  lookUp: false;
}

/**
 * Renders (or takes from the cache) and writes each file as `files` yields it, with its diagram and
 * cut files; returns their manifest entries. A pool of workers hands each one files to take in turn.
 */
export async function writeDeckFiles(args: WriteDeckArgs, files: Iterable<DeckFile>, taken?: Taken): Promise<{ entries: DeckEntry[]; cacheUses: CacheUse[] }> {
  const { cards, brand, outDir, updated, fonts, options = {}, cache } = args;
  const date = new Date(updated);
  const fontBytes = fonts ?? (await readFontBytes());
  const store = openBuildCache(cache?.dir ?? null);
  const inputs = taken?.inputs ?? deckInputKeys({ cards, brand, fonts: fontBytes, date, codeVersion: cache?.codeVersion ?? "", backOffset: options.backOffset, cornerGuides: options.cornerGuides });
  await mkdir(outDir, { recursive: true });
  const entries: DeckEntry[] = [];
  for (const file of files) {
    const key = fileKey(inputs, file);
    let rendered = taken ? undefined : await storedFile(store, key);
    if (!rendered) {
      const made = await renderDeck(cards, fontBytes, file, { brand, updated: date, backOffset: options.backOffset, cornerGuides: options.cornerGuides });
      rendered = { pdf: made.bytes, diagram: sheetDiagram(file, { cardCount: cards.length, words: brand.words }), pages: made.pages, cards: made.cards };
      await storeFile(store, key, rendered);
    }
    entries.push(await writeDeckOutput(outDir, file, rendered, { cards: cards.length, words: brand.words }));
  }
  return { entries, cacheUses: store.uses };
}

// The deck's Node entry: renders every deck file, writes the PDFs, their sheet diagrams and decks.json into downloads/.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Card } from "../content/types.js";
import { readFontBytes, type FontBytes } from "../fonts/fonts.js";
import { deckManifestFile, deckManifestSchema, type DeckEntry, type DeckManifest } from "../manifest/deck-manifest.js";
import { deckFiles as allFiles, paperLabel, type DeckFile } from "./deck-files.js";
import { sheetDiagram } from "./diagram.js";
import { backOffsetScale, type Offset } from "./geometry.js";
import { impositions } from "./impositions.js";
import { renderDeck } from "./render.js";
import { hashOf, openBuildCache, type CacheUse } from "../cache/build-cache.js";

export interface WriteDeckOptions {
  /** Which files to make; all of them by default. */
  files?: readonly DeckFile[];
  /** Millimetres to move duplex backs by (custom builds for drifting printers). */
  backOffset?: Offset;
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

interface RenderedFile {
  pdf: Uint8Array;
  diagram: string;
  pages: number;
  cards: number;
}

const diagramName = (file: DeckFile) => file.fileName.replace(/\.pdf$/, ".svg");

export async function writeDeck({ cards, outDir, updated, fonts, options = {}, cache }: WriteDeckArgs): Promise<WrittenDeck> {
  const date = new Date(updated);
  const fontBytes = fonts ?? (await readFontBytes());
  const chosen = options.files ?? allFiles;
  const store = openBuildCache(cache?.dir ?? null);
  // Everything a file's bytes depend on besides the file itself: code, fonts, cards, date, offset.
  const inputs = hashOf(
    cache?.codeVersion ?? "",
    ...Object.keys(fontBytes).sort().map((role) => fontBytes[role as keyof FontBytes]),
    JSON.stringify(cards.map(({ body: _source, ...card }) => card)),
    date.toISOString(),
    JSON.stringify(options.backOffset ?? null),
  );
  await mkdir(outDir, { recursive: true });
  const decks: DeckEntry[] = [];
  for (const file of chosen) {
    const key = hashOf(inputs, file.id);
    const cached = await store.get<Omit<RenderedFile, "pdf" | "diagram">>("pdf", key);
    let rendered: RenderedFile;
    if (cached) {
      rendered = { ...cached.meta, pdf: cached.files.get("pdf")!, diagram: new TextDecoder().decode(cached.files.get("diagram")) };
    } else {
      const made = await renderDeck(cards, fontBytes, file, { updated: date, backOffset: options.backOffset });
      rendered = { pdf: made.bytes, diagram: sheetDiagram(file), pages: made.pages, cards: made.cards };
      await store.put("pdf", key, { files: new Map([["pdf", rendered.pdf], ["diagram", new TextEncoder().encode(rendered.diagram)]]), meta: { pages: rendered.pages, cards: rendered.cards } });
    }
    await writeFile(join(outDir, file.fileName), rendered.pdf);
    await writeFile(join(outDir, diagramName(file)), rendered.diagram);
    decks.push({
      file: file.fileName,
      label: file.label,
      title: file.title,
      purpose: file.purpose,
      paper: paperLabel(file),
      imposition: file.imposition.id,
      cardSize: file.cardSize,
      pages: rendered.pages,
      cards: rendered.cards,
      bytes: rendered.pdf.length,
      diagram: diagramName(file),
      discreet: file.discreet,
      ...(file.imposition.acceptsBackOffset ? { backOffset: { ...backOffsetScale } } : {}),
    });
  }
  const used = impositions.filter((entry) => chosen.some((file) => file.imposition.id === entry.id));
  const manifest = deckManifestSchema.parse({
    generated: date.toISOString(),
    impositions: used.map(({ id, situation, arrangement, howToPrint, twoSided, acceptsBackOffset }) => ({ id, situation, arrangement, howToPrint, twoSided, acceptsBackOffset })),
    decks,
  });
  if (options.manifest !== false) await writeFile(join(outDir, deckManifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, cacheUses: store.uses };
}

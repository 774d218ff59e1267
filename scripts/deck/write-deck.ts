// The deck's Node entry: renders every deck file, writes the PDFs, their sheet diagrams and decks.json into downloads/.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Card } from "../content/types.js";
import { readFontBytes, type FontBytes } from "../fonts/fonts.js";
import type { DeckEntry, DeckManifest } from "../manifest/deck-manifest.js";
import { deckManifestOf, writeManifest } from "./deck-manifest-of.js";
import { cutLinesSvg } from "./cutter.js";
import { cutFilesOf, deckFiles as allFiles, paperLabel, type DeckFile } from "./deck-files.js";
import { sheetDiagram } from "./diagram.js";
import { backOffsetScale, type Offset } from "./geometry.js";
import { cardsPerSheet, planDeck } from "./plan.js";
import { renderDeck } from "./render.js";
import { cardSizes, stocks } from "./sizes.js";
import { boxSize } from "./tuck-box.js";
import { boxedCards } from "./tuck-box-plan.js";
import { hashOf, openBuildCache, type CacheUse } from "../cache/build-cache.js";

export interface WriteDeckOptions {
  /** Which files to make; all of them by default. */
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

export async function writeDeck(args: WriteDeckArgs): Promise<WrittenDeck> {
  const { entries, cacheUses } = await writeDeckFiles(args, args.options?.files ?? allFiles);
  const manifest = deckManifestOf(entries, new Date(args.updated));
  if (args.options?.manifest !== false) await writeManifest(args.outDir, manifest);
  return { manifest, cacheUses };
}

/**
 * Renders (or takes from the cache) and writes each file as `files` yields it, with its diagram and
 * cut files; returns their manifest entries. A pool of workers hands each one files to take in turn.
 */
export async function writeDeckFiles({ cards, outDir, updated, fonts, options = {}, cache }: WriteDeckArgs, files: Iterable<DeckFile>): Promise<{ entries: DeckEntry[]; cacheUses: CacheUse[] }> {
  const date = new Date(updated);
  const fontBytes = fonts ?? (await readFontBytes());
  const store = openBuildCache(cache?.dir ?? null);
  // Everything a file's bytes depend on besides the file itself: code, fonts, cards, date, offset.
  const inputs = hashOf(
    cache?.codeVersion ?? "",
    ...Object.keys(fontBytes).sort().map((role) => fontBytes[role as keyof FontBytes]),
    JSON.stringify(cards.map(({ body: _source, ...card }) => card)),
    date.toISOString(),
    JSON.stringify(options.backOffset ?? null),
    String(options.cornerGuides ?? false),
  );
  await mkdir(outDir, { recursive: true });
  const decks: DeckEntry[] = [];
  for (const file of files) {
    const key = hashOf(inputs, file.id);
    const cached = await store.get<Omit<RenderedFile, "pdf" | "diagram">>("pdf", key);
    let rendered: RenderedFile;
    if (cached) {
      rendered = { ...cached.meta, pdf: cached.files.get("pdf")!, diagram: new TextDecoder().decode(cached.files.get("diagram")) };
    } else {
      const made = await renderDeck(cards, fontBytes, file, { updated: date, backOffset: options.backOffset, cornerGuides: options.cornerGuides });
      rendered = { pdf: made.bytes, diagram: sheetDiagram(file, cards.length), pages: made.pages, cards: made.cards };
      await store.put("pdf", key, { files: new Map([["pdf", rendered.pdf], ["diagram", new TextEncoder().encode(rendered.diagram)]]), meta: { pages: rendered.pages, cards: rendered.cards } });
    }
    await writeFile(join(outDir, file.fileName), rendered.pdf);
    await writeFile(join(outDir, diagramName(file)), rendered.diagram);
    const cutFiles = cutFilesOf(file);
    for (const cut of cutFiles) await writeFile(join(outDir, cut.fileName), cutFileOf(file, cut.radiusMm));
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
      ...(cutFiles.length ? { cutFiles: cutFiles.map((cut) => ({ file: cut.fileName, cornerRadiusMm: cut.radiusMm })) } : {}),
      ...(file.imposition.id === "tuck-box" ? { box: boxFacts(file, cards.length) } : {}),
    });
  }
  return { entries: decks, cacheUses: store.uses };
}

/** The cut file for every sheet of a cutter file: the outlines of a full sheet's cards. */
function cutFileOf(file: DeckFile, radiusMm: number): string {
  const [front] = planDeck(file, cardsPerSheet(file));
  const corners = radiusMm > 0 ? `${radiusMm} mm rounded corners` : "square corners";
  return cutLinesSvg({ page: front.size, trims: front.fronts.map((f) => f.trim), radiusMm, title: `Cut lines for every sheet of ${file.fileName}, ${corners}` });
}

/** What a tuck box file holds, rounded to 0.1 mm for reading. */
function boxFacts(file: DeckFile, deckCards: number) {
  const cards = boxedCards({ card: cardSizes[file.cardSize], cards: deckCards, stock: file.stock }, file.paper ?? "letter");
  const { inner } = boxSize({ card: cardSizes[file.cardSize], cards, stock: file.stock });
  const round = (v: number) => Math.round(v * 10) / 10;
  return { cards, stock: stocks[file.stock].label, inside: { width: round(inner.width), height: round(inner.height), depth: round(inner.depth) } };
}

// The deck's Node entry: renders every layout, writes the PDFs, their sheet diagrams and decks.json into downloads/.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Card } from "../content/types.js";
import { readFontBytes, type FontBytes } from "../fonts/fonts.js";
import { deckManifestFile, deckManifestSchema, type DeckEntry, type DeckManifest } from "../manifest/deck-manifest.js";
import { sheetDiagram } from "./diagram.js";
import { backOffsetScale, type Offset } from "./geometry.js";
import { layouts as allLayouts, paperLabel, type Layout } from "./layouts.js";
import { renderDeck } from "./render.js";

export interface BuildDeckOptions {
  /** Which layouts to build; all of them by default. */
  layouts?: readonly Layout[];
  /** Millimetres to move duplex backs by (custom builds for drifting printers). */
  backOffset?: Offset;
  /** Write decks.json (off for one-off custom builds). */
  manifest?: boolean;
}

export interface BuildDeckArgs {
  cards: Card[];
  /** `<dist>/downloads`. */
  outDir: string;
  /** When the content last changed (Date or ISO string): the PDFs' dates, never the clock. */
  updated: Date | string;
  fonts?: FontBytes;
  options?: BuildDeckOptions;
}

const diagramName = (layout: Layout) => layout.fileName.replace(/\.pdf$/, ".svg");

export async function buildDeck({ cards, outDir, updated, fonts, options = {} }: BuildDeckArgs): Promise<DeckManifest> {
  const date = new Date(updated);
  const fontBytes = fonts ?? (await readFontBytes());
  const chosen = options.layouts ?? allLayouts;
  await mkdir(outDir, { recursive: true });
  const decks: DeckEntry[] = [];
  for (const layout of chosen) {
    const rendered = await renderDeck(cards, fontBytes, layout, { updated: date, backOffset: options.backOffset });
    await writeFile(join(outDir, layout.fileName), rendered.bytes);
    await writeFile(join(outDir, diagramName(layout)), sheetDiagram(layout));
    decks.push({
      file: layout.fileName,
      title: layout.title,
      purpose: layout.purpose,
      howToPrint: layout.howToPrint,
      paper: paperLabel(layout),
      layout: layout.style,
      cardSize: layout.cardSize,
      pages: rendered.pages,
      cards: rendered.cards,
      bytes: rendered.bytes.length,
      diagram: diagramName(layout),
      discreet: layout.discreet,
      ...(layout.style === "home-duplex" ? { backOffset: { ...backOffsetScale } } : {}),
    });
  }
  const manifest = deckManifestSchema.parse({ generated: date.toISOString(), decks });
  if (options.manifest !== false) await writeFile(join(outDir, deckManifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

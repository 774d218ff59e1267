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

export interface WriteDeckOptions {
  /** Which files to make; all of them by default. */
  files?: readonly DeckFile[];
  /** Millimetres to move duplex backs by (custom builds for drifting printers). */
  backOffset?: Offset;
  /** Write decks.json (off for one-off custom builds). */
  manifest?: boolean;
}

export interface WriteDeckArgs {
  cards: Card[];
  /** `<dist>/downloads`. */
  outDir: string;
  /** When the content last changed (Date or ISO string): the PDFs' dates, never the clock. */
  updated: Date | string;
  fonts?: FontBytes;
  options?: WriteDeckOptions;
}

const diagramName = (file: DeckFile) => file.fileName.replace(/\.pdf$/, ".svg");

export async function writeDeck({ cards, outDir, updated, fonts, options = {} }: WriteDeckArgs): Promise<DeckManifest> {
  const date = new Date(updated);
  const fontBytes = fonts ?? (await readFontBytes());
  const chosen = options.files ?? allFiles;
  await mkdir(outDir, { recursive: true });
  const decks: DeckEntry[] = [];
  for (const file of chosen) {
    const rendered = await renderDeck(cards, fontBytes, file, { updated: date, backOffset: options.backOffset });
    await writeFile(join(outDir, file.fileName), rendered.bytes);
    await writeFile(join(outDir, diagramName(file)), sheetDiagram(file));
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
      bytes: rendered.bytes.length,
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
  return manifest;
}

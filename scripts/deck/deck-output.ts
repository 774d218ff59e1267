// A deck file's outputs and where they come from: the key its bytes are cached under, the cached
// bytes, and the files written for it (the PDF, its sheet diagram, cut files) with its manifest entry.
// Nothing here draws: a build whose PDFs are all cached writes them without starting a worker.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { hashOf, type BuildCache } from "../cache/build-cache.js";
import type { Card } from "../content/types.js";
import type { FontBytes } from "../fonts/fonts.js";
import type { DeckEntry } from "../manifest/deck-manifest.js";
import type { DeckBrand } from "./settings-deck-files.js";
import { cutLinesSvg } from "./cutter.js";
import { cutFilesOf, type DeckFile } from "./deck-files.js";
import { backOffsetScale, type Offset } from "./geometry.js";
import { cardsPerSheet, planDeck } from "./plan-deck.js";
import type { Strings } from "../content/translate.js";
import { sayIn, type Say } from "./say.js";
import { cardSizes } from "./sizes.js";
import { boxSize } from "./tuck-box.js";
import { boxedCards } from "./tuck-box-plan.js";

/** A file as rendered (or as the cache kept it). */
export interface RenderedFile {
  pdf: Uint8Array;
  diagram: string;
  pages: number;
  cards: number;
}

export interface DeckInputs {
  cards: Card[];
  brand: DeckBrand;
  fonts: FontBytes;
  date: Date;
  codeVersion: string;
  backOffset?: Offset;
  cornerGuides?: boolean;
}

/** What a file's bytes can depend on, hashed apart: what every file shares, and the cards (all of them, or only how many). */
export interface InputKeys {
  /** Code, fonts, the brand, the date, the back offset and corner guides. */
  shared: string;
  /** Every card as printed (not its markdown source). */
  cards: string;
  count: number;
}

export const deckInputKeys = ({ cards, brand, fonts, date, codeVersion, backOffset, cornerGuides }: DeckInputs): InputKeys => ({
  shared: hashOf(
    codeVersion,
    ...Object.keys(fonts).sort().map((role) => fonts[role as keyof FontBytes]),
    JSON.stringify(brand),
    date.toISOString(),
    JSON.stringify(backOffset ?? null),
    String(cornerGuides ?? false),
  ),
  cards: hashOf(JSON.stringify(cards.map(({ body: _source, ...card }) => card))),
  count: cards.length,
});

/** A file's key, from exactly what reaches it: a file of cards every card, the tuck box how many, the test sheet none. */
export function fileKey(inputs: InputKeys, file: DeckFile): string {
  const { imposition } = file;
  const cards = imposition.carriesCards ? inputs.cards : imposition.id === "tuck-box" ? `count ${inputs.count}` : "";
  return hashOf(inputs.shared, cards, file.id);
}

/** The file as an earlier build stored it, if it did. */
export async function storedFile(store: BuildCache, key: string): Promise<RenderedFile | undefined> {
  const cached = await store.get<Omit<RenderedFile, "pdf" | "diagram">>("pdf", key);
  return cached && { ...cached.meta, pdf: cached.files.get("pdf")!, diagram: new TextDecoder().decode(cached.files.get("diagram")) };
}

export async function storeFile(store: BuildCache, key: string, rendered: RenderedFile): Promise<void> {
  await store.put("pdf", key, { files: new Map([["pdf", rendered.pdf], ["diagram", new TextEncoder().encode(rendered.diagram)]]), meta: { pages: rendered.pages, cards: rendered.cards } });
}

const diagramName = (file: DeckFile) => file.fileName.replace(/\.pdf$/, ".svg");

/** The deck a file belongs to: how many cards, and the brand's words. */
export interface OutputDeck {
  cards: number;
  words: Strings;
}

/** Writes the file, its diagram and cut files into outDir; returns its manifest entry. */
export async function writeDeckOutput(outDir: string, file: DeckFile, rendered: RenderedFile, deck: OutputDeck): Promise<DeckEntry> {
  const say = sayIn(deck.words);
  await writeFile(join(outDir, file.fileName), rendered.pdf);
  await writeFile(join(outDir, diagramName(file)), rendered.diagram);
  const cutFiles = cutFilesOf(file);
  for (const cut of cutFiles) await writeFile(join(outDir, cut.fileName), cutFileOf(file, cut.radiusMm, say));
  return {
    file: file.fileName,
    label: file.label,
    title: file.title,
    purpose: file.purpose,
    paper: file.paperLabel,
    imposition: file.imposition.id,
    cardSize: file.cardSize,
    pages: rendered.pages,
    cards: rendered.cards,
    bytes: rendered.pdf.length,
    diagram: diagramName(file),
    discreet: file.discreet,
    ...(file.ink === "saver" ? { ink: "saver" as const } : {}),
    ...(file.imposition.acceptsBackOffset ? { backOffset: { ...backOffsetScale } } : {}),
    ...(cutFiles.length ? { cutFiles: cutFiles.map((cut) => ({ file: cut.fileName, cornerRadiusMm: cut.radiusMm })) } : {}),
    ...(file.imposition.id === "tuck-box" ? { box: boxFacts(file, deck.cards, say) } : {}),
  };
}

/** The cut file for every sheet of a cutter file: the outlines of a full sheet's cards. */
function cutFileOf(file: DeckFile, radiusMm: number, say: Say): string {
  const [front] = planDeck(file, cardsPerSheet(file));
  const title = radiusMm > 0 ? say("diagram.cutLinesRounded", { file: file.fileName, radius: radiusMm }) : say("diagram.cutLines", { file: file.fileName });
  return cutLinesSvg({ page: front.size, trims: front.fronts.map((f) => f.trim), radiusMm, title });
}

/** What a tuck box file holds, rounded to 0.1 mm for reading. */
function boxFacts(file: DeckFile, deckCards: number, say: Say) {
  const cards = boxedCards({ card: cardSizes[file.cardSize], cards: deckCards, stock: file.stock }, file.paper ?? "letter");
  const { inner } = boxSize({ card: cardSizes[file.cardSize], cards, stock: file.stock });
  const round = (v: number) => Math.round(v * 10) / 10;
  return { cards, stock: say(`stocks.${file.stock}`), inside: { width: round(inner.width), height: round(inner.height), depth: round(inner.depth) } };
}

// What a deck file is (one PDF: an imposition on a paper with a card size, grid and words), and what follows from one.
import { cutCornerRadiusMm } from "./cutter.js";
import type { Turn } from "./guides.js";
import { impositionById, type Imposition, type ImpositionId } from "./impositions.js";
import { recommendedStock, type CardSizeId, type PaperId, type StockId } from "./sizes.js";

export interface DeckFile {
  id: string;
  imposition: Imposition;
  /** null: the page is the card itself (one card per page). */
  paper: PaperId | null;
  cardSize: CardSizeId;
  columns: number;
  rows: number;
  gapMm: number;
  /** How far back designs run past the trim, so a little drift or a loose cut never shows paper. */
  backBleedMm: number;
  /** Fronts get a background running this far past the trim (print shop); 0 leaves home fronts unprinted around the text. */
  frontBleedMm: number;
  frontBackground: boolean;
  /** Fold-over: distance from the fold line to each card's trim. */
  foldGapMm: number;
  /** Neutral title and file name, backs without words. */
  discreet: boolean;
  /** Cards turned on the sheet (clockwise degrees): cutter sheets lay them sideways to fit eight. */
  turn: Turn;
  /** "saver": white backs with an outlined emblem and fronts without filled areas, for home inkjets. */
  ink: "full" | "saver";
  /** The stock the file is meant for: the tuck box is sized for the deck printed on it. */
  stock: StockId;
  fileName: string;
  /** The PDF's own title, as a viewer shows it (neutral for discreet files). */
  title: string;
  /** What a person sees in a list: different for every file. */
  label: string;
  /** One sentence: who this file is for. */
  purpose: string;
  /** The words a reader sees for its paper: "US Letter", "A4", or the card size for one-card pages. */
  paperLabel: string;
}

type FileInput = Pick<DeckFile, "id" | "paper" | "cardSize" | "fileName" | "title" | "label" | "purpose" | "paperLabel"> & Partial<Omit<DeckFile, "imposition">> & { imposition: ImpositionId };

const defaults = {
  columns: 1, rows: 1, gapMm: 0, backBleedMm: 0, frontBleedMm: 0, frontBackground: false, foldGapMm: 0, discreet: false, turn: 0, ink: "full", stock: recommendedStock,
} satisfies Partial<DeckFile>;

export const deckFile = ({ imposition, ...input }: FileInput): DeckFile => ({ ...defaults, ...input, imposition: impositionById(imposition) });

/** The SVG cut files written beside a cutter sheet's PDF: square corners, and rounded for a 3 mm radius. */
export function cutFilesOf(file: DeckFile): { fileName: string; radiusMm: number }[] {
  if (!file.imposition.registration) return [];
  const base = file.fileName.replace(/\.pdf$/, "");
  return [
    { fileName: `${base}-cut-lines.svg`, radiusMm: 0 },
    { fileName: `${base}-cut-lines-rounded.svg`, radiusMm: cutCornerRadiusMm },
  ];
}


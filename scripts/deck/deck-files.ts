// Every file the deck is printed as, as data: its imposition, paper, card size, grid and the words a reader sees.
import { impositionById, type Imposition, type ImpositionId } from "./impositions.js";
import { cardSizes, papers, shopBleedMm, type CardSizeId, type PaperId } from "./sizes.js";

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
  fileName: string;
  /** The PDF's own title, as a viewer shows it (neutral for discreet files). */
  title: string;
  /** What a person sees in a list: different for every file. */
  label: string;
  /** One sentence: who this file is for. */
  purpose: string;
}

type FileInput = Pick<DeckFile, "id" | "paper" | "cardSize" | "fileName" | "title" | "label" | "purpose"> & Partial<Omit<DeckFile, "imposition">> & { imposition: ImpositionId };

const defaults = { columns: 1, rows: 1, gapMm: 0, backBleedMm: 0, frontBleedMm: 0, frontBackground: false, foldGapMm: 0, discreet: false } satisfies Partial<DeckFile>;

const deckFile = ({ imposition, ...input }: FileInput): DeckFile => ({ ...defaults, ...input, imposition: impositionById(imposition) });

/**
 * Home duplex grids are butted (no gap): one cut serves two cards, and the 3 × 3 poker grid then
 * fits Letter with 12.7 mm at the sides and 6.35 mm top and bottom, inside the 5 mm most printers lose.
 * Letter's top and bottom marks are therefore short (see geometry.cropMarks); A4 has room for full marks.
 */
function homeDuplex(paper: PaperId, cardSize: CardSizeId, discreet: boolean): DeckFile {
  const size = cardSizes[cardSize];
  const grid = cardSize === "poker" ? { columns: 3, rows: 3 } : { columns: 2, rows: 2 };
  const paperLabel = papers[paper].label;
  const large = cardSize !== "poker";
  return deckFile({
    id: `${discreet ? "discreet-" : ""}home-duplex-${cardSize === "poker" ? "" : `${cardSize}-`}${paper}`,
    imposition: "home-duplex",
    paper,
    cardSize,
    ...grid,
    backBleedMm: 3,
    discreet,
    fileName: discreet ? `cards-${paper}-duplex.pdf` : `afterglow-${cardSize}-${paper}-duplex.pdf`,
    title: discreet ? "Cards" : `Afterglow cards (${paperLabel}, ${large ? "large print, " : ""}two-sided)`,
    label: `${discreet ? "Plain-back cards" : large ? "Large-print tarot cards" : "Poker cards"}, ${paperLabel}, two-sided`,
    purpose: discreet
      ? `The same deck on ${paperLabel} with a neutral file name and title and plain backs without words, for a printer or folder others can see.`
      : large
        ? `Bigger ${size.label.toLowerCase()} cards with larger type, ${grid.columns * grid.rows} to a ${paperLabel} sheet, for reading in dim light or with tired eyes.`
        : `The whole deck on ${paperLabel} for a home printer that prints both sides: nine poker cards to a sheet, fronts then backs.`,
  });
}

function foldOver(paper: PaperId): DeckFile {
  const paperLabel = papers[paper].label;
  return deckFile({
    id: `fold-over-${paper}`,
    imposition: "fold-over",
    paper,
    cardSize: "poker",
    columns: 3,
    rows: 1,
    backBleedMm: 3,
    foldGapMm: 8,
    fileName: `afterglow-poker-${paper}-fold-over.pdf`,
    title: `Afterglow cards (${paperLabel}, fold-over)`,
    label: `Poker cards, ${paperLabel}, fold-over`,
    purpose: `For a printer that prints one side only: each card’s front sits above its back, so folding the ${paperLabel} sheet lines them up by construction.`,
  });
}

function calibration(paper: PaperId): DeckFile {
  const paperLabel = papers[paper].label;
  return deckFile({
    id: `calibration-${paper}`,
    imposition: "calibration",
    paper,
    cardSize: "poker",
    fileName: `afterglow-calibration-${paper}.pdf`,
    title: `Afterglow back-alignment test (${paperLabel})`,
    label: `Back-alignment test, ${paperLabel}`,
    purpose: `One ${paperLabel} sheet that shows whether your printer shifts the back side, and by how many millimetres.`,
  });
}

export const deckFiles: readonly DeckFile[] = [
  homeDuplex("letter", "poker", false),
  homeDuplex("a4", "poker", false),
  homeDuplex("letter", "poker", true),
  homeDuplex("a4", "poker", true),
  homeDuplex("letter", "tarot", false),
  homeDuplex("a4", "tarot", false),
  foldOver("letter"),
  foldOver("a4"),
  deckFile({
    id: "print-shop",
    imposition: "print-shop",
    paper: null,
    cardSize: "poker",
    backBleedMm: shopBleedMm,
    frontBleedMm: shopBleedMm,
    frontBackground: true,
    fileName: "afterglow-poker-print-shop.pdf",
    title: "Afterglow cards (print shop, poker size with bleed)",
    label: "Poker cards for a print shop, with bleed",
    purpose:
      "For a print shop or an online card printer: one poker card per page at trim size plus 3.175 mm (1/8 in) bleed, with trim and bleed boxes set.",
  }),
  deckFile({
    id: "screen",
    imposition: "screen",
    paper: null,
    cardSize: "poker",
    frontBackground: true,
    fileName: "afterglow-poker-screen.pdf",
    title: "Afterglow cards (for reading on a screen)",
    label: "Cards for reading on a screen",
    purpose: "One card per page without marks, for reading on a phone or tablet.",
  }),
  calibration("letter"),
  calibration("a4"),
];

export function deckFileById(id: string): DeckFile {
  const found = deckFiles.find((entry) => entry.id === id);
  if (!found) throw new Error(`unknown deck file "${id}"; known: ${deckFiles.map((f) => f.id).join(", ")}`);
  return found;
}

/** The words a reader sees for a file's paper: "US Letter", "A4", or the card size for one-card pages. */
export function paperLabel(file: DeckFile): string {
  return file.paper ? papers[file.paper].label : `${cardSizes[file.cardSize].label}${file.frontBleedMm > 0 ? " + bleed" : ""}`;
}

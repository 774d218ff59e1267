// Every printable layout as data: paper, card size, grid, marks, back rule, and the words that explain it.
import { cardSizes, papers, type CardSizeId, type PaperId } from "./sizes.js";

export type LayoutStyle = "home-duplex" | "fold-over" | "print-shop" | "screen" | "calibration";

/** How backs are placed: mirrored columns for a long-edge flip, below the fold, after each front, or none. */
export type BackRule = "mirrored-columns" | "across-fold" | "after-each-front" | "none";

export interface Layout {
  id: string;
  style: LayoutStyle;
  /** null: the page is the card itself (one card per page). */
  paper: PaperId | null;
  cardSize: CardSizeId;
  columns: number;
  rows: number;
  gapMm: number;
  marks: boolean;
  backs: BackRule;
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
  title: string;
  purpose: string;
  howToPrint: string;
}

type LayoutInput = Pick<Layout, "id" | "style" | "paper" | "cardSize" | "fileName" | "title" | "purpose" | "howToPrint"> & Partial<Layout>;

const defaults = {
  columns: 1,
  rows: 1,
  gapMm: 0,
  marks: false,
  backs: "none",
  backBleedMm: 0,
  frontBleedMm: 0,
  frontBackground: false,
  foldGapMm: 0,
  discreet: false,
} satisfies Partial<Layout>;

const layout = (input: LayoutInput): Layout => ({ ...defaults, ...input });

const duplexHowTo =
  "Print two-sided at 100% (“actual size”, not “fit to page”), flipping on the long edge. Cut along the marks: two cuts across, two down, and the edges.";

/**
 * Home duplex grids are butted (no gap): one cut serves two cards, and the 3 × 3 poker grid then
 * fits Letter with 12.7 mm at the sides and 6.35 mm top and bottom, inside the 5 mm most printers lose.
 * Letter's top and bottom marks are therefore short (see geometry.cropMarks); A4 has room for full marks.
 */
function homeDuplex(paper: PaperId, cardSize: CardSizeId, discreet: boolean): Layout {
  const size = cardSizes[cardSize];
  const grid = cardSize === "poker" ? { columns: 3, rows: 3 } : { columns: 2, rows: 2 };
  const paperLabel = papers[paper].label;
  const large = cardSize !== "poker";
  return layout({
    id: `${discreet ? "discreet-" : ""}home-duplex-${cardSize === "poker" ? "" : `${cardSize}-`}${paper}`,
    style: "home-duplex",
    paper,
    cardSize,
    ...grid,
    marks: true,
    backs: "mirrored-columns",
    backBleedMm: 3,
    discreet,
    fileName: discreet ? `cards-${paper}-duplex.pdf` : `afterglow-${cardSize}-${paper}-duplex.pdf`,
    title: discreet ? "Cards" : `Afterglow cards (${paperLabel}, ${large ? "large print, " : ""}two-sided)`,
    purpose: discreet
      ? `The same deck on ${paperLabel} with a neutral file name and title and plain backs without words, for a printer or folder others can see.`
      : large
        ? `Bigger ${size.label.toLowerCase()} cards with larger type, ${grid.columns * grid.rows} to a ${paperLabel} sheet, for reading in dim light or with tired eyes.`
        : `The whole deck on ${paperLabel} for a home printer that prints both sides: nine poker cards to a sheet, fronts then backs.`,
    howToPrint: duplexHowTo,
  });
}

function foldOver(paper: PaperId): Layout {
  const paperLabel = papers[paper].label;
  return layout({
    id: `fold-over-${paper}`,
    style: "fold-over",
    paper,
    cardSize: "poker",
    columns: 3,
    rows: 1,
    marks: true,
    backs: "across-fold",
    backBleedMm: 3,
    foldGapMm: 8,
    fileName: `afterglow-poker-${paper}-fold-over.pdf`,
    title: `Afterglow cards (${paperLabel}, fold-over)`,
    purpose: `For a printer that prints one side only: each card’s front sits above its back, so folding the ${paperLabel} sheet lines them up by construction.`,
    howToPrint:
      "Print one-sided at 100% (“actual size”). Fold each sheet along the dashed line, printed side out, glue or sleeve the halves together, then cut along the marks through both layers.",
  });
}

export const layouts: readonly Layout[] = [
  homeDuplex("letter", "poker", false),
  homeDuplex("a4", "poker", false),
  homeDuplex("letter", "poker", true),
  homeDuplex("a4", "poker", true),
  homeDuplex("letter", "tarot", false),
  homeDuplex("a4", "tarot", false),
  foldOver("letter"),
  foldOver("a4"),
  layout({
    id: "print-shop",
    style: "print-shop",
    paper: null,
    cardSize: "poker",
    backs: "after-each-front",
    backBleedMm: 3.175,
    frontBleedMm: 3.175,
    frontBackground: true,
    fileName: "afterglow-poker-print-shop.pdf",
    title: "Afterglow cards (print shop, poker size with bleed)",
    purpose:
      "For a print shop or an online card printer: one poker card per page at trim size plus 3.175 mm (1/8 in) bleed, with trim and bleed boxes set.",
    howToPrint:
      "Upload as is: pages alternate front 1, back 1, front 2, back 2 and so on. Ask for poker size (63.5 × 88.9 mm), no scaling, double-sided.",
  }),
  layout({
    id: "screen",
    style: "screen",
    paper: null,
    cardSize: "poker",
    frontBackground: true,
    fileName: "afterglow-poker-screen.pdf",
    title: "Afterglow cards (for reading on a screen)",
    purpose: "One card per page without marks, for reading on a phone or tablet.",
    howToPrint: "Not meant for printing: open it on a phone or tablet and swipe through.",
  }),
  ...(["letter", "a4"] as const).map((paper) =>
    layout({
      id: `calibration-${paper}`,
      style: "calibration",
      paper,
      cardSize: "poker",
      fileName: `afterglow-calibration-${paper}.pdf`,
      title: `Afterglow back-alignment test (${papers[paper].label})`,
      purpose: `One ${papers[paper].label} sheet that shows whether your printer shifts the back side, and by how many millimetres.`,
      howToPrint:
        "Print two-sided at 100%, flipping on the long edge. Hold the sheet up to a light, back side towards you, and read where the front’s lines cross the scales.",
    }),
  ),
];

export function layoutById(id: string): Layout {
  const found = layouts.find((entry) => entry.id === id);
  if (!found) throw new Error(`unknown layout "${id}"; known: ${layouts.map((l) => l.id).join(", ")}`);
  return found;
}

/** The words a reader sees for a layout's paper: "US Letter", "A4", or the card size for one-card pages. */
export function paperLabel(entry: Layout): string {
  return entry.paper ? papers[entry.paper].label : `${cardSizes[entry.cardSize].label}${entry.frontBleedMm > 0 ? " + bleed" : ""}`;
}

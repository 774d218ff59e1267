// The ways a deck is arranged on paper (impositions), each with its facts and words written once:
// the renderer, the sheet diagram, decks.json, the site and the browser maker all read them from here.

/** Where a card's back goes: mirrored columns on the next page, below the fold, on the page after each front, or nowhere. */
export type BackPlacement = "mirrored-columns" | "across-fold" | "after-each-front" | "none";

export type ImpositionId = "calibration" | "home-duplex" | "fold-over" | "print-shop" | "screen";

export interface Imposition {
  id: ImpositionId;
  backs: BackPlacement;
  /**
   * Sheets printed on both sides at home, flipping on the long edge (the PDF asks the print dialog for
   * it). A print-shop file alternates fronts and backs instead and leaves the sides to the shop.
   */
  twoSided: boolean;
  /** Can be made again with its backs moved by what the back-alignment test measured. */
  acceptsBackOffset: boolean;
  /** Crop marks around the cards. */
  marks: boolean;
  /** The printer situation this answers, as a heading a reader scans for. */
  situation: string;
  /** Where fronts and backs sit, in words; tests/deck-impositions.test.ts checks them against the page plan. */
  arrangement: string;
  /** How to print it, in one or two short sentences (scale, sides, flip, cut). */
  howToPrint: string;
}

const duplexHowTo =
  "Print two-sided at 100% (“actual size”, not “fit to page”), flipping on the long edge. Cut along the marks: two cuts across, two down, and the edges.";

/** In the order a reader asks about them on How to print. */
export const impositions: readonly Imposition[] = [
  {
    id: "calibration",
    backs: "none",
    twoSided: true,
    acceptsBackOffset: false,
    marks: false,
    situation: "First: check your printer",
    arrangement: "One test sheet: crossing lines on the front, millimetre scales on the back, read against a light.",
    howToPrint:
      "Print two-sided at 100%, flipping on the long edge. Hold the sheet up to a light, back side towards you, and read where the front’s lines cross the scales.",
  },
  {
    id: "home-duplex",
    backs: "mirrored-columns",
    twoSided: true,
    acceptsBackOffset: true,
    marks: true,
    situation: "A printer that prints both sides",
    arrangement: "Fronts on one page, their backs on the next, mirrored so that each back lands behind its front when the sheet flips on its long edge.",
    howToPrint: duplexHowTo,
  },
  {
    id: "fold-over",
    backs: "across-fold",
    twoSided: false,
    acceptsBackOffset: false,
    marks: true,
    situation: "A printer that prints one side only",
    arrangement: "One side only: each card’s front sits above its back, turned upside down, so folding the sheet across the middle brings them together.",
    howToPrint:
      "Print one-sided at 100% (“actual size”). Fold each sheet along the dashed line, printed side out, glue or sleeve the halves together, then cut along the marks through both layers.",
  },
  {
    id: "print-shop",
    backs: "after-each-front",
    twoSided: false,
    acceptsBackOffset: false,
    marks: false,
    situation: "A print shop",
    arrangement: "One card per page at trim size with bleed, each front followed by its back.",
    howToPrint:
      "Upload as is: pages alternate front 1, back 1, front 2, back 2 and so on. Ask for poker size (63.5 × 88.9 mm), no scaling, double-sided.",
  },
  {
    id: "screen",
    backs: "none",
    twoSided: false,
    acceptsBackOffset: false,
    marks: false,
    situation: "No printer at all",
    arrangement: "One card per page, fronts only, without marks.",
    howToPrint: "Not meant for printing: open it on a phone or tablet and swipe through.",
  },
];

export function impositionById(id: ImpositionId): Imposition {
  const found = impositions.find((entry) => entry.id === id);
  if (!found) throw new Error(`unknown imposition "${id}"; known: ${impositions.map((i) => i.id).join(", ")}`);
  return found;
}

// The ways a deck is arranged on paper (impositions), each with its facts and words written once:
// the renderer, the sheet diagram, decks.json, the site and the browser maker all read them from here.

/** Where a card's back goes: mirrored columns on the next page, below the fold, on the page after each front, or nowhere. */
export type BackPlacement = "mirrored-columns" | "across-fold" | "after-each-front" | "none";

export type ImpositionId = "calibration" | "home-duplex" | "fold-over" | "cutting-machine" | "print-shop" | "screen" | "tuck-box";

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
  /** Crop marks around the cards (with edge guides carrying them out to the printable edge). */
  marks: boolean;
  /** Registration marks in the page corners, for a cutting machine's optical eye. */
  registration: boolean;
  /** Its pages carry the deck's cards (the test sheet and the box do not). */
  carriesCards: boolean;
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
    registration: false,
    carriesCards: false,
    situation: "First: check your printer",
    arrangement:
      "One test sheet: crossing lines on the front, millimetre scales on the back, read against a light; and on the front a 100 mm ruler with inch marks and a 50 mm square that show whether the sheet printed at full size.",
    howToPrint:
      "Print two-sided at 100%, flipping on the long edge. Hold the sheet up to a light, back side towards you, and read where the front’s lines cross the scales.",
  },
  {
    id: "home-duplex",
    backs: "mirrored-columns",
    twoSided: true,
    acceptsBackOffset: true,
    marks: true,
    registration: false,
    carriesCards: true,
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
    registration: false,
    carriesCards: true,
    situation: "A printer that prints one side only",
    arrangement: "One side only: each card’s front sits above its back, turned upside down, so folding the sheet across the middle brings them together.",
    howToPrint:
      "Print one-sided at 100% (“actual size”). Fold each sheet along the dashed line, printed side out, glue or sleeve the halves together, then cut along the marks through both layers.",
  },
  {
    id: "cutting-machine",
    backs: "mirrored-columns",
    twoSided: true,
    acceptsBackOffset: true,
    marks: false,
    registration: true,
    carriesCards: true,
    situation: "A cutting machine",
    arrangement:
      "Eight cards to a sheet, turned sideways and 1.25 mm apart, with registration marks in the corners of the front pages for the machine to find. Fronts on one page, their backs on the next, mirrored so that each back lands behind its front when the sheet flips on its long edge.",
    howToPrint:
      "Print at 100% (“actual size”) on card stock: two-sided, flipping on the long edge, or only the odd pages for fronts alone. In Silhouette Studio turn on registration marks (type 1: 5 mm long, 1 mm thick, 10 mm inset), open the SVG cut file that belongs to your paper, and cut the sheet front side up.",
  },
  {
    id: "print-shop",
    backs: "after-each-front",
    twoSided: false,
    acceptsBackOffset: false,
    marks: false,
    registration: false,
    carriesCards: true,
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
    registration: false,
    carriesCards: true,
    situation: "No printer at all",
    arrangement: "One card per page, fronts only, without marks.",
    howToPrint: "Not meant for printing: open it on a phone or tablet and swipe through.",
  },
  {
    id: "tuck-box",
    backs: "none",
    twoSided: false,
    acceptsBackOffset: false,
    marks: false,
    registration: false,
    carriesCards: false,
    situation: "A box to keep them in",
    arrangement:
      "One side only: the box as a flat net, cut along the solid lines and folded along the dashed ones, sized for the whole deck printed two-sided on 200 g/m² card; a box too big for one sheet is split over two, joined by a glue tab.",
    howToPrint:
      "Print one-sided at 100% (“actual size”) on the card you print the deck on. Cut along the solid lines, score and fold along the dashed ones with the printed side out, and glue the flap inside the panel it meets.",
  },
];

export function impositionById(id: ImpositionId): Imposition {
  const found = impositions.find((entry) => entry.id === id);
  if (!found) throw new Error(`unknown imposition "${id}"; known: ${impositions.map((i) => i.id).join(", ")}`);
  return found;
}

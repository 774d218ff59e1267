// Every file the deck is printed as, as data: its imposition, paper, card size, grid and the words a reader sees.
import { cutterBleedMm, cutterGapMm } from "./cutter.js";
import { deckFile, type DeckFile } from "./deck-file.js";
import { cardSizes, papers, recommendedStock, shopBleedMm, stocks, type CardSizeId, type PaperId } from "./sizes.js";

export { cutFilesOf, paperLabel, type DeckFile } from "./deck-file.js";

/** "an A4 sheet", "a US Letter sheet": the article by sound, for the paper labels in sizes.ts. */
const anOrA = (paperLabel: string) => (paperLabel.startsWith("A") ? "an" : "a");

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
        ? `Bigger ${size.label.toLowerCase()} cards with larger type, ${grid.columns * grid.rows} to ${anOrA(paperLabel)} ${paperLabel} sheet, for reading in dim light or with tired eyes.`
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

/** The two-sided poker deck for a home inkjet: white backs, outlines instead of filled areas. */
function inkSaver(paper: PaperId): DeckFile {
  const paperLabel = papers[paper].label;
  return deckFile({
    id: `ink-saver-home-duplex-${paper}`,
    imposition: "home-duplex",
    paper,
    cardSize: "poker",
    columns: 3,
    rows: 3,
    ink: "saver",
    fileName: `afterglow-poker-${paper}-duplex-ink-saver.pdf`,
    title: `Afterglow cards (${paperLabel}, two-sided, ink saver)`,
    label: `Poker cards, ${paperLabel}, two-sided, ink saver`,
    purpose: `For a home inkjet that runs dry: the two-sided deck on ${paperLabel} with white backs and outlines instead of filled shapes, so it takes far less ink, and a back that drifts shows no edge.`,
  });
}

/** Eight poker cards to a sheet, sideways, between registration marks, with an SVG cut file beside the PDF. */
function cutter(paper: PaperId): DeckFile {
  const paperLabel = papers[paper].label;
  return deckFile({
    id: `cutting-machine-${paper}`,
    imposition: "cutting-machine",
    paper,
    cardSize: "poker",
    columns: 2,
    rows: 4,
    turn: 90,
    gapMm: cutterGapMm,
    backBleedMm: cutterBleedMm,
    fileName: `afterglow-poker-${paper}-cutter.pdf`,
    title: `Afterglow cards (${paperLabel}, for a cutting machine)`,
    label: `Poker cards, ${paperLabel}, for a cutting machine`,
    purpose: `For a Silhouette-style cutting machine: eight cards to ${anOrA(paperLabel)} ${paperLabel} sheet between registration marks, with SVG cut files (square or 3 mm rounded corners) that trace every card.`,
  });
}

/** A tuck box for the whole two-sided deck on the recommended card stock; plain (no words) when discreet. */
function tuckBox(paper: PaperId, discreet: boolean): DeckFile {
  const paperLabel = papers[paper].label;
  const stock = stocks[recommendedStock].label;
  return deckFile({
    id: `${discreet ? "discreet-" : ""}tuck-box-${paper}`,
    imposition: "tuck-box",
    paper,
    cardSize: "poker",
    discreet,
    fileName: discreet ? `box-${paper}.pdf` : `afterglow-tuck-box-${paper}.pdf`,
    title: discreet ? "Card box" : `Afterglow tuck box (${paperLabel})`,
    label: `${discreet ? "Plain tuck box" : "Tuck box"}, ${paperLabel}`,
    purpose: discreet
      ? `The same box on ${paperLabel} with the emblem alone on its front, no words, and a neutral file name.`
      : `A box to cut and fold from ${paperLabel} that holds the whole two-sided deck printed on ${stock}, with the deck’s emblem and name on its front.`,
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
    purpose: `One ${paperLabel} sheet that shows whether your printer shifts the back side, and by how many millimetres, and whether it prints at full size.`,
  });
}

export const deckFiles: readonly DeckFile[] = [
  homeDuplex("letter", "poker", false),
  homeDuplex("a4", "poker", false),
  homeDuplex("letter", "poker", true),
  homeDuplex("a4", "poker", true),
  homeDuplex("letter", "tarot", false),
  homeDuplex("a4", "tarot", false),
  inkSaver("letter"),
  inkSaver("a4"),
  foldOver("letter"),
  foldOver("a4"),
  cutter("letter"),
  cutter("a4"),
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
  tuckBox("letter", false),
  tuckBox("a4", false),
  tuckBox("letter", true),
  tuckBox("a4", true),
];

export function deckFileById(id: string): DeckFile {
  const found = deckFiles.find((entry) => entry.id === id);
  if (!found) throw new Error(`unknown deck file "${id}"; known: ${deckFiles.map((f) => f.id).join(", ")}`);
  return found;
}

// Every file the deck is printed as, as data: its imposition, paper, card size, grid and the words a reader sees.
import type { DeckBrand } from "../content/brand.js";
import { cutterBleedMm, cutterGapMm } from "./cutter.js";
import { deckFile, type DeckFile } from "./deck-file.js";
import { cardSizes, papers, recommendedStock, shopBleedMm, stocks, type CardSizeId, type PaperId } from "./sizes.js";

export { cutFilesOf, paperLabel, type DeckFile } from "./deck-file.js";

/** The publisher's words in file names and titles (the deck brand's, from content/site.yaml). */
export type DeckNames = Pick<DeckBrand, "slug" | "name" | "deckTitle">;

/** "an A4 sheet", "a US Letter sheet": the article by sound, for the paper labels in sizes.ts. */
const anOrA = (paperLabel: string) => (paperLabel.startsWith("A") ? "an" : "a");

/**
 * Home duplex grids are butted (no gap): one cut serves two cards, and the 3 × 3 poker grid then
 * fits Letter with 12.7 mm at the sides and 6.35 mm top and bottom, inside the 5 mm most printers lose.
 * Letter's top and bottom marks are therefore short (see geometry.cropMarks); A4 has room for full marks.
 */
function homeDuplex(names: DeckNames, paper: PaperId, cardSize: CardSizeId, discreet: boolean): DeckFile {
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
    fileName: discreet ? `cards-${paper}-duplex.pdf` : `${names.slug}-${cardSize}-${paper}-duplex.pdf`,
    title: discreet ? "Cards" : `${names.deckTitle} (${paperLabel}, ${large ? "large print, " : ""}two-sided)`,
    label: `${discreet ? "Plain-back cards" : large ? "Large-print tarot cards" : "Poker cards"}, ${paperLabel}, two-sided`,
    purpose: discreet
      ? `The same deck on ${paperLabel} with a neutral file name and title and plain backs without words, for a printer or folder others can see.`
      : large
        ? `Bigger ${size.label.toLowerCase()} cards with larger type, ${grid.columns * grid.rows} to ${anOrA(paperLabel)} ${paperLabel} sheet, for reading in dim light or with tired eyes.`
        : `The whole deck on ${paperLabel} for a home printer that prints both sides: nine poker cards to a sheet, fronts then backs.`,
  });
}

function foldOver(names: DeckNames, paper: PaperId): DeckFile {
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
    fileName: `${names.slug}-poker-${paper}-fold-over.pdf`,
    title: `${names.deckTitle} (${paperLabel}, fold-over)`,
    label: `Poker cards, ${paperLabel}, fold-over`,
    purpose: `For a printer that prints one side only: each card’s front sits above its back, so folding the ${paperLabel} sheet lines them up by construction.`,
  });
}

/** The two-sided poker deck for a home inkjet: white backs, outlines instead of filled areas. */
function inkSaver(names: DeckNames, paper: PaperId): DeckFile {
  const paperLabel = papers[paper].label;
  return deckFile({
    id: `ink-saver-home-duplex-${paper}`,
    imposition: "home-duplex",
    paper,
    cardSize: "poker",
    columns: 3,
    rows: 3,
    ink: "saver",
    fileName: `${names.slug}-poker-${paper}-duplex-ink-saver.pdf`,
    title: `${names.deckTitle} (${paperLabel}, two-sided, ink saver)`,
    label: `Poker cards, ${paperLabel}, two-sided, ink saver`,
    purpose: `For a home inkjet that runs dry: the two-sided deck on ${paperLabel} with white backs and outlines instead of filled shapes, so it takes far less ink, and a back that drifts shows no edge.`,
  });
}

/** Eight poker cards to a sheet, sideways, between registration marks, with an SVG cut file beside the PDF. */
function cutter(names: DeckNames, paper: PaperId): DeckFile {
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
    fileName: `${names.slug}-poker-${paper}-cutter.pdf`,
    title: `${names.deckTitle} (${paperLabel}, for a cutting machine)`,
    label: `Poker cards, ${paperLabel}, for a cutting machine`,
    purpose: `For a Silhouette-style cutting machine: eight cards to ${anOrA(paperLabel)} ${paperLabel} sheet between registration marks, with SVG cut files (square or 3 mm rounded corners) that trace every card.`,
  });
}

/** A tuck box for the whole two-sided deck on the recommended card stock; plain (no words) when discreet. */
function tuckBox(names: DeckNames, paper: PaperId, discreet: boolean): DeckFile {
  const paperLabel = papers[paper].label;
  const stock = stocks[recommendedStock].label;
  return deckFile({
    id: `${discreet ? "discreet-" : ""}tuck-box-${paper}`,
    imposition: "tuck-box",
    paper,
    cardSize: "poker",
    discreet,
    fileName: discreet ? `box-${paper}.pdf` : `${names.slug}-tuck-box-${paper}.pdf`,
    title: discreet ? "Card box" : `${names.name} tuck box (${paperLabel})`,
    label: `${discreet ? "Plain tuck box" : "Tuck box"}, ${paperLabel}`,
    purpose: discreet
      ? `The same box on ${paperLabel} with the emblem alone on its front, no words, and a neutral file name.`
      : `A box to cut and fold from ${paperLabel} that holds the whole two-sided deck printed on ${stock}, with the deck’s emblem and name on its front.`,
  });
}

function calibration(names: DeckNames, paper: PaperId): DeckFile {
  const paperLabel = papers[paper].label;
  return deckFile({
    id: `calibration-${paper}`,
    imposition: "calibration",
    paper,
    cardSize: "poker",
    fileName: `${names.slug}-calibration-${paper}.pdf`,
    title: `${names.name} back-alignment test (${paperLabel})`,
    label: `Back-alignment test, ${paperLabel}`,
    purpose: `One ${paperLabel} sheet that shows whether your printer shifts the back side, and by how many millimetres, and whether it prints at full size.`,
  });
}

function deckFileList(names: DeckNames): readonly DeckFile[] {
  return [
    homeDuplex(names, "letter", "poker", false),
    homeDuplex(names, "a4", "poker", false),
    homeDuplex(names, "letter", "poker", true),
    homeDuplex(names, "a4", "poker", true),
    homeDuplex(names, "letter", "tarot", false),
    homeDuplex(names, "a4", "tarot", false),
    inkSaver(names, "letter"),
    inkSaver(names, "a4"),
    foldOver(names, "letter"),
    foldOver(names, "a4"),
    cutter(names, "letter"),
    cutter(names, "a4"),
    deckFile({
      id: "print-shop",
      imposition: "print-shop",
      paper: null,
      cardSize: "poker",
      backBleedMm: shopBleedMm,
      frontBleedMm: shopBleedMm,
      frontBackground: true,
      fileName: `${names.slug}-poker-print-shop.pdf`,
      title: `${names.deckTitle} (print shop, poker size with bleed)`,
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
      fileName: `${names.slug}-poker-screen.pdf`,
      title: `${names.deckTitle} (for reading on a screen)`,
      label: "Cards for reading on a screen",
      purpose: "One card per page without marks, for reading on a phone or tablet.",
    }),
    calibration(names, "letter"),
    calibration(names, "a4"),
    tuckBox(names, "letter", false),
    tuckBox(names, "a4", false),
    tuckBox(names, "letter", true),
    tuckBox(names, "a4", true),
  ];
}

const lists = new Map<string, readonly DeckFile[]>();

/** Every file the deck is printed as, named for a publisher (the same list object for the same names). */
export function deckFilesFor(names: DeckNames): readonly DeckFile[] {
  const key = JSON.stringify([names.slug, names.name, names.deckTitle]);
  let list = lists.get(key);
  if (!list) lists.set(key, (list = deckFileList(names)));
  return list;
}

/** The ids of every deck file, which names do not change (content/site.yaml's deck.files picks from them). */
export const deckFileIds: readonly string[] = deckFileList({ slug: "deck", name: "Deck", deckTitle: "Cards" }).map((file) => file.id);

export function deckFileById(id: string, names: DeckNames): DeckFile {
  const files = deckFilesFor(names);
  const found = files.find((entry) => entry.id === id);
  if (!found) throw new Error(`unknown deck file "${id}"; known: ${deckFileIds.join(", ")}`);
  return found;
}

// Every file the deck is printed as, as data: its imposition, paper, card size, grid and the words a reader
// sees, in the brand's language (deck.files.<kind> in content/strings/<lang>/deck.yaml).
import type { DeckBrand } from "../content/brand.js";
import { cutterBleedMm, cutterGapMm } from "./cutter.js";
import { deckFile, type DeckFile } from "./deck-file.js";
import { sayIn, type Say } from "./say.js";
import { recommendedStock, shopBleedMm, type CardSizeId, type PaperId } from "./sizes.js";

export { cutFilesOf, type DeckFile } from "./deck-file.js";

/** The publisher's words in file names and titles (the deck brand's, from content/site.yaml and deck.yaml). */
export type DeckNames = Pick<DeckBrand, "slug" | "name" | "deckTitle" | "words">;

/** A file's title, label and purpose: the words of deck.files.<kind>, filled in. */
function wordsOf(say: Say, kind: string, values: Record<string, string | number>) {
  return { title: say(`files.${kind}.title`, values), label: say(`files.${kind}.label`, values), purpose: say(`files.${kind}.purpose`, values) };
}

/** What a file is named by: the brand's names, its words, and the language's name for each paper. */
interface Naming {
  names: DeckNames;
  say: Say;
}

const onPaper = ({ names, say }: Naming, paper: PaperId) => ({ deckTitle: names.deckTitle, name: names.name, paper: say(`papers.${paper}`) });

/**
 * Home duplex grids are butted (no gap): one cut serves two cards, and the 3 × 3 poker grid then
 * fits Letter with 12.7 mm at the sides and 6.35 mm top and bottom, inside the 5 mm most printers lose.
 * Letter's top and bottom marks are therefore short (see geometry.cropMarks); A4 has room for full marks.
 */
function homeDuplex(naming: Naming, paper: PaperId, cardSize: CardSizeId, discreet: boolean): DeckFile {
  const { names, say } = naming;
  const grid = cardSize === "poker" ? { columns: 3, rows: 3 } : { columns: 2, rows: 2 };
  const values = { ...onPaper(naming, paper), size: say(`cardSizesInText.${cardSize}`), count: grid.columns * grid.rows };
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
    ...wordsOf(say, discreet ? "discreetDuplex" : large ? "largePrint" : "duplex", values),
    paperLabel: values.paper,
  });
}

function foldOver(naming: Naming, paper: PaperId): DeckFile {
  const { names, say } = naming;
  const values = onPaper(naming, paper);
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
    ...wordsOf(say, "foldOver", values),
    paperLabel: values.paper,
  });
}

/** The two-sided poker deck for a home inkjet: white backs, outlines instead of filled areas. */
function inkSaver(naming: Naming, paper: PaperId): DeckFile {
  const { names, say } = naming;
  const values = onPaper(naming, paper);
  return deckFile({
    id: `ink-saver-home-duplex-${paper}`,
    imposition: "home-duplex",
    paper,
    cardSize: "poker",
    columns: 3,
    rows: 3,
    ink: "saver",
    fileName: `${names.slug}-poker-${paper}-duplex-ink-saver.pdf`,
    ...wordsOf(say, "inkSaver", values),
    paperLabel: values.paper,
  });
}

/** Eight poker cards to a sheet, sideways, between registration marks, with an SVG cut file beside the PDF. */
function cutter(naming: Naming, paper: PaperId): DeckFile {
  const { names, say } = naming;
  const values = onPaper(naming, paper);
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
    ...wordsOf(say, "cutter", values),
    paperLabel: values.paper,
  });
}

/** A tuck box for the whole two-sided deck on the recommended card stock; plain (no words) when discreet. */
function tuckBox(naming: Naming, paper: PaperId, discreet: boolean): DeckFile {
  const { names, say } = naming;
  const values = onPaper(naming, paper);
  return deckFile({
    id: `${discreet ? "discreet-" : ""}tuck-box-${paper}`,
    imposition: "tuck-box",
    paper,
    cardSize: "poker",
    discreet,
    fileName: discreet ? `box-${paper}.pdf` : `${names.slug}-tuck-box-${paper}.pdf`,
    ...wordsOf(say, discreet ? "discreetTuckBox" : "tuckBox", { ...values, stock: say(`stocks.${recommendedStock}`) }),
    paperLabel: values.paper,
  });
}

function calibration(naming: Naming, paper: PaperId): DeckFile {
  const { names, say } = naming;
  const values = onPaper(naming, paper);
  return deckFile({
    id: `calibration-${paper}`,
    imposition: "calibration",
    paper,
    cardSize: "poker",
    fileName: `${names.slug}-calibration-${paper}.pdf`,
    ...wordsOf(say, "calibration", values),
    paperLabel: values.paper,
  });
}

function deckFileList(naming: Naming): readonly DeckFile[] {
  const { names, say } = naming;
  return [
    homeDuplex(naming, "letter", "poker", false),
    homeDuplex(naming, "a4", "poker", false),
    homeDuplex(naming, "letter", "poker", true),
    homeDuplex(naming, "a4", "poker", true),
    homeDuplex(naming, "letter", "tarot", false),
    homeDuplex(naming, "a4", "tarot", false),
    inkSaver(naming, "letter"),
    inkSaver(naming, "a4"),
    foldOver(naming, "letter"),
    foldOver(naming, "a4"),
    cutter(naming, "letter"),
    cutter(naming, "a4"),
    deckFile({
      id: "print-shop",
      imposition: "print-shop",
      paper: null,
      cardSize: "poker",
      backBleedMm: shopBleedMm,
      frontBleedMm: shopBleedMm,
      frontBackground: true,
      fileName: `${names.slug}-poker-print-shop.pdf`,
      ...wordsOf(say, "printShop", { deckTitle: names.deckTitle }),
      paperLabel: say("withBleed", { size: say("cardSizes.poker") }),
    }),
    deckFile({
      id: "screen",
      imposition: "screen",
      paper: null,
      cardSize: "poker",
      frontBackground: true,
      fileName: `${names.slug}-poker-screen.pdf`,
      ...wordsOf(say, "screen", { deckTitle: names.deckTitle }),
      paperLabel: say("cardSizes.poker"),
    }),
    calibration(naming, "letter"),
    calibration(naming, "a4"),
    tuckBox(naming, "letter", false),
    tuckBox(naming, "a4", false),
    tuckBox(naming, "letter", true),
    tuckBox(naming, "a4", true),
  ];
}

const lists = new Map<string, readonly DeckFile[]>();

/** Every file the deck is printed as, named for a publisher in its language (the same list object for the same names and words). */
export function deckFilesFor(names: DeckNames): readonly DeckFile[] {
  const key = JSON.stringify([names.slug, names.name, names.deckTitle, names.words]);
  let list = lists.get(key);
  if (!list) lists.set(key, (list = deckFileList({ names, say: sayIn(names.words) })));
  return list;
}

/** The files with no words (ids, papers, card sizes, grids: what names and languages do not change). */
export const deckFileShapes: readonly DeckFile[] = deckFileList({ names: { slug: "deck", name: "Deck", deckTitle: "Cards", words: {} }, say: () => "" });

/** The ids of every deck file (content/site.yaml's deck.files picks from them). */
export const deckFileIds: readonly string[] = deckFileShapes.map((file) => file.id);

export function deckFileById(id: string, names: DeckNames): DeckFile {
  const files = deckFilesFor(names);
  const found = files.find((entry) => entry.id === id);
  if (!found) throw new Error(`unknown deck file "${id}"; known: ${deckFileIds.join(", ")}`);
  return found;
}

// The ways a deck is arranged on paper (impositions), each with its facts written once: the renderer, the
// sheet diagram, decks.json, the site and the browser maker all read them from here. Their words are the
// language's (deck.impositions.<id> in content/strings/<lang>/deck.yaml).
import type { Say } from "./say.js";

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
}

/** An imposition's words, in one language. */
export interface ImpositionWords {
  /** The printer situation this answers, as a heading a reader scans for. */
  situation: string;
  /** Where fronts and backs sit, in words; tests/deck-impositions.test.ts checks them against the page plan. */
  arrangement: string;
  /** How to print it, in one or two short sentences (scale, sides, flip, cut). */
  howToPrint: string;
}

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
  },
  {
    id: "home-duplex",
    backs: "mirrored-columns",
    twoSided: true,
    acceptsBackOffset: true,
    marks: true,
    registration: false,
    carriesCards: true,
  },
  {
    id: "fold-over",
    backs: "across-fold",
    twoSided: false,
    acceptsBackOffset: false,
    marks: true,
    registration: false,
    carriesCards: true,
  },
  {
    id: "cutting-machine",
    backs: "mirrored-columns",
    twoSided: true,
    acceptsBackOffset: true,
    marks: false,
    registration: true,
    carriesCards: true,
  },
  {
    id: "print-shop",
    backs: "after-each-front",
    twoSided: false,
    acceptsBackOffset: false,
    marks: false,
    registration: false,
    carriesCards: true,
  },
  {
    id: "screen",
    backs: "none",
    twoSided: false,
    acceptsBackOffset: false,
    marks: false,
    registration: false,
    carriesCards: true,
  },
  {
    id: "tuck-box",
    backs: "none",
    twoSided: false,
    acceptsBackOffset: false,
    marks: false,
    registration: false,
    carriesCards: false,
  },
];

export function impositionById(id: ImpositionId): Imposition {
  const found = impositions.find((entry) => entry.id === id);
  if (!found) throw new Error(`unknown imposition "${id}"; known: ${impositions.map((i) => i.id).join(", ")}`);
  return found;
}

/** The impositions with their words in a language, in the same order. */
export function describedImpositions(say: Say): (Imposition & ImpositionWords)[] {
  const word = (id: ImpositionId, part: keyof ImpositionWords) => say(`impositions.${id}.${part}`);
  return impositions.map((entry) => ({ ...entry, situation: word(entry.id, "situation"), arrangement: word(entry.id, "arrangement"), howToPrint: word(entry.id, "howToPrint") }));
}

// What the deck maker's page and its Web Worker say to each other (deck-worker.ts, maker-client.ts):
// structured-clone messages, each answering the request with the same id.
import type { Block } from "../../../scripts/content/markdown.js";
import type { OwnCardText } from "../../../scripts/content/own-card.js";
import type { SizeFit } from "../../../scripts/deck/card-fit.js";
import type { DeckChoice } from "../../../scripts/deck/chosen-deck.js";
import type { Offset } from "../../../scripts/deck/geometry.js";

/** A problem with an own card's words, for the page to show beside the field it names. */
export interface CardProblem {
  /** Which card: "your card “Tea”". */
  card: string;
  field?: string;
  line?: number;
  message: string;
}

export type MakerRequest =
  /** Check one own card: the content rules, the print fonts and the fit on every card size. */
  | { type: "check"; card: OwnCardText }
  /** Make a PDF of a chosen deck in the deck file of this name. */
  | { type: "make"; choice: DeckChoice; fileName: string; backOffset?: Offset; /** For a box: what the cards are printed on (a stock id) and 2 when folded over. */ box?: { stock: string; layers: 1 | 2 } };

export type MakerAnswer =
  | { type: "checked"; problems: CardProblem[]; sizes: SizeFit[]; blocks: Block[] }
  | { type: "made"; bytes: ArrayBuffer; fileName: string; pages: number; cards: number; unknown: string[]; /** A box: the cards it holds of those chosen, and its inside depth. */ box?: { cards: number; of: number; depthMm: number } }
  | { type: "failed"; message: string; problems?: CardProblem[]; /** The renderer's files could not be fetched. */ offline?: boolean };

export type MakerMessage =
  | ({ id: number; input: string } & MakerRequest)
  | ({ id: number } & MakerAnswer)
  | { id: number; type: "progress"; /** What is happening now, in words. */ stage: string; done: number; of: number };

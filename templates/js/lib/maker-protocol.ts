// What the deck maker's page and its Web Worker say to each other (deck-worker.ts, maker-client.ts):
// structured-clone messages, each answering the request with the same id.
import type { ProblemCode } from "../../../scripts/content/errors.js";
import type { Block } from "../../../scripts/content/markdown.js";
import type { OwnCardText } from "../../../scripts/content/own-card.js";
import type { SizeFit } from "../../../scripts/deck/card-fit.js";
import type { DeckChoice } from "../../../scripts/deck/chosen-deck.js";
import type { Offset } from "../../../scripts/deck/geometry.js";

/** A problem with an own card's words, for the page to show beside the field it names. */
export interface CardProblem {
  /** Which card: its title as written ("" for none). */
  card: string;
  field?: string;
  line?: number;
  /** In English; the page says `code` with `values` in its language (problem-words.ts). */
  message: string;
  code?: ProblemCode;
  values?: Record<string, string | number>;
}

/** What the worker is doing, said by the page (make.stages.<stage>). */
export type MakerStage = "loading" | "fitting" | "drawing";
/** Why a deck could not be made, said by the page (make.failures.<reason>). */
export type MakerFailure = "notAFile" | "chooseFirst" | "ownUnprintable" | "cardUnprintable";

export type MakerRequest =
  /** Check one own card: the content rules, the print fonts and the fit on every card size. */
  | { type: "check"; card: OwnCardText }
  /** Make a PDF of a chosen deck in the deck file of this name. */
  | { type: "make"; choice: DeckChoice; fileName: string; backOffset?: Offset; /** For a box: what the cards are printed on (a stock id) and 2 when folded over. */ box?: { stock: string; layers: 1 | 2 } };

export type MakerAnswer =
  | { type: "checked"; problems: CardProblem[]; sizes: SizeFit[]; blocks: Block[] }
  | { type: "made"; bytes: ArrayBuffer; fileName: string; pages: number; cards: number; unknown: string[]; /** A box: the cards it holds of those chosen, and its inside depth. */ box?: { cards: number; of: number; depthMm: number } }
  | { type: "failed"; message: string; reason?: MakerFailure; problems?: CardProblem[]; /** The renderer's files could not be fetched. */ offline?: boolean };

export type MakerMessage =
  | ({ id: number; input: string } & MakerRequest)
  | ({ id: number } & MakerAnswer)
  | { id: number; type: "progress"; stage: MakerStage; done: number; of: number };

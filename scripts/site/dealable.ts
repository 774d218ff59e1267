// Which cards may be dealt at a given moment: the one place Tonight, the draws and their browser
// scripts ask, so a card meant for later is never dealt right after, and "start here" never at all.
import type { FacetId } from "./card-filters.js";

/** A card as far as dealing goes: its facet values, from the content model or from cards/index.json. */
export type DealableCard = Readonly<Record<FacetId, string>>;

/** When a card fits, in the words of the `when` facet: right after, later that day, or another day. */
export type When = "right-after" | "later-that-day" | "another-day";

/** When a card fits: its `when` facet. */
export function cardWhen(card: DealableCard): When {
  return card.when as When;
}

/** "Start here" cards explain the deck; they are read, never dealt. */
const dealtAtAll = (card: DealableCard) => card.kind !== "start";

/** Cards a draw, or Tonight's "a few minutes" and "longer", may deal in the minutes after. */
export function dealableRightAfter(card: DealableCard): boolean {
  return dealtAtAll(card) && cardWhen(card) === "right-after";
}

/** Cards for later that day or another day: what Tonight deals when the reader picks "the next day". */
export function dealableLater(card: DealableCard): boolean {
  return dealtAtAll(card) && cardWhen(card) !== "right-after";
}

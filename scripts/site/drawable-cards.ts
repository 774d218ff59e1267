// Which cards a random draw may deal: those that fit right after, and never an instruction ("start") card.
import type { Card } from "../content/index.js";

/**
 * The cards a draw made right after sex can deal. A daytime talk ("another day"), a later check-in or the
 * how-to-use card would be the wrong card at that moment; they stay in the deck, to be chosen.
 */
export function drawableCards<T extends Pick<Card, "when" | "kind">>(cards: readonly T[]): T[] {
  return cards.filter((card) => card.when === "right-after" && card.kind !== "start");
}

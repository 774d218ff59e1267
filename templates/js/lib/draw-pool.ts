// Which cards a draw deals from (pure): the cards for right after, narrowed to the reader's
// favourites or to their card filter (either rides in the address), without the ones marked "not for us".
import { dealableRightAfter, type DealableCard } from "../../../scripts/site/dealable.js";
import { filterQuery, matchesFilter, readFilterQuery, type FilterState, type FilterVocabulary } from "../../../scripts/site/filter-query.js";

export interface DrawSource {
  favourites: boolean;
  /** The card browser's filter; empty for the whole deck. */
  filter: FilterState;
}

/** The source an address asks for: ?from=favourites, or a card filter (?kind=ritual&touch=none), or everything. */
export function readDrawSource(search: string, vocabulary: FilterVocabulary): DrawSource {
  if (new URLSearchParams(search).get("from") === "favourites") return { favourites: true, filter: {} };
  return { favourites: false, filter: readFilterQuery(search, vocabulary) };
}

/** The address part for a source: "?from=favourites", "?kind=ritual", or "". */
export function drawSourceQuery(source: DrawSource, vocabulary: FilterVocabulary): string {
  return source.favourites ? "?from=favourites" : filterQuery(source.filter, vocabulary);
}

export interface Kept {
  favourites: readonly string[];
  /** Cards marked "not for us". */
  hidden: readonly string[];
  leaveOutHidden: boolean;
}

/** The ids a draw may deal, in the order given (the deck's seeded order). */
export function drawPool(cards: readonly (DealableCard & { id: string })[], source: DrawSource, kept: Kept): string[] {
  const favourites = new Set(kept.favourites);
  const hidden = new Set(kept.leaveOutHidden ? kept.hidden : []);
  return cards
    .filter((card) => dealableRightAfter(card) && !hidden.has(card.id))
    .filter((card) => (source.favourites ? favourites.has(card.id) : matchesFilter(card, source.filter)))
    .map((card) => card.id);
}

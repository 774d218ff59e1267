// The card browser's filter state as an address (/cards/?kind=ritual&touch=none): made and read here
// only, by the build and by the browser scripts alike. Pure: no imports, no DOM.

/** Facet id → chosen value id; a facet left out (or "") means "all". */
export type FilterState = Record<string, string>;

/** The facets a browser may filter on, each with the values it accepts, in the order they are shown. */
export type FilterVocabulary = readonly { id: string; values: readonly string[] }[];

/** The query for a state, facets in vocabulary order: "?kind=ritual&touch=none", or "" when nothing is chosen. */
export function filterQuery(state: FilterState, vocabulary: FilterVocabulary): string {
  const parts = vocabulary.filter((facet) => state[facet.id]).map((facet) => `${facet.id}=${encodeURIComponent(state[facet.id])}`);
  return parts.length ? `?${parts.join("&")}` : "";
}

/** The state a query asks for, keeping only facets and values the vocabulary knows (an old or edited link loses the rest). */
export function readFilterQuery(search: string, vocabulary: FilterVocabulary): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = {};
  for (const facet of vocabulary) {
    const value = params.get(facet.id);
    if (value && facet.values.includes(value)) state[facet.id] = value;
  }
  return state;
}

/** Whether a card (its facet values by facet id) has every chosen value. */
export function matchesFilter(card: Readonly<Record<string, unknown>>, state: FilterState): boolean {
  return Object.entries(state).every(([facet, value]) => !value || card[facet] === value);
}

// The card browser's facets: which values each facet offers, and the small index of every card's
// facets that the card pages read to walk a filtered set (pure data).
// Vocabulary and types only (no loader), so browser scripts may import the facets too.
import type { Card } from "../content/types.js";
import { cardFacetNames, cardFacets } from "../content/vocabulary.js";
import { localVocabulary, type LocalVocabulary } from "../content/local-vocabulary.js";
import { translate, type Strings } from "../content/translate.js";
import { neutralTitle } from "./discreet.js";
import type { FilterVocabulary } from "./filter-query.js";

export type FacetId = "kind" | "category" | "when" | "duration" | "energy" | "touch";

export interface Facet {
  id: FacetId;
  /** What the group of choices is called. */
  label: string;
  values: readonly { id: string; label: string }[];
}

export const facets: readonly Facet[] = facetsIn(localVocabulary());

/** The facets in the words of a language's vocabulary (local-vocabulary.ts). */
function facetsIn(vocab: LocalVocabulary): Facet[] {
  const name = (id: FacetId, fallback: string) => vocab.facetNames[id] ?? fallback;
  return [
    { id: "kind", label: name("kind", "Kind"), values: vocab.kinds.map((k) => ({ id: k.id, label: k.plural })) },
    { id: "category", label: name("category", "Theme"), values: vocab.categories },
    { id: "when", label: name("when", "When"), values: vocab.whens },
    { id: "duration", label: name("duration", "How long"), values: vocab.durations },
    { id: "energy", label: name("energy", "Energy"), values: vocab.energies },
    { id: "touch", label: name("touch", "Touch"), values: vocab.touches },
  ];
}

/**
 * The facets a reader chooses for a card they write (the deck maker's form): every facet of the
 * content schema with every value, named as the filters name them.
 */
export function cardFormFacets(): { id: string; label: string; values: readonly { id: string; label: string }[] }[] {
  return cardFacetNames.map((id) => ({ id, label: facets.find((facet) => facet.id === id)?.label ?? id[0].toUpperCase() + id.slice(1), values: cardFacets[id] }));
}

export interface FilterFacet {
  id: FacetId;
  label: string;
  values: { id: string; label: string }[];
}

/** The filter panel: every facet with the values at least one card has, so no single choice is empty. */
export function filterNav(cards: readonly Card[], vocab?: LocalVocabulary): FilterFacet[] {
  return (vocab ? facetsIn(vocab) : facets).map((facet) => ({
    id: facet.id,
    label: facet.label,
    values: facet.values.filter((value) => cards.some((card) => card[facet.id] === value.id)).map(({ id, label }) => ({ id, label })),
  }));
}

/** The facets and values the browser accepts in a filter address. */
export function filterVocabulary(nav: readonly FilterFacet[]): FilterVocabulary {
  return nav.map((facet) => ({ id: facet.id, values: facet.values.map((value) => value.id) }));
}

export interface CardIndex {
  facets: FilterVocabulary;
  /** In deck order: address, title (with its discreet stand-in when it has one) and facet values. */
  cards: Record<string, string>[];
}

/** cards/index.json: what a card page needs to offer Previous and Next within the reader's filter. */
export function cardIndex(cards: readonly Card[], strings: Strings): CardIndex {
  return {
    facets: filterVocabulary(filterNav(cards)),
    cards: cards.map((card) => {
      const entry: Record<string, string> = { url: card.url, title: card.title };
      const neutral = neutralTitle(card.title, translate(strings, "card.standIn", { number: card.number }), strings);
      if (neutral) entry.neutral = neutral;
      for (const facet of facets) entry[facet.id] = card[facet.id];
      return entry;
    }),
  };
}

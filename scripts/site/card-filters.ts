// The card browser's facets: which filter pages exist and which cards each one lists (pure data).
import { categories, durations, energies, kinds, touches, whens, type Card } from "../content/index.js";

export type FacetId = "kind" | "category" | "when" | "duration" | "energy" | "touch";

export interface Facet {
  id: FacetId;
  /** What the group of links is called. */
  label: string;
  values: readonly { id: string; label: string }[];
}

export const facets: readonly Facet[] = [
  { id: "kind", label: "Kind", values: kinds.map((k) => ({ id: k.id, label: k.plural })) },
  { id: "category", label: "Theme", values: categories },
  { id: "when", label: "When", values: whens },
  { id: "duration", label: "How long", values: durations },
  { id: "energy", label: "Energy", values: energies },
  { id: "touch", label: "Touch", values: touches },
];

export interface FilterPage {
  facet: FacetId;
  value: string;
  label: string;
  url: string;
  cards: Card[];
}

export const filterUrl = (facet: FacetId, value: string) => `/cards/${facet}/${value}/`;

/** The filter menu: every facet with the values that have a page, each with its address. */
export function filterNav(pages: readonly FilterPage[]): { id: FacetId; label: string; values: { id: string; label: string; url: string }[] }[] {
  return facets.map((facet) => ({
    id: facet.id,
    label: facet.label,
    values: pages.filter((page) => page.facet === facet.id).map((page) => ({ id: page.value, label: page.label, url: page.url })),
  }));
}

/** One page per facet value that has at least one card, so no filter link ever leads to an empty page. */
export function filterPages(cards: readonly Card[]): FilterPage[] {
  return facets.flatMap((facet) =>
    facet.values
      .map((value) => ({
        facet: facet.id,
        value: value.id,
        label: value.label,
        url: filterUrl(facet.id, value.id),
        cards: cards.filter((card) => card[facet.id] === value.id),
      }))
      .filter((page) => page.cards.length > 0),
  );
}

// The closed vocabularies a card is described with, in deck order, each with the words a reader sees.
// Site filters, card marks and schema enums are all generated from these lists.

export const kinds = [
  { id: "start", label: "Start here", plural: "Start here", mark: "star" },
  { id: "ritual", label: "Ritual", plural: "Rituals & care", mark: "circle" },
  { id: "conversation", label: "Conversation", plural: "Conversation starters", mark: "diamond" },
  { id: "check-in", label: "Check-in", plural: "Check-ins", mark: "square" },
  { id: "affirmation", label: "Affirmation", plural: "Affirmations", mark: "heart" },
] as const;

export const categories = [
  { id: "basics", label: "Basics" },
  { id: "touch", label: "Touch" },
  { id: "words", label: "Words" },
  { id: "quiet", label: "Quiet" },
  { id: "care", label: "Care" },
  { id: "together", label: "Together" },
  { id: "reflection", label: "Reflection" },
] as const;

/** When a card fits: right after, later the same day, or on another (calm) day. */
export const whens = [
  { id: "right-after", label: "Right after" },
  { id: "later-that-day", label: "Later that day" },
  { id: "another-day", label: "Another day" },
] as const;

/** How long a card takes, whenever it is used: when it fits is `whens`' job, not this one's. */
export const durations = [
  { id: "quick", label: "Quick", detail: "up to 10 min" },
  { id: "longer", label: "Longer", detail: "20 min or more" },
] as const;

export const energies = [
  { id: "low", label: "Low energy" },
  { id: "medium", label: "Some energy" },
] as const;

export const touches = [
  { id: "none", label: "No touch" },
  { id: "light", label: "Light touch" },
  { id: "close", label: "Close touch" },
] as const;

/**
 * The facets every card is described with, each with its closed list, in the order a reader sees them.
 * The content schema, the own-card form and the device's storage check are all made from this, so a
 * new facet is one line here (and its list above).
 */
export const cardFacets = { kind: kinds, category: categories, when: whens, duration: durations, energy: energies, touch: touches } as const;
export type CardFacet = keyof typeof cardFacets;
export const cardFacetNames = Object.keys(cardFacets) as CardFacet[];

type Ids<T extends readonly { id: string }[]> = T[number]["id"];
/** Each facet's value ids. */
export type FacetValues = { [F in CardFacet]: Ids<(typeof cardFacets)[F]> };
export type Kind = Ids<typeof kinds>;
export type Category = Ids<typeof categories>;
export type When = Ids<typeof whens>;
export type Duration = Ids<typeof durations>;
export type Energy = Ids<typeof energies>;
export type Touch = Ids<typeof touches>;

/** The ids of a vocabulary as a non-empty tuple, the shape zod's enum wants. */
export function idsOf<T extends readonly { id: string }[]>(list: T): [Ids<T>, ...Ids<T>[]] {
  return list.map((entry) => entry.id) as [Ids<T>, ...Ids<T>[]];
}

/** The reader-facing word for an id, e.g. labelOf(durations, "quick") → "Quick". */
export function labelOf<T extends readonly { id: string; label: string }[]>(list: T, id: string): string {
  const entry = list.find((item) => item.id === id);
  if (!entry) throw new Error(`unknown vocabulary id "${id}"`);
  return entry.label;
}

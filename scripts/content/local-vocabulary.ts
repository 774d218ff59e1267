// The closed vocabularies in a language: the default language's words are the vocabulary's own
// (vocabulary.ts); another language names every value in its strings file, under vocab.<facet>.<id>
// (and vocab.kindPlural.<id>, vocab.facet.<facet> for the filter groups' names).
import { cardFacetNames, cardFacets, kinds } from "./vocabulary.js";
import type { Strings } from "./strings.js";

/** Every key a translation's strings file must hold for the vocabulary. */
export const vocabularyKeys: string[] = [
  ...cardFacetNames.flatMap((facet) => [`vocab.facet.${facet}`, ...cardFacets[facet].map((value) => `vocab.${facet}.${value.id}`)]),
  ...kinds.map((kind) => `vocab.kindPlural.${kind.id}`),
];

type Entry = { id: string; label: string };
const relabel = <T extends Entry>(list: readonly T[], word: (entry: T) => string): T[] => list.map((entry) => ({ ...entry, label: word(entry) }));

/** The vocabularies (as vocabulary.ts shapes them) in the words of a language; undefined strings: the default language's own. */
export function localVocabulary(strings?: Strings) {
  const word = (key: string, fallback: string) => (strings ? strings[key] ?? fallback : fallback);
  const list = <F extends keyof typeof cardFacets>(facet: F) => relabel(cardFacets[facet] as readonly Entry[], (entry) => word(`vocab.${facet}.${entry.id}`, entry.label));
  return {
    kinds: kinds.map((kind) => ({ ...kind, label: word(`vocab.kind.${kind.id}`, kind.label), plural: word(`vocab.kindPlural.${kind.id}`, kind.plural) })),
    categories: list("category"),
    whens: list("when"),
    durations: list("duration"),
    energies: list("energy"),
    touches: list("touch"),
    /** What each facet is called, where the reader chooses among its values. */
    facetNames: Object.fromEntries(cardFacetNames.map((facet) => [facet, strings?.[`vocab.facet.${facet}`]])) as Record<string, string | undefined>,
  };
}
export type LocalVocabulary = ReturnType<typeof localVocabulary>;

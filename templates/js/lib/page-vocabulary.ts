// The card vocabulary in the page's language, as the page writes it in (includes/vocabulary-json.njk):
// the words of each kind, theme, time, energy and touch, so one script serves every language.
import type { LocalVocabulary } from "../../../scripts/content/local-vocabulary.js";

export type PageVocabulary = Pick<LocalVocabulary, "kinds" | "categories" | "whens" | "durations" | "energies" | "touches">;

const none: PageVocabulary = { kinds: [], categories: [], whens: [], durations: [], energies: [], touches: [] };
let read: PageVocabulary | undefined;

export function pageVocabulary(): PageVocabulary {
  read ??= (JSON.parse(document.querySelector("script[data-vocabulary]")?.textContent || "null") as PageVocabulary | null) ?? none;
  return read;
}

/** The word for an id in one of the lists; an id the page lacks shows as itself (a bug to see, not a crash). */
export const labelIn = (list: readonly { id: string; label: string }[], id: string): string => list.find((entry) => entry.id === id)?.label ?? id;

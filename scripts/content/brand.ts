// The publisher's names, colours and words as the printed deck carries them, made from the settings
// (content/site.yaml) and one language's strings (content/strings/<lang>/deck.yaml, vocab.yaml) for
// whoever starts a render (the build, the CLI, deck-input.json for the browser's renderer), so deck code
// names no one and holds no reader-facing words.
import { localVocabulary } from "./local-vocabulary.js";
import { printPalette, type PrintPalette } from "./palette.js";
import type { Strings } from "./strings.js";
import type { Content, Settings } from "./types.js";
import type { CardFacet } from "./vocabulary.js";

/** The words a card face prints for each facet value, in the brand's language: faceLabels.kind.ritual → "Ritual". */
export type FaceLabels = Record<CardFacet, Record<string, string>>;

export interface DeckBrand {
  /** The name itself: the PDFs' author, the box and the alignment test. */
  name: string;
  /** The name as it starts file names: "my-deck". */
  slug: string;
  /** The cards' title stem: "<deckTitle> (Letter, two-sided)". */
  deckTitle: string;
  /** The word on every card's back and the tuck box's spine. */
  backText: string;
  /** The PDFs' language. */
  lang: string;
  colours: PrintPalette;
  /** The deck's words in that language: every "deck.*" key of its strings. */
  words: Strings;
  faceLabels: FaceLabels;
}

/** "Our Nights Together!" → "our-nights-together"; accents dropped, so file names stay plain ASCII. */
export function slugOf(name: string): string {
  const slug = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug || "deck";
}

/** The vocabulary's labels in the words of a language, as plain maps (they travel as JSON to the browser's renderer). */
function faceLabelsOf(strings: Strings): FaceLabels {
  const vocabulary = localVocabulary(strings);
  const map = (list: readonly { id: string; label: string }[]) => Object.fromEntries(list.map((entry) => [entry.id, entry.label]));
  const { kinds, categories, whens, durations, energies, touches } = vocabulary;
  return { kind: map(kinds), category: map(categories), when: map(whens), duration: map(durations), energy: map(energies), touch: map(touches) };
}

/** The deck's brand in one of the settings' languages, with that language's strings (content.strings of its content). */
export function deckBrandOf(settings: Settings, lang: string, strings: Strings): DeckBrand {
  const text = settings.text[lang];
  const words = Object.fromEntries(Object.entries(strings).filter(([key]) => key.startsWith("deck.")));
  return {
    name: settings.name, slug: slugOf(settings.name), deckTitle: text.deckTitle, backText: text.backText, lang, colours: printPalette(settings.colours.light), words, faceLabels: faceLabelsOf(strings),
  };
}

/** The brand of a content model: its settings in its own language and words. */
export const deckBrandOfContent = (content: Pick<Content, "settings" | "lang" | "strings">): DeckBrand => deckBrandOf(content.settings, content.lang, content.strings);

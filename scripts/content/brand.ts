// The publisher's names and colours as the printed deck carries them, made from the settings (content/site.yaml)
// for whoever starts a render (the build, the CLI, deck-input.json for the browser's renderer), so deck code names no one.
import { printPalette, type PrintPalette } from "./palette.js";
import type { Settings } from "./types.js";

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
}

/** "Our Nights Together!" → "our-nights-together"; accents dropped, so file names stay plain ASCII. */
export function slugOf(name: string): string {
  const slug = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug || "deck";
}

/** The deck's brand in one of the settings' languages (the default one unless told). */
export function deckBrandOf(settings: Settings, lang = settings.languages[0]): DeckBrand {
  const words = settings.text[lang];
  return { name: settings.name, slug: slugOf(settings.name), deckTitle: words.deckTitle, backText: words.backText, lang, colours: printPalette(settings.colours.light) };
}

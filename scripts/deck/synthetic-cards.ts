// Synthetic cards of realistic length (titles, bold and italic runs, lists) for deck tests and benchmarks.
import type { Block, Run } from "../content/markdown.js";
import { blocksToText } from "../content/markdown.js";
import { deckBrandOf, type DeckBrand } from "../content/brand.js";
import type { Strings } from "../content/translate.js";
import type { Card, Settings } from "../content/types.js";
import { categories, durations, energies, kinds, touches, whens } from "../content/vocabulary.js";

const sentences = [
  "Would you like to lie close for a few minutes and just breathe?",
  "Say one thing you liked about tonight, however small.",
  "Bring water, a warm towel or a blanket – whatever feels kind.",
  "If words feel like too much, a hand on a shoulder can say enough.",
  "You can pass, change your mind, or ask for something else.",
  "Notice how your body feels now, without needing to fix anything.",
  "Tell each other one wish for tomorrow morning.",
  "Put on a slow song and let it play to the end.",
];
const titles = ["Stay a while", "One kind thing", "Water and warmth", "Quiet hands", "A small wish", "Slow song", "Check in softly", "Just this moment"];

function runs(text: string, emphasis: number): Run[] {
  if (emphasis % 3 !== 0) return [{ text, bold: false, italic: false }];
  const words = text.split(" ");
  const cut = Math.min(3, words.length - 1);
  return [
    { text: `${words.slice(0, cut).join(" ")} `, bold: false, italic: false },
    { text: words[cut], bold: emphasis % 2 === 0, italic: emphasis % 2 === 1 },
    { text: ` ${words.slice(cut + 1).join(" ")}`, bold: false, italic: false },
  ];
}

/** A plain Card object as the loader would return it, for tests that should not depend on content/. */
export function makeCard(index: number, total: number, overrides: Partial<Card> = {}): Card {
  const pick = <T>(list: readonly T[], n = index) => list[n % list.length];
  const blocks: Block[] = [
    { type: "paragraph", runs: runs(`${pick(sentences)} ${pick(sentences, index + 3)}`, index) },
    index % 4 === 1
      ? { type: "list", ordered: false, items: [runs(pick(sentences, index + 1), 0), runs(pick(sentences, index + 5), 1)] }
      : { type: "paragraph", runs: runs(pick(sentences, index + 2), index + 1) },
  ];
  const id = `synthetic-${index + 1}`;
  const card: Card = {
    id,
    file: `content/cards/${id}.md`,
    url: `/cards/${id}/`,
    number: index + 1,
    title: `${pick(titles)}${index >= titles.length ? ` ${index + 1}` : ""}`,
    kind: pick(kinds).id,
    category: pick(categories).id,
    when: pick(whens).id,
    duration: pick(durations).id,
    energy: pick(energies).id,
    touch: pick(touches).id,
    body: "",
    blocks,
    text: blocksToText(blocks),
    ...overrides,
  };
  if (overrides.blocks && !overrides.text) card.text = blocksToText(overrides.blocks);
  return card;
}

export function makeCards(count: number): Card[] {
  return Array.from({ length: count }, (_, i) => makeCard(i, count));
}

/** A card whose body is one paragraph of `text`. */
export function cardWithBody(text: string, overrides: Partial<Card> = {}): Card {
  return makeCard(0, 1, { blocks: [{ type: "paragraph", runs: [{ text, bold: false, italic: false }] }], ...overrides });
}

/** Settings for synthetic decks: a name of their own and the default palette's colours. */
export const syntheticSettings: Settings = {
  file: "content/site.yaml",
  name: "Sample Deck",
  shortName: "Sample",
  languages: ["en"],
  text: { en: { tagline: "Cards to try.", description: "A sample deck of cards.", deckTitle: "Sample cards", backText: "Sample", discreetTitle: "Notes" } },
  colours: { light: { paper: "#f6eee6", ink: "#3a2e2b", accent: "#8c3546" }, night: { paper: "#221a21", ink: "#f0e6dc", accent: "#f0b3a8" } },
};

/** The brand synthetic decks are printed with, in the English words given (content/strings/en). */
export const syntheticBrand = (strings: Strings): DeckBrand => deckBrandOf(syntheticSettings, "en", strings);

// Plain words for tired and second-language readers: no sentence in content/ over 30 words, in English or
// in a translation (content/<lang>/), and none of the English idioms that read as nonsense when taken word for word.
import type Token from "markdown-it/lib/token.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent, markdown, type Content } from "../scripts/content/index.js";

const MAX_WORDS = 30;

/**
 * Idioms a reader with school English may take literally. The first three are the ones issue 19 found;
 * the rest are their kind, and each was once in the guide or is common in writing about couples.
 */
const idioms: [idiom: string, pattern: RegExp][] = [
  ["come out sideways", /\bcomes? out sideways\b|\bcame out sideways\b/i],
  ["let it simmer", /\blet (it|things) simmer\b/i],
  ["pencil (one) in", /\bpencil(led|ed)? (one|it|something|us|them|that) in\b|\bpencil in\b/i],
  ["sleep on it", /\b(sleep|slept|sleeping) on it\b/i],
  ["go a long way", /\b(go|goes|going|went) a long way\b/i],
  ["chip away at", /\bchip(s|ped|ping)? away\b/i],
  ["on the spot", /\bon the spot\b/i],
  ["on the same page", /\bon the same page\b/i],
  ["walk on eggshells", /\bwalk(s|ing)? on eggshells\b/i],
  ["clear the air", /\bclear(s|ing)? the air\b/i],
  ["the elephant in the room", /\belephant in the room\b/i],
  ["touch base", /\btouch(es|ing)? base\b/i],
  ["under the weather", /\bunder the weather\b/i],
  ["beat around the bush", /\bbeat(ing)? around the bush\b/i],
  ["keep the thread going", /\bkeeps? the thread going\b/i],
  // Found in cards and the guide by a later review (issue 19), and reworded.
  ["say the word", /\bsay the word\b/i],
  ["keep score", /\b(keep|keeps|keeping|kept) score\b/i],
  ["hold things together", /\b(hold|holds|holding|held) (things|it all|everything) together\b/i],
  ["go round", /\b(go|goes|going|went) round\b/i],
  ["know by heart", /\b(know|knows|knew|known|learn|learnt|learned) (it |them )?by heart\b/i],
  ["close the gap", /\bclos(e|es|ed|ing) the gap\b/i],
];

/** Abbreviations whose full stop does not end a sentence. */
const abbreviations = /\b(e\.g|i\.e|et al|etc|n\.d|vs)\.$/i;

/** A text's sentences: split after . ! ? or … (and any closing quote or bracket) where the next one starts. */
export function sentences(text: string): string[] {
  const parts = text.replace(/\s+/g, " ").trim().split(/(?<=[.!?…][”"’)\]]*)\s+(?=[^a-z])/);
  const joined: string[] = [];
  for (const part of parts) {
    if (joined.length && abbreviations.test(joined[joined.length - 1])) joined[joined.length - 1] += ` ${part}`;
    else joined.push(part);
  }
  return joined.filter((sentence) => /\p{L}/u.test(sentence));
}

/** Words as a reader counts them: "don't" is one, "20–30" is one, a dash or a bullet is none. */
export const wordCount = (sentence: string) => sentence.match(/[\p{L}\p{N}]+(?:['’‐\-–][\p{L}\p{N}]+)*/gu)?.length ?? 0;

/** The text of each paragraph, list item, heading and table cell of a parsed document, links as their words. */
function blocksOf(tokens: Token[]): string[] {
  return tokens.filter((token) => token.type === "inline").map((token) => (token.children ?? []).map((t) => (t.type === "softbreak" || t.type === "hardbreak" ? " " : t.content)).join(""));
}

/** Every piece of reader-facing text one language's files hold, each with where it comes from. */
function allTexts(edition: Pick<Content, "chapters" | "pages" | "cards" | "sources">, sourcesFile: string): { where: string; text: string }[] {
  return [
    ...[...edition.chapters, ...edition.pages].flatMap((doc) => [
      { where: `${doc.file} (title)`, text: doc.title },
      { where: `${doc.file} (summary)`, text: doc.summary },
      ...blocksOf(doc.tokens).map((text) => ({ where: doc.file, text })),
    ]),
    ...edition.cards.flatMap((card) => [
      { where: `${card.file} (title)`, text: card.title },
      ...card.text.split(/\n+/).map((text) => ({ where: card.file, text })),
    ]),
    ...edition.sources.map((source) => ({ where: `${sourcesFile} (${source.id})`, text: source.finding })),
  ];
}

/** The texts of a translation's own files (content/<lang>/), not the default-language items it fills in with. */
function translatedTexts(content: Content, translation: Content) {
  const own = <T extends { file: string }>(items: T[]) => items.filter((item) => item.file.startsWith(`content/${translation.lang}/`));
  const sources = translation.sources === content.sources ? [] : translation.sources;
  return allTexts({ chapters: own(translation.chapters), pages: own(translation.pages), cards: own(translation.cards), sources }, `content/${translation.lang}/sources.yaml`);
}

let content: Content;
beforeAll(async () => {
  content = await loadContent({ root: process.cwd() });
});

describe("sentences", () => {
  it("the splitter and counter are live: they find sentence ends, keep abbreviations, and count words", () => {
    expect(sentences("Hold each other. Breathe slowly! Then sleep… Or talk?")).toEqual(["Hold each other.", "Breathe slowly!", "Then sleep…", "Or talk?"]);
    expect(sentences("Read it, e.g. aloud. Meltzer et al. found this.")).toEqual(["Read it, e.g. aloud.", "Meltzer et al. found this."]);
    expect(sentences('"It\'s not you." She smiled.')).toEqual(['"It\'s not you."', "She smiled."]);
    expect(wordCount("Don't rush – 20–30 minutes is fine.")).toBe(6);
    const long = `${"word ".repeat(MAX_WORDS)}more.`;
    expect(sentences(blocksOf(markdown.parse(`- ${long}`, {})).join(" ")).map(wordCount)).toEqual([MAX_WORDS + 1]);
  });

  const tooLong = (texts: { where: string; text: string }[]) =>
    texts.flatMap(({ where, text }) =>
      sentences(text)
        .filter((sentence) => wordCount(sentence) > MAX_WORDS)
        .map((sentence) => `${where}: ${wordCount(sentence)} words: ${sentence}`),
    );

  it(`in every chapter, page, card and source finding have at most ${MAX_WORDS} words`, () => {
    expect(tooLong(allTexts(content, "content/sources.yaml"))).toEqual([]);
  });

  it(`in every translated chapter, page, card and source finding have at most ${MAX_WORDS} words too`, () => {
    expect(content.translations.length).toBeGreaterThan(0);
    for (const translation of content.translations) {
      const texts = translatedTexts(content, translation);
      expect(texts.filter(({ where }) => where.includes("/cards/")).length, translation.lang).toBeGreaterThan(0);
      expect(tooLong(texts)).toEqual([]);
    }
  });
});

describe("idioms", () => {
  it("the list is live: each idiom is caught in a plain sentence", () => {
    const samples = [
      "It may come out sideways.", "Say it now and let it simmer.", "Shall we pencil one in?", "Now that you've slept on it.", "Thanks goes a long way.",
      "Say the word if you want to stop.", "Nobody’s keeping score.", "The one who held things together.", "Shall we go round?", "A film you know by heart.", "A short hello closes the gap.",
    ];
    for (const sample of samples) expect(idioms.some(([, pattern]) => pattern.test(sample)), sample).toBe(true);
  });

  it("none is used anywhere in content/", () => {
    const found = allTexts(content, "content/sources.yaml").flatMap(({ where, text }) => idioms.filter(([, pattern]) => pattern.test(text)).map(([idiom]) => `${where}: "${idiom}" in: ${text}`));
    expect(found).toEqual([]);
  });
});

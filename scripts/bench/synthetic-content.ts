// Synthetic content for benchmarks: N cards of realistic length and M chapters, valid for the loader.
// Front matter is built as values of the schema's own types, so a schema change fails type-checking here
// rather than when the benchmark runs.
import { cp, mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { stringify } from "yaml";
import type { CardFrontMatter, ChapterFrontMatter } from "../content/schema.js";
import { categories, durations, energies, kinds, touches, whens } from "../content/vocabulary.js";

const sentences = [
  "Would you like to stay close for a few more minutes?",
  "We could share a glass of water and a quiet word.",
  "Tell me one small thing you enjoyed tonight.",
  "If you would rather rest, that is fine with me.",
  "Shall we put on something soft to listen to?",
  "I can fetch a blanket if you feel a little cold.",
];

/** A deterministic pick, so two runs write the same files. */
const pick = <T>(list: readonly T[], i: number, salt: number) => list[(i * 31 + salt * 17) % list.length];

/** A markdown file: the fields as YAML between "---" lines, then the body. */
const markdownFile = (fields: CardFrontMatter | ChapterFrontMatter, body: string) => `---\n${stringify(fields)}---\n${body}`;

export function syntheticCard(i: number): string {
  const fields = {
    title: `Card number ${i + 1}`,
    kind: pick(kinds, i, 4).id,
    category: pick(categories, i, 5).id,
    when: pick(whens, i, 9).id,
    duration: pick(durations, i, 6).id,
    energy: pick(energies, i, 7).id,
    touch: pick(touches, i, 8).id,
  } satisfies CardFrontMatter;
  const body = [pick(sentences, i, 1), pick(sentences, i, 2), `*${pick(sentences, i, 3)}*`].join(" ");
  return markdownFile(fields, `${body}\n`);
}

export function syntheticChapter(i: number): string {
  const fields = { title: `Chapter ${i + 1}`, order: i + 1, summary: "A chapter for measuring builds." } satisfies ChapterFrontMatter;
  const paragraphs = Array.from({ length: 8 }, (_, p) => Array.from({ length: 5 }, (_, s) => pick(sentences, i + p, s)).join(" "));
  const part = (heading: string, texts: string[]) => [`## ${heading}`, "", ...texts.flatMap((text) => [text, ""])];
  return markdownFile(fields, ["", ...part("Part one", paragraphs.slice(0, 4)), ...part("Part two", paragraphs.slice(4))].join("\n"));
}

/** The settings file of synthetic content: a name of its own, the default colours. */
export const syntheticSiteYaml = `name: Sample Deck
shortName: Sample
languages: [en]
text:
  en: { tagline: Cards to try., description: A sample deck of cards., deckTitle: Sample cards, backText: Sample, discreetTitle: Notes }
colours:
  light: { paper: "#f6eee6", ink: "#3a2e2b", accent: "#8c3546" }
  night: { paper: "#221a21", ink: "#f0e6dc", accent: "#f0b3a8" }
`;

/** The project's own interface words in its default language: every site needs them. */
const projectStrings = fileURLToPath(new URL("../../content/strings/en/", import.meta.url));

/** Writes `<root>/content/{cards,guide}`, site.yaml and the interface words with the given counts; returns the content folder. */
export async function writeSyntheticContent(root: string, cards: number, chapters: number): Promise<string> {
  const content = join(root, "content");
  await mkdir(join(content, "cards"), { recursive: true });
  await mkdir(join(content, "guide"), { recursive: true });
  const pad = (n: number) => String(n).padStart(5, "0");
  await Promise.all([
    ...Array.from({ length: cards }, (_, i) => writeFile(join(content, "cards", `card-${pad(i)}.md`), syntheticCard(i))),
    ...Array.from({ length: chapters }, (_, i) => writeFile(join(content, "guide", `chapter-${pad(i)}.md`), syntheticChapter(i))),
    writeFile(join(content, "site.yaml"), syntheticSiteYaml),
    cp(projectStrings, join(content, "strings", "en"), { recursive: true }),
  ]);
  return content;
}

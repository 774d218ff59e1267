// Small, valid content folders written to a temporary project, to break one thing at a time.
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { formatProblem, isContentError, loadContent } from "../../scripts/content/index.js";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const validCard = (title = "A glass of water") => `---
title: ${title}
kind: ritual
category: care
when: right-after
duration: quick
energy: low
touch: none
guide: ideas#care
---
Would you like a glass of water? I can bring one for each of us.
`;

export const validChapter = `---
title: Ideas
order: 1
summary: Small things to try.
---
## Care

Water, a blanket, a quiet minute. See [the cards](/cards/).
`;

/** A valid settings file of another name, so fixtures never lean on the project's own. */
export const validSettings = `name: Fixture Deck
shortName: Fixture
languages: [en]
text:
  en:
    tagline: Cards for a test.
    description: A small deck to test the build with.
    deckTitle: Fixture cards
    backText: Fixture
    discreetTitle: Notes
colours:
  light: { paper: "#f6eee6", ink: "#3a2e2b", accent: "#8c3546" }
  night: { paper: "#221a21", ink: "#f0e6dc", accent: "#f0b3a8" }
`;

/** Files keyed by their path under content/; null leaves a default file out. */
export type FixtureFiles = Record<string, string | Uint8Array | null>;

/** The project's own interface words in the default language: every site needs them. */
const stringsDir = join(import.meta.dirname, "..", "..", "content", "strings", "en");
export const defaultStrings: FixtureFiles = Object.fromEntries(readdirSync(stringsDir).map((name) => [`strings/en/${name}`, readFileSync(join(stringsDir, name), "utf8")]));

const defaults: FixtureFiles = {
  "cards/glass-of-water.md": validCard(),
  "guide/ideas.md": validChapter,
  ...defaultStrings,
  "site.yaml": validSettings,
};

/** Writes a project root holding content/ with the defaults plus the given files; returns the root. */
export async function writeFixture(files: FixtureFiles = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "content-fixture-"));
  const all = { ...defaults, ...files };
  await mkdir(join(root, "content", "cards"), { recursive: true });
  await mkdir(join(root, "content", "guide"), { recursive: true });
  for (const [path, body] of Object.entries(all)) {
    if (body === null) continue;
    const target = join(root, "content", path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, body);
  }
  return root;
}

/** The problems the loader reports for a fixture, one formatted line each; throws if the content loads. */
export async function problemsFor(files: FixtureFiles): Promise<string[]> {
  try {
    await loadContent({ root: await writeFixture(files) });
  } catch (error) {
    if (isContentError(error)) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error("expected the content to be rejected, but it loaded");
}

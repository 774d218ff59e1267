// content/site.yaml is checked like any content: every mistake at its line and field, every colour pair the
// site and the PDFs draw held to WCAG AA in both themes, and a failing build leaves the last good dist/ alone.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contrastRatio, formatRatio, mix, relativeLuminance } from "../scripts/content/contrast.js";
import { formatProblem, isContentError, loadContent } from "../scripts/content/index.js";
import { validSettings, writeFixture, type FixtureFiles } from "./support/content-fixture.js";
import { hashTree, runBuild } from "./support/run-build.js";

async function problemsFor(files: FixtureFiles): Promise<string[]> {
  const root = await writeFixture(files);
  try {
    await loadContent({ root });
    return [];
  } catch (error) {
    if (isContentError(error)) return error.problems.map(formatProblem);
    throw error;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** The valid fixture settings with one line replaced. */
const settingsWith = (from: string, to: string) => {
  if (!validSettings.includes(from)) throw new Error(`the fixture settings have no "${from}"`);
  return validSettings.replace(from, to);
};
const lineOf = (text: string, fragment: string) => text.split("\n").findIndex((line) => line.includes(fragment)) + 1;

describe("WCAG contrast", () => {
  it("computes relative luminance and ratios as WCAG defines them", () => {
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 5);
    expect(relativeLuminance("#000000")).toBe(0);
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    // #767676 is the lightest grey that passes AA on white; #777777 just fails.
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
    expect(formatRatio(contrastRatio("#777777", "#ffffff"))).toBe("4.4:1");
    expect(mix("#000000", "#ffffff", 0.5)).toBe("#808080");
  });
});

describe("content/site.yaml", () => {
  it("is on the model as settings", async () => {
    const root = await writeFixture();
    try {
      const { settings } = await loadContent({ root });
      expect(settings).toMatchObject({ name: "Fixture Deck", languages: ["en"], file: "content/site.yaml" });
      expect(settings.text.en.backText).toBe("Fixture");
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("reports a text colour too close to its paper at its line, with the ratio", async () => {
    const text = settingsWith('night: { paper: "#221a21", ink: "#f0e6dc", accent: "#f0b3a8" }', 'night: { paper: "#221a21", ink: "#f0e6dc", accent: "#7a5a66" }');
    const problems = await problemsFor({ "site.yaml": text });
    const line = lineOf(text, "night:");
    expect(problems).toContain(`content/site.yaml:${line}: colours.night.accent has contrast 2.8:1 against colours.night.paper; it needs at least 4.5:1`);
    expect(problems.every((problem) => problem.startsWith(`content/site.yaml:${line}: colours.night.accent`))).toBe(true);
  });

  it("checks the colours it derives too: the muted ink, the printed card's labels", async () => {
    // Ink that passes on the paper by a hair leaves the muted ink mixed from it short.
    const text = settingsWith('light: { paper: "#f6eee6", ink: "#3a2e2b", accent: "#8c3546" }', 'light: { paper: "#f6eee6", ink: "#6f6662", accent: "#8c3546" }');
    const problems = await problemsFor({ "site.yaml": text });
    expect(problems.some((p) => /colours\.light\.ink gives the muted ink \(colours\.light\.ink mixed with colours\.light\.paper\) a contrast of \d\.\d:1 against colours\.light\.paper; it needs at least 4\.5:1/.test(p))).toBe(true);
    expect(problems.some((p) => /colours\.light\.ink gives the printed labels' ink/.test(p))).toBe(true);
  });

  it.each([
    ["a colour that is not hex", settingsWith('ink: "#3a2e2b"', 'ink: "brown"'), "light:", 'colours.light.ink must be a colour written as # and six hex digits, e.g. "#3a2e2b" (found "brown")'],
    ["a missing name", settingsWith("name: Fixture Deck\n", ""), "shortName", "name is missing"],
    ["an unknown field", settingsWith("shortName: Fixture", "shortName: Fixture\ntitle: Fixture"), "title:", 'title is not a known field'],
    ["a language without its words", settingsWith("languages: [en]", "languages: [en, es]"), "text:", "text.es is missing: every language listed in languages needs its words"],
    ["words for a language not listed", settingsWith("    discreetTitle: Notes\n", "    discreetTitle: Notes\n  fr:\n    tagline: a\n    description: b\n    deckTitle: c\n    backText: d\n    discreetTitle: e\n"), "fr:", "text.fr is for a language not listed in languages (en)"],
    ["an unknown deck file", `${validSettings}deck:\n  files: [home-duplex-letter, poker-a3]\n`, "files:", 'deck.files[1] is not a deck file (found "poker-a3"; known: '],
    ["broken YAML", settingsWith('tagline: Cards for a test.', 'tagline: "Cards for a test.'), "tagline:", "is not valid YAML"],
  ])("%s: named with its file, line and field", async (_what, text, at, message) => {
    const problems = await problemsFor({ "site.yaml": text });
    expect(problems.length).toBeGreaterThan(0);
    const line = lineOf(text, at);
    expect(problems.find((problem) => problem.includes(message))).toMatch(new RegExp(`^content/site\\.yaml:${line}: `));
  });

  it("is required: the site needs a name", async () => {
    expect(await problemsFor({ "site.yaml": null })).toEqual([expect.stringMatching(/^content\/site\.yaml: is missing: the site's name, words and colours are set here/)]);
  });
});

describe("a bad settings file fails the build and leaves the last good dist/ untouched", () => {
  let fixture: string;
  let out: string;
  let good: Record<string, string>;
  const quick = `${validSettings}deck:\n  files: [screen]\n`;

  beforeAll(async () => {
    fixture = await writeFixture({ "site.yaml": quick });
    out = join(await mkdtemp(join(tmpdir(), "settings-atomic-")), "dist");
    const first = await runBuild(["--content", join(fixture, "content"), "--out", out]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    good = await hashTree(out);
  }, 120_000);
  afterAll(async () => {
    await rm(fixture, { recursive: true, force: true });
  });

  it.each([
    ["a low-contrast pair", quick.replace('accent: "#8c3546"', 'accent: "#d08a98"'), /content\/site\.yaml:\d+: colours\.light\.accent has contrast 2\.\d:1 against colours\.light\.paper; it needs at least 4\.5:1/],
    ["a malformed file", quick.replace("languages: [en]", "languages: en"), /content\/site\.yaml:\d+: languages must be an array \(found "en"\)/],
  ])("%s: exit 1, file, line and field named, dist/ unchanged", async (_what, text, message) => {
    await writeFile(join(fixture, "content", "site.yaml"), text);
    try {
      const run = await runBuild(["--content", join(fixture, "content"), "--out", out]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(await hashTree(out)).toEqual(good);
    } finally {
      await writeFile(join(fixture, "content", "site.yaml"), quick);
    }
  });
});

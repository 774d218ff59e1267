// Every kind of content mistake is reported once, clearly, naming the file, the line where there is
// one, the field, what was expected and what was found; and all mistakes are reported together.
import { describe, expect, it } from "vitest";
import { formatProblem, isContentError, loadContent } from "../scripts/content/index.js";
import { validCard, writeFixture, type FixtureFiles } from "./support/content-fixture.js";

async function problemsFor(files: FixtureFiles): Promise<string[]> {
  const root = await writeFixture(files);
  try {
    await loadContent({ root });
  } catch (error) {
    if (isContentError(error)) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error("expected the content to be rejected, but it loaded");
}

const card = (fields: string, body = "Would you like a warm towel?") => `---\n${fields}\n---\n${body}\n`;
const fields = {
  title: "title: A warm towel",
  kind: "kind: ritual",
  category: "category: care",
  duration: "duration: quick",
  energy: "energy: low",
  touch: "touch: light",
};
const cardWith = (overrides: Partial<Record<keyof typeof fields | string, string | null>>, body?: string) =>
  card(
    Object.entries({ ...fields, ...overrides })
      .filter(([, line]) => line !== null)
      .map(([, line]) => line)
      .join("\n"),
    body,
  );

describe("a valid fixture", () => {
  it("loads, so every failure below is caused by the one thing each breaks", async () => {
    const content = await loadContent({ root: await writeFixture() });
    expect(content.cards.map((c) => c.id)).toEqual(["glass-of-water"]);
    expect(content.chapters.map((c) => c.slug)).toEqual(["ideas"]);
  });
});

describe("front matter mistakes", () => {
  it("names the file and line of broken YAML", async () => {
    const problems = await problemsFor({ "cards/warm-towel.md": "---\ntitle: A warm towel\nkind: [ritual\n---\nHello\n" });
    expect(problems).toEqual([expect.stringMatching(/^content\/cards\/warm-towel\.md:\d+: front matter is not valid YAML/)]);
  });

  it("says when a file has no front matter at all", async () => {
    const problems = await problemsFor({ "cards/warm-towel.md": "Would you like a warm towel?\n" });
    expect(problems).toEqual([expect.stringContaining("content/cards/warm-towel.md:1: has no front matter")]);
  });

  it("names a missing field", async () => {
    const problems = await problemsFor({ "cards/warm-towel.md": cardWith({ title: null }) });
    expect(problems).toEqual(["content/cards/warm-towel.md: title is missing"]);
  });

  it("names a field of the wrong type, with what was found", async () => {
    const problems = await problemsFor({ "guide/ideas.md": "---\ntitle: Ideas\norder: three\nsummary: Small things.\n---\nText.\n" });
    expect(problems).toEqual(['content/guide/ideas.md:3: order must be a number (found "three")']);
  });

  it("lists the allowed values when a value is not one of them", async () => {
    const problems = await problemsFor({ "cards/warm-towel.md": cardWith({ duration: "duration: medium" }) });
    expect(problems).toEqual(['content/cards/warm-towel.md:5: duration must be one of quick, longer, ongoing (found "medium")']);
  });

  it("catches an unknown field such as a typo, and suggests the right name", async () => {
    const problems = await problemsFor({ "cards/warm-towel.md": cardWith({ title: "titel: A warm towel" }) });
    expect(problems).toContain('content/cards/warm-towel.md:2: titel is not a known field (did you mean "title"?)');
    expect(problems).toContain("content/cards/warm-towel.md: title is missing");
  });
});

describe("mistakes across files", () => {
  it("refuses two cards whose ids differ only in case", async () => {
    const problems = await problemsFor({ "cards/warm-towel.md": cardWith({}), "cards/Warm-Towel.md": cardWith({}) });
    expect(problems).toContainEqual(expect.stringMatching(/content\/cards\/(W|w)arm-(T|t)owel\.md: id duplicates the id "warm-towel"/));
  });

  it("refuses a page whose address is already a built-in page", async () => {
    const problems = await problemsFor({ "pages/cards.md": "---\ntitle: Cards\nsummary: Again.\n---\nText.\n" });
    expect(problems).toEqual([expect.stringContaining("content/pages/cards.md: its address /cards/ is already a built-in page")]);
  });

  it("refuses two chapters with the same order", async () => {
    const problems = await problemsFor({ "guide/more.md": "---\ntitle: More\norder: 1\nsummary: More things.\n---\nText.\n" });
    expect(problems).toEqual(["content/guide/more.md:3: order must be unique (found 1, also used by content/guide/ideas.md)"]);
  });

  it("reports an internal link to a page that does not exist, with its line", async () => {
    const problems = await problemsFor({ "guide/ideas.md": "---\ntitle: Ideas\norder: 1\nsummary: Things.\n---\n## Care\n\nSee [this](/guide/nowhere/).\n" });
    expect(problems).toEqual(["content/guide/ideas.md:8: link points to /guide/nowhere/, a page that does not exist"]);
  });

  it("reports a card's guide reference to a section the chapter does not have, at the guide field's line", async () => {
    const problems = await problemsFor({ "cards/warm-towel.md": cardWith({ guide: "guide: ideas#touch" }) });
    expect(problems).toEqual(['content/cards/warm-towel.md:8: guide points to /guide/ideas/#touch, but that page has no section "#touch"']);
  });

  it("reports every problem at once, not one per run", async () => {
    const problems = await problemsFor({
      "cards/a.md": cardWith({ kind: "kind: poem" }),
      "cards/b.md": cardWith({ energy: null }),
      "guide/ideas.md": "no front matter\n",
    });
    expect(problems).toHaveLength(3);
  });
});

describe("card bodies the deck cannot print", () => {
  it.each([
    ["an image", "![a picture](towel.png)"],
    ["a table", "| a | b |\n|---|---|\n| 1 | 2 |"],
    ["a heading", "## A heading"],
    ["raw HTML", "Would you like <b>this</b>?"],
    ["a link", "See [the guide](/guide/ideas/)."],
  ])("refuses %s rather than dropping it", async (construct, body) => {
    const problems = await problemsFor({ "cards/warm-towel.md": cardWith({}, body) });
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^content/cards/warm-towel\\.md:\\d+: body uses ${construct}, which a printed card cannot show`))]);
  });

  it("refuses raw HTML in a guide chapter", async () => {
    const problems = await problemsFor({ "guide/ideas.md": "---\ntitle: Ideas\norder: 1\nsummary: Things.\n---\n<script>alert(1)</script>\n\n## Care\n" });
    expect(problems).toEqual([expect.stringContaining("content/guide/ideas.md:6: body contains raw HTML")]);
  });

  it("refuses an empty card", async () => {
    const problems = await problemsFor({ "cards/warm-towel.md": cardWith({}, "") });
    expect(problems).toEqual(["content/cards/warm-towel.md: body is empty: a card needs a few words under its front matter"]);
  });
});

describe("folders and files", () => {
  it("refuses an empty deck", async () => {
    const problems = await problemsFor({ "cards/glass-of-water.md": null });
    expect(problems).toEqual(["content/cards: has no cards: the deck would be empty"]);
  });

  it("refuses an empty guide", async () => {
    const problems = await problemsFor({ "guide/ideas.md": null, "cards/glass-of-water.md": validCard().replace("guide: ideas#care\n", "") });
    expect(problems).toEqual(["content/guide: has no chapters: the guide would be empty"]);
  });

  it("refuses a file in content/cards that is not markdown", async () => {
    const problems = await problemsFor({ "cards/notes.txt": "a stray note" });
    expect(problems).toEqual(["content/cards/notes.txt: is not a markdown file: only .md files belong in content/cards/"]);
  });

  it("refuses a file that is not UTF-8", async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode(validCard().slice(0, -1)), 0x20, 0xe9, 0x0a]);
    const problems = await problemsFor({ "cards/warm-towel.md": latin1 });
    expect(problems).toEqual(["content/cards/warm-towel.md: is not valid UTF-8 text; save it as UTF-8"]);
  });

  it("accepts a UTF-8 byte-order mark", async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(validCard("A warm towel"))]);
    const content = await loadContent({ root: await writeFixture({ "cards/warm-towel.md": withBom }) });
    expect(content.cards.find((c) => c.id === "warm-towel")?.title).toBe("A warm towel");
  });

  it("refuses a file name that cannot be an address", async () => {
    const problems = await problemsFor({ "cards/Warm Towel.md": cardWith({}) });
    expect(problems).toEqual([expect.stringContaining("content/cards/Warm Towel.md: file name must be lowercase")]);
  });
});

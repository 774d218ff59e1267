// Every kind of content mistake is reported once, clearly, naming the file, the line where there is
// one, the field, what was expected and what was found; and all mistakes are reported together.
import { describe, expect, it } from "vitest";
import { loadContent } from "../scripts/content/index.js";
import { validCard, writeFixture, type FixtureFiles, problemsFor } from "./support/content-fixture.js";

const card = (fields: string, body = "Would you like a warm towel?") => `---\n${fields}\n---\n${body}\n`;
const fields = {
  title: "title: A warm towel",
  kind: "kind: ritual",
  category: "category: care",
  when: "when: right-after",
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

/** A file's lines joined with Windows line endings, as some editors save them. */
const crlf = (text: string) => text.replace(/\n/g, "\r\n");
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
const chapter = (body: string) => `---\ntitle: Ideas\norder: 1\nsummary: Things.\n---\n${body}`;

describe("front matter mistakes", () => {
  it("names the line of a key written twice in the YAML", async () => {
    const problems = await problemsFor({ "cards/warm-towel.md": "---\ntitle: A warm towel\nkind: ritual\ntitle: Again\n---\nHello\n" });
    expect(problems).toEqual([expect.stringMatching(/^content\/cards\/warm-towel\.md:4: front matter is not valid YAML: /)]);
  });

  it("names the line of a badly indented field", async () => {
    const problems = await problemsFor({ "cards/warm-towel.md": "---\ntitle: A warm towel\nkind: ritual\n  energy: low\ncategory: care\n---\nHello\n" });
    expect(problems).toEqual([expect.stringMatching(/^content\/cards\/warm-towel\.md:4: front matter is not valid YAML: /)]);
  });

  it("names the line where a quote was opened and never closed, not where the front matter ends", async () => {
    const problems = await problemsFor({ "cards/warm-towel.md": '---\ntitle: "A warm towel\nkind: ritual\ncategory: care\n---\nHello\n' });
    expect(problems).toEqual([expect.stringMatching(/^content\/cards\/warm-towel\.md:2: front matter is not valid YAML: .*quoted/)]);
  });

  it("says when a file has no front matter at all", async () => {
    const problems = await problemsFor({ "cards/warm-towel.md": "Would you like a warm towel?\n" });
    expect(problems).toEqual(['content/cards/warm-towel.md:1: has no front matter: it must start with a "---" line, the fields, and another "---"']);
  });

  it("says where front matter that is not a list of fields begins", async () => {
    const problems = await problemsFor({ "cards/warm-towel.md": "---\n# A note\n- a warm towel\n---\nHello\n" });
    expect(problems).toEqual(["content/cards/warm-towel.md:3: front matter must be a list of fields (key: value)"]);
  });

  it("names a missing field at the front matter's opening line", async () => {
    const problems = await problemsFor({ "cards/warm-towel.md": cardWith({ title: null }) });
    expect(problems).toEqual(["content/cards/warm-towel.md:1: title is missing"]);
  });

  it("names a missing field that has a fixed list of values, with the values", async () => {
    const problems = await problemsFor({ "cards/warm-towel.md": cardWith({ energy: null }) });
    expect(problems).toEqual(["content/cards/warm-towel.md:1: energy is missing (one of low, medium)"]);
  });

  it("names a field of the wrong type, with what was found", async () => {
    const problems = await problemsFor({ "guide/ideas.md": "---\ntitle: Ideas\norder: three\nsummary: Small things.\n---\nText.\n" });
    expect(problems).toEqual(['content/guide/ideas.md:3: order must be a number (found "three")']);
  });

  it("lists the allowed values when a value is not one of them", async () => {
    const problems = await problemsFor({ "cards/warm-towel.md": cardWith({ duration: "duration: medium" }) });
    expect(problems).toEqual(['content/cards/warm-towel.md:6: duration must be one of quick, longer (found "medium")']);
  });

  it("refuses a card that does not say when it fits, and a when outside the closed list", async () => {
    expect(await problemsFor({ "cards/warm-towel.md": cardWith({ when: null }) })).toEqual([
      "content/cards/warm-towel.md:1: when is missing (one of right-after, later-that-day, another-day)",
    ]);
    expect(await problemsFor({ "cards/warm-towel.md": cardWith({ when: "when: tonight" }) })).toEqual([
      'content/cards/warm-towel.md:5: when must be one of right-after, later-that-day, another-day (found "tonight")',
    ]);
  });

  it("catches an unknown field such as a typo, and suggests the right name", async () => {
    const problems = await problemsFor({ "cards/warm-towel.md": cardWith({ title: "titel: A warm towel" }) });
    expect(problems).toEqual(["content/cards/warm-towel.md:1: title is missing", 'content/cards/warm-towel.md:2: titel is not a known field (did you mean "title"?)']);
  });

  it("finds a field's line below comments and blank lines, and when its name is quoted", async () => {
    const file = "---\n# Drafted on the train\n\ntitle: A warm towel\nkind: ritual\ncategory: care\nwhen: right-after\n\"duration\": medium\nenergy: low\ntouch: light\n---\nHello\n";
    const problems = await problemsFor({ "cards/warm-towel.md": file });
    expect(problems).toEqual(['content/cards/warm-towel.md:8: duration must be one of quick, longer (found "medium")']);
  });
});

describe("line numbers whatever the file's encoding details", () => {
  it("counts lines the same in a card saved with Windows line endings (CRLF)", async () => {
    const problems = await problemsFor({
      "cards/warm-towel.md": crlf(cardWith({ duration: "duration: medium", colour: "colour: red" }, "Would you like a towel?\n\n![A towel](towel.png)")),
      "cards/late-tea.md": crlf("---\ntitle: Late tea\nkind: ritual\n'a: b\n---\nHello\n"),
    });
    expect(problems).toEqual([
      expect.stringMatching(/^content\/cards\/late-tea\.md:4: front matter is not valid YAML: /),
      'content/cards/warm-towel.md:6: duration must be one of quick, longer (found "medium")',
      "content/cards/warm-towel.md:9: colour is not a known field (known fields: title, kind, category, when, duration, energy, touch, guide, order, draft)",
    ]);
    const body = await problemsFor({ "cards/warm-towel.md": crlf(cardWith({}, "Would you like a towel?\n\n![A towel](towel.png)")) });
    expect(body).toEqual([expect.stringMatching(/^content\/cards\/warm-towel\.md:12: body uses an image/)]);
  });

  it("counts lines the same in a chapter saved with Windows line endings (CRLF)", async () => {
    const problems = await problemsFor({ "guide/ideas.md": crlf(chapter("## Care\n\nA <em>warm</em> towel.\n\nSee [this](/guide/nowhere/).\n")) });
    expect(problems).toEqual([
      "content/guide/ideas.md:8: body contains raw HTML (<em>); content is plain markdown so that no page can carry markup or script from it",
      "content/guide/ideas.md:8: body contains raw HTML (</em>); content is plain markdown so that no page can carry markup or script from it",
      "content/guide/ideas.md:10: link points to /guide/nowhere/, a page that does not exist",
    ]);
  });

  it("does not count a UTF-8 byte-order mark as a line", async () => {
    const problems = await problemsFor({
      "cards/warm-towel.md": withBom(cardWith({ duration: "duration: medium" })),
      "cards/late-tea.md": withBom(cardWith({ title: "title: Late tea" }, "Tea?\n\n## A heading")),
    });
    expect(problems).toEqual([
      expect.stringMatching(/^content\/cards\/late-tea\.md:12: body uses a heading/),
      'content/cards/warm-towel.md:6: duration must be one of quick, longer (found "medium")',
    ]);
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
    const problems = await problemsFor({ "guide/ideas.md": chapter("## Care\n\nSee [this](/guide/nowhere/).\n") });
    expect(problems).toEqual(["content/guide/ideas.md:8: link points to /guide/nowhere/, a page that does not exist"]);
  });

  it("gives a link inside a paragraph, list or table the line it is written on", async () => {
    const body = "## Care\n\nA towel,\nwater and [rest](/guide/rest/).\n\n- One\n- Two, [sleep](/guide/sleep/)\n\n| Idea | Where |\n|---|---|\n| Tea | [tea](/guide/tea/) |\n";
    const problems = await problemsFor({ "guide/ideas.md": chapter(body) });
    expect(problems).toEqual([
      "content/guide/ideas.md:9: link points to /guide/rest/, a page that does not exist",
      "content/guide/ideas.md:12: link points to /guide/sleep/, a page that does not exist",
      "content/guide/ideas.md:16: link points to /guide/tea/, a page that does not exist",
    ]);
  });

  it("reports a card's guide reference to a section the chapter does not have, at the guide field's line", async () => {
    const problems = await problemsFor({ "cards/warm-towel.md": cardWith({ guide: "guide: ideas#touch" }) });
    expect(problems).toEqual(['content/cards/warm-towel.md:9: guide points to /guide/ideas/#touch, but that page has no section "#touch"']);
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

/** A valid sources.yaml whose three entries start on lines 3, 12 and 21; each test breaks one thing. */
const entry = (id: string) => `  - id: ${id}
    authors: Someone, A.
    year: 2015
    title: A study of care
    published: A journal, 1(2), 3–4
    finding: >-
      Something the study found,
      in our own words.
`;
const validSources = `# Works the guide cites.
sources:
${entry("first")}
${entry("second")}
${entry("third")}`;

describe("sources.yaml mistakes, checked like front matter", () => {
  it("a valid list loads, so every failure below is caused by the one thing each breaks", async () => {
    const content = await loadContent({ root: await writeFixture({ "sources.yaml": validSources }) });
    expect(content.sources.map((source) => [source.id, source.year, source.finding])).toEqual([
      ["first", 2015, "Something the study found, in our own words."],
      ["second", 2015, "Something the study found, in our own words."],
      ["third", 2015, "Something the study found, in our own words."],
    ]);
  });

  it("names the entry, field and line of a value of the wrong type", async () => {
    const sources = validSources.replace(/(id: third\n[^]*?)year: 2015/, '$1year: "2015"');
    expect(await problemsFor({ "sources.yaml": sources })).toEqual(['content/sources.yaml:23: sources[2].year must be a number (found "2015")']);
  });

  it("catches an unknown field in an entry, at its line, and suggests the right name", async () => {
    const sources = validSources.replace("  - id: second\n", "  - id: second\n    yaer: 2015\n");
    expect(await problemsFor({ "sources.yaml": sources })).toEqual(['content/sources.yaml:13: sources[1].yaer is not a known field (did you mean "year"?)']);
  });

  it("names a missing field at the line of the entry that lacks it", async () => {
    const sources = validSources.replace(/(id: second\n)    authors: .*\n/, "$1");
    expect(await problemsFor({ "sources.yaml": sources })).toEqual(["content/sources.yaml:12: sources[1].authors is missing"]);
  });

  it("names the second of two entries with the same id, and the line of the first", async () => {
    const sources = validSources.replace("id: third", "id: first");
    expect(await problemsFor({ "sources.yaml": sources })).toEqual(['content/sources.yaml:21: sources[2].id must be unique (found "first", also used on line 3)']);
  });

  it("reports every mistake in the file at once", async () => {
    const sources = validSources.replace(/(id: first\n)    authors: .*\n/, "$1").replace("  - id: third\n", "  - id: third\n    pages: 12\n");
    expect(await problemsFor({ "sources.yaml": sources })).toEqual([
      "content/sources.yaml:3: sources[0].authors is missing",
      "content/sources.yaml:21: sources[2].pages is not a known field (known fields: id, authors, year, title, published, url, finding)",
    ]);
  });

  it.each([
    ["a badly indented field", (yaml: string) => yaml.replace("    title: A study of care\n", "   title: A study of care\n"), 6],
    ["a key written twice", (yaml: string) => yaml.replace("  - id: second\n", "  - id: second\n    id: again\n"), 13],
    ["a quote never closed", (yaml: string) => yaml.replace("title: A study of care", 'title: "A study of care'), 6],
  ])("names the real line of invalid YAML: %s", async (_mistake, breakIt, line) => {
    expect(await problemsFor({ "sources.yaml": breakIt(validSources) })).toEqual([expect.stringMatching(new RegExp(`^content/sources\\.yaml:${line}: is not valid YAML: `))]);
  });
});

/** A valid plan.yaml: group "touch" on line 2 (statements on lines 5 and 9), group "words" on line 13 (statement on line 15). */
const validPlan = `groups:
  - id: touch
    title: Touch
    statements:
      - id: cuddle
        text: A cuddle, lying close
        short: a cuddle
        touch: close
      - id: holding-hands
        text: Holding hands
        short: holding hands
        touch: light
  - id: words
    title: Words
    statements:
      - id: thanks
        text: A thank you, out loud
        short: saying thank you
`;

describe("plan.yaml mistakes, checked like front matter", () => {
  it("a valid plan loads its groups and statements in order, so every failure below has one cause", async () => {
    const content = await loadContent({ root: await writeFixture({ "plan.yaml": validPlan }) });
    expect(content.plan.file).toBe("content/plan.yaml");
    expect(content.plan.groups.map((group) => [group.id, group.statements.map((statement) => statement.id)])).toEqual([
      ["touch", ["cuddle", "holding-hands"]],
      ["words", ["thanks"]],
    ]);
  });

  it("is optional: without the file the plan has no questions", async () => {
    const content = await loadContent({ root: await writeFixture() });
    expect(content.plan).toEqual({ file: "", groups: [] });
  });

  it.each([
    ["a touch level outside the list", (yaml: string) => yaml.replace("touch: light", "touch: firm"), 'content/plan.yaml:12: groups[0].statements[1].touch must be one of none, light, close (found "firm")'],
    ["a statement without its short words", (yaml: string) => yaml.replace("        short: saying thank you\n", ""), "content/plan.yaml:16: groups[1].statements[0].short is missing"],
    ["an id that is not kebab-case", (yaml: string) => yaml.replace("id: holding-hands", "id: Holding_Hands"), 'content/plan.yaml:9: groups[0].statements[1].id must be lowercase words joined by single hyphens (found "Holding_Hands")'],
    ["a misspelt field", (yaml: string) => yaml.replace("    title: Words\n", "    title: Words\n    hnit: Kind words\n"), 'content/plan.yaml:15: groups[1].hnit is not a known field (did you mean "hint"?)'],
    ["a group without statements", (yaml: string) => yaml.replace(/    statements:\n      - id: thanks\n[^]*$/, "    statements: []\n"), "content/plan.yaml:15: groups[1].statements must have >=1 items (found [])"],
    ["a text too long to print", (yaml: string) => yaml.replace("text: Holding hands", `text: ${"Holding hands ".repeat(8)}`), expect.stringMatching(/^content\/plan\.yaml:10: groups\[0\]\.statements\[1\]\.text must be at most 90 characters/)],
  ])("names the field and line of %s", async (_mistake, breakIt, problem) => {
    expect(await problemsFor({ "plan.yaml": breakIt(validPlan) })).toEqual([problem]);
  });

  it("names a statement id used twice, even across groups, at the repeat and the line of the first", async () => {
    const plan = validPlan.replace("id: thanks", "id: cuddle");
    expect(await problemsFor({ "plan.yaml": plan })).toEqual(['content/plan.yaml:16: groups[1].statements[0].id must be unique (found "cuddle", also used on line 5)']);
  });

  it("names a group id used twice", async () => {
    expect(await problemsFor({ "plan.yaml": validPlan.replace("id: words", "id: touch") })).toEqual(['content/plan.yaml:13: groups[1].id must be unique (found "touch", also used on line 2)']);
  });

  it("refuses more statements than a link and a card or two can carry", async () => {
    const many = Array.from({ length: 41 }, (_, i) => `      - id: idea-${i}\n        text: Idea ${i}\n        short: idea ${i}\n`).join("");
    const plan = `groups:\n  - id: lots\n    title: Lots\n    statements:\n${many}`;
    expect(await problemsFor({ "plan.yaml": plan })).toEqual([expect.stringMatching(/^content\/plan\.yaml:1: groups must hold at most 40 statements in all \(found 41\)/)]);
  });

  it("names the real line of invalid YAML", async () => {
    const plan = validPlan.replace("text: Holding hands", 'text: "Holding hands');
    expect(await problemsFor({ "plan.yaml": plan })).toEqual([expect.stringMatching(/^content\/plan\.yaml:10: is not valid YAML: /)]);
  });
});

describe("card bodies the deck cannot print", () => {
  // The body starts on line 10 with a question, so the construct each case adds is on line 12.
  it.each([
    ["an image", "![a picture](towel.png)", 12],
    ["a table", "| a | b |\n|---|---|\n| 1 | 2 |", 12],
    ["a heading", "## A heading", 12],
    ["raw HTML", "Would you like <b>this</b>?", 12],
    ["a link", "See [the guide](/guide/ideas/).", 12],
    ["a link", "The guide has more,\nsee [ideas](/guide/ideas/).", 13],
    ["a nested list", "- Water\n- Tea\n  - green", 14],
  ])("refuses %s rather than dropping it, naming its line", async (construct, body, line) => {
    const problems = await problemsFor({ "cards/warm-towel.md": cardWith({}, `Would you like a warm towel?\n\n${body}`) });
    expect(problems).toEqual([`content/cards/warm-towel.md:${line}: body uses ${construct}, which a printed card cannot show; use paragraphs, **bold**, *italic* and short lists`]);
  });

  it("refuses raw HTML in a guide chapter, at the line it is on", async () => {
    const problems = await problemsFor({ "guide/ideas.md": chapter("<script>alert(1)</script>\n\n## Care\n\nA warm towel,\nor <b>water</b>.\n") });
    expect(problems).toEqual([
      "content/guide/ideas.md:6: body contains raw HTML (<script>alert(1)</script>); content is plain markdown so that no page can carry markup or script from it",
      "content/guide/ideas.md:11: body contains raw HTML (<b>); content is plain markdown so that no page can carry markup or script from it",
      "content/guide/ideas.md:11: body contains raw HTML (</b>); content is plain markdown so that no page can carry markup or script from it",
    ]);
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

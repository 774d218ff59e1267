// Cards a reader writes are held to the rules of content/cards: the same schema, body rules and messages,
// the same print fonts and fit; a chosen deck prints its cards in one order, with copies and without the
// cards marked "not for us"; and the device keeps own cards within the same vocabulary and limits.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as v from "valibot";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { cardLimits } from "../scripts/content/card-rules.js";
import { formatProblem, isContentError, loadContent } from "../scripts/content/index.js";
import { ownCard, type OwnCardText } from "../scripts/content/own-card.js";
import type { Card } from "../scripts/content/types.js";
import { cardFacetNames, cardFacets, idsOf } from "../scripts/content/vocabulary.js";
import { cardFit } from "../scripts/deck/card-fit.js";
import { chosenCards, chosenDeckFileName } from "../scripts/deck/chosen-deck.js";
import { deckFileById, siteBrand } from "./support/deck-brand.js";
import { renderDeck } from "../scripts/deck/render.js";
import { makeCards } from "../scripts/deck/synthetic-cards.js";
import { deckFonts, measurerFor, type TextMeasurer } from "../scripts/deck/text-measurer.js";
import { readFontBytes } from "../scripts/fonts/fonts.js";
import { ownCardSchema, ownCardTextSchema } from "../templates/js/lib/device-data.js";
import { writeFixture } from "./support/content-fixture.js";

const tea: OwnCardText = { id: "own-tea", title: "Our tea", body: "Two cups, **slowly**.", kind: "ritual", category: "care", when: "right-after", duration: "quick", energy: "low", touch: "none" };
const messages = (problems: { field?: string; message: string }[]) => problems.map((problem) => `${problem.field} ${problem.message}`);

/** What the content loader says about a card file with these fields and body, without the file and line. */
async function loaderSays(card: OwnCardText): Promise<string[]> {
  const frontMatter = ["title", ...cardFacetNames].map((field) => `${field}: ${JSON.stringify(card[field as keyof OwnCardText])}`).join("\n");
  const root = await writeFixture({ "cards/mine.md": `---\n${frontMatter}\n---\n${card.body}\n` });
  try {
    await loadContent({ root });
  } catch (error) {
    if (isContentError(error)) return error.problems.map((problem) => formatProblem({ ...problem, file: "", line: undefined }).replace(/^: /, ""));
    throw error;
  }
  return [];
}

describe("an own card, checked as a content card", () => {
  it("becomes the same Card the deck draws: blocks, plain text, facets", () => {
    const made = ownCard(tea, "your card");
    expect(made.ok && made.card).toMatchObject({ id: "own-tea", title: "Our tea", kind: "ritual", text: "Two cups, slowly.", blocks: [{ type: "paragraph", runs: [{ text: "Two cups, " }, { text: "slowly", bold: true }, { text: "." }] }] });
  });

  it.each([
    ["a title too long", { title: "x".repeat(cardLimits.title + 1) }],
    ["a kind the deck does not have", { kind: "dance" }],
    ["a heading in the body", { body: "# Tea\n\nTwo cups." }],
    ["raw HTML in the body", { body: "Two <b>cups</b>." }],
    ["a link in the body", { body: "[Tea](https://example.org/)" }],
  ])("is refused for %s in the content loader's own words", async (_, change) => {
    const card = { ...tea, ...change } as OwnCardText;
    const made = ownCard(card, "your card");
    expect(made.ok).toBe(false);
    const said = messages(made.ok ? [] : made.problems);
    expect(said.length).toBeGreaterThan(0);
    expect(said).toEqual(await loaderSays(card));
  });

  it("refuses markup and script addresses in its title and words, which no card needs", () => {
    for (const change of [{ title: "<script>alert(1)</script>" }, { title: "javascript:alert(1)" }, { body: "Tea, then javascript:alert(1)" }, { body: "[Tea](javascript:alert(1))" }]) {
      const made = ownCard({ ...tea, ...change }, "your card");
      expect(made.ok ? [] : messages(made.problems)).toEqual([expect.stringMatching(/^(title|body) must not hold markup or a script address \(found “(<script>|javascript:)”\)$/)]);
    }
  });
});

describe("the fit meter's measure", () => {
  let measurer: TextMeasurer;
  const fitOf = (change: Partial<OwnCardText>) => {
    const made = ownCard({ ...tea, ...change }, "your card “Tea”");
    if (!made.ok) throw new Error(made.problems.map(formatProblem).join("\n"));
    return cardFit(made.card, measurer, siteBrand);
  };
  beforeAll(async () => {
    measurer = measurerFor(deckFonts(await readFontBytes()));
  });

  it("gives the size the words print at on every card size the files use", () => {
    const fit = fitOf({});
    expect(fit.problems).toEqual([]);
    expect(fit.sizes.map((size) => [size.cardSize, size.size])).toEqual([["poker", 9.5], ["tarot", 10.93]]);
  });

  it("says how many lines too long a card is at the 8 pt floor, in the renderer's words", () => {
    const fit = fitOf({ body: "A slow word or two. ".repeat(40) });
    const poker = fit.sizes.find((size) => size.cardSize === "poker")!;
    expect(poker).toMatchObject({ floor: 8, overLines: expect.any(Number) });
    expect(poker.overLines).toBeGreaterThan(1);
    expect(fit.problems[0]).toMatchObject({ file: "your card “Tea”", field: "body", message: expect.stringContaining(`(${poker.overLines} lines) too long for a poker card even at 8 pt`) });
  });

  it("names a character the print fonts lack, and the field it is in", () => {
    const fit = fitOf({ title: "Snow ☃ day" });
    expect(fit.problems).toEqual([expect.objectContaining({ field: "title", message: expect.stringMatching(/^contains “☃” \(U\+2603\), which the card font .+ cannot draw/) })]);
  });
});

describe("a chosen deck", () => {
  const deck: Card[] = makeCards(6);
  const ids = deck.map((card) => card.id);

  it("prints the deck's chosen cards in deck order, then own cards, each copy numbered as printed", () => {
    const chosen = chosenCards({ cards: ["own-tea", ids[4], ids[1]], copies: { [ids[1]]: 2, "own-tea": 3 }, hidden: [], own: [tea] }, deck, () => "");
    expect(chosen.ok && chosen.cards.map((card) => [card.id, card.number])).toEqual([[ids[1], 1], [ids[1], 2], [ids[4], 3], ["own-tea", 4], ["own-tea", 5], ["own-tea", 6]]);
  });

  it("leaves out cards marked “not for us”, and reports chosen ids it does not know", () => {
    const chosen = chosenCards({ cards: [ids[0], ids[2], "gone-card"], copies: {}, hidden: [ids[2]], own: [] }, deck, () => "");
    expect(chosen.ok && chosen.cards.map((card) => card.id)).toEqual([ids[0]]);
    expect(chosen.ok && chosen.unknown).toEqual(["gone-card"]);
  });

  it("stops at an own card that breaks the rules, naming it", () => {
    const chosen = chosenCards({ cards: ["own-tea"], copies: {}, hidden: [], own: [{ ...tea, body: "## Tea" }] }, deck, (card, i) => `own[${i}] ${card.title}`);
    expect(chosen.ok ? [] : chosen.problems.map(formatProblem)).toEqual(["own[0] Our tea:1: body uses a heading, which a printed card cannot show; use paragraphs, **bold**, *italic* and short lists"]);
  });

  it("of every card is the ready-made download, byte for byte (one renderer, one result)", async () => {
    const content = await loadContent({ root: process.cwd() });
    const chosen = chosenCards({ cards: content.cards.map((card) => card.id).reverse(), copies: {}, hidden: [], own: [] }, content.cards, () => "");
    if (!chosen.ok) throw new Error("the deck's own cards were refused");
    const file = deckFileById("home-duplex-letter");
    const made = await renderDeck(chosen.cards, await readFontBytes(), file, { brand: siteBrand, updated: content.updated });
    const built = await readFile(join(inject("distDir"), "downloads", file.fileName));
    expect(Buffer.from(made.bytes).equals(built)).toBe(true);
  });

  it("is named after its layout and its number of cards, neutrally for a discreet file", () => {
    expect(chosenDeckFileName(deckFileById("home-duplex-letter"), 7)).toBe("afterglow-poker-letter-duplex-7-cards.pdf");
    expect(chosenDeckFileName(deckFileById("discreet-home-duplex-a4"), 7, { x: 1.5, y: -0.5 })).toBe("cards-a4-duplex-7-cards-backs-1.5--0.5.pdf");
  });
});

describe("own cards kept on the device", () => {
  it("take their facets and title length from the content's vocabulary and limits (one source)", () => {
    const keep = (change: object) => v.is(ownCardSchema, { ...tea, createdAt: 1, updatedAt: 2, ...change });
    for (const facet of cardFacetNames) {
      for (const value of idsOf(cardFacets[facet])) expect(keep({ [facet]: value }), `${facet}: ${value}`).toBe(true);
      expect(keep({ [facet]: "not-a-value" })).toBe(false);
    }
    expect(keep({ title: "x".repeat(cardLimits.title) })).toBe(true);
    expect(keep({ title: "x".repeat(cardLimits.title + 1) })).toBe(false);
    expect(keep({ body: "x".repeat(cardLimits.ownBody + 1) })).toBe(false);
    // Markup or a script address is refused by the one schema, so no file, link or page keeps it; harmless words pass.
    expect(keep({ title: "<img src=x onerror=alert(1)>" })).toBe(false);
    expect(keep({ body: "Then <script>alert(1)</script>" })).toBe(false);
    expect(keep({ title: "Tea & toast <3" })).toBe(true);
    expect(Object.keys(ownCardTextSchema.entries).sort()).toEqual(["body", "id", "title", ...cardFacetNames].sort());
  });
});

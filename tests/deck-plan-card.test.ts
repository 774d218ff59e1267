// "Our plan" printed as cards for the deck, by the deck's own renderer and fitting rules: every word
// is in the PDF as text, each card's body is set at 8 pt or more, and a plan too long for one card
// moves on to a second (never clipped), with nothing lost or printed twice.
import { beforeAll, describe, expect, it } from "vitest";
import { isContentError, loadContent, type PlanStatement } from "../scripts/content/index.js";
import { readFontBytes, type FontBytes } from "../scripts/fonts/fonts.js";
import { composeFace } from "../scripts/deck/compose-face.js";
import { deckFileById, siteBrand } from "./support/deck-brand.js";
import { scaledFace } from "../scripts/deck/design.js";
import { cardSizeOf } from "../scripts/deck/plan-deck.js";
import { fitsCardSize, planCards, type FitsCard } from "../scripts/deck/plan-card.js";
import { renderDeck } from "../scripts/deck/render.js";
import { deckFonts, measurerFor, type TextMeasurer } from "../scripts/deck/text-measurer.js";
import type { Plan } from "../templates/js/lib/device-data.js";
import { planCardInput, type StatementOnCard } from "../templates/js/lib/plan-card-input.js";
import { readPdf } from "./support/pdf.js";
import { usePageWords } from "./support/page-words.js";

type Choice = "yes" | "maybe" | "no";
let statements: StatementOnCard[];
let fonts: FontBytes;
let measurer: TextMeasurer;
let fits: FitsCard;

beforeAll(async () => {
  await usePageWords(["plan", "plan.date"]); // the card's labels are the page's words
  const content = await loadContent({ root: process.cwd() });
  statements = content.plan.groups.flatMap((group) => group.statements).map((s: PlanStatement) => ({ id: s.id, short: s.short, touch: s.touch ?? "none" }));
  fonts = await readFontBytes();
  measurer = measurerFor(deckFonts(fonts));
  fits = fitsCardSize("poker", measurer, siteBrand.faceLabels);
});

/** A plan where the two answer each statement by the given rule. */
function planOf(choose: (index: number) => [Choice | undefined, Choice | undefined], names: [string?, string?] = ["Sam", "Alex"]): Plan {
  const partner = (p: 0 | 1) => ({
    ...(names[p] ? { name: names[p] } : {}),
    shareNos: true,
    answers: Object.fromEntries(statements.flatMap((s, i) => (choose(i)[p] ? [[s.id, { choice: choose(i)[p]! }]] : []))),
  });
  return { createdAt: Date.UTC(2026, 2, 3, 12), partners: [partner(0), partner(1)] };
}

const squash = (text: string) => text.replace(/\s+/g, "");

/** Each card set as the deck sets it: its body size and whether it fits its box. */
function setFaces(plan: Plan) {
  const cards = planCards(planCardInput(plan, statements), fits, siteBrand.words);
  return cards.map((card) => {
    const face = composeFace({ card, total: cards.length, size: cardSizeOf("poker"), design: scaledFace(1), measurer, cardLabel: "poker", labels: siteBrand.faceLabels });
    return { card, size: face.body.set.size, fitsBox: face.body.set.height <= face.body.height };
  });
}

describe("the plan card", () => {
  it("prints a plan that fits on one poker card as one card, with its full text extractable from the PDF", async () => {
    const plan = planOf((i) => (i % 3 === 0 ? ["yes", "yes"] : i % 3 === 1 ? ["yes", "maybe"] : [undefined, "yes"]));
    const input = planCardInput(plan, statements);
    const cards = planCards(input, fits, siteBrand.words);
    expect(cards).toHaveLength(1);
    const { bytes } = await renderDeck(cards, fonts, deckFileById("home-duplex-letter"), { brand: siteBrand, updated: new Date(plan.createdAt) });
    const pages = await readPdf(bytes);
    expect(pages).toHaveLength(2); // the front and its back, like the deck
    const text = squash(pages[0].text);
    for (const word of ["Ourplan", "SamandAlex·3March2026", "Ourgo-tos:", "Worthatry:", "1/1", ...input.sections.flatMap((s) => s.items).map(squash)]) expect(text).toContain(word);
  });

  it("moves a plan too long for one card onto a second, set at 8 pt or more, never clipped, every item once", async () => {
    const plan = planOf((i) => [(["yes", "maybe", "no", "yes"] as const)[i % 4], (["yes", "yes", "maybe", "no", "yes"] as const)[i % 5]]);
    const input = planCardInput(plan, statements);
    const everything = planCards({ ...input }, () => true, siteBrand.words);
    expect(fits(everything[0], 1), "the whole plan does not fit one card, so splitting is needed").toBe(false);
    const faces = setFaces(plan);
    expect(faces).toHaveLength(2);
    for (const face of faces) {
      expect(face.size).toBeGreaterThanOrEqual(8);
      expect(face.fitsBox).toBe(true);
    }
    const { bytes } = await renderDeck(faces.map((f) => f.card), fonts, deckFileById("screen"), { brand: siteBrand, updated: new Date(plan.createdAt) });
    const pages = await readPdf(bytes);
    expect(pages.map((page) => squash(page.text).includes("Ourplan"))).toEqual([true, true]);
    expect(squash(pages[0].text)).toContain("1/2");
    expect(squash(pages[1].text)).toContain("2/2");
    const printed = squash(pages.map((page) => page.text).join(" "));
    for (const section of input.sections) {
      expect(printed).toContain(squash(section.label));
      for (const item of section.items) expect(printed.split(squash(item)).length - 1, item).toBeGreaterThanOrEqual(1);
    }
    // Across the two cards the lists hold exactly the items they should, none dropped, none repeated.
    const listed = faces.flatMap((f) => f.card.blocks.slice(f.card.number === 1 ? 1 : 0)).map((block) => (block.type === "paragraph" ? block.runs[1].text.replace(/[.,]$/, "") : ""));
    expect(listed.join(", ")).toBe(input.sections.flatMap((s) => s.items).join(", "));
  });

  it("ends a card at the end of a list when that costs no extra card", () => {
    const plan = planOf((i) => [(["yes", "maybe", "no", "yes"] as const)[i % 4], (["yes", "yes", "maybe", "no", "yes"] as const)[i % 5]]);
    const [first] = setFaces(plan);
    expect(first.card.text).not.toContain("(continued)");
  });

  it("takes as many cards as a very long plan needs rather than shrinking below 8 pt or clipping", () => {
    const faces = setFaces(planOf(() => ["no", "no"], ["W".repeat(40), "Maximiliana Konstantinopoulou-Schneider"]));
    expect(faces.length).toBeGreaterThanOrEqual(2);
    for (const face of faces) expect(face.size).toBeGreaterThanOrEqual(8);
    expect(faces.map((f) => f.card.text).join(" ")).toContain("(continued)");
  });

  it("prints every statement's short words in content/plan.yaml with the card fonts (a plan of all of them fits the rules)", () => {
    const faces = setFaces(planOf(() => ["yes", "yes"], [undefined, undefined]));
    expect(faces.flatMap((f) => f.card.text.split("\n\n")).join(" ")).toContain(statements.map((s) => s.short).join(", "));
    for (const face of faces) expect(face.size).toBeGreaterThanOrEqual(8);
  });

  it("refuses a character its fonts cannot draw, naming it, instead of printing a blank box", () => {
    const plan = planOf(() => ["yes", "yes"], ["Sam 💛", "Alex"]);
    let error: unknown;
    try {
      planCards(planCardInput(plan, statements), fits, siteBrand.words);
    } catch (caught) {
      error = caught;
    }
    expect(isContentError(error)).toBe(true);
    expect((error as Error).message).toContain("“💛” (U+1F49B)");
  });

  it("lists the closest touch its ideas ask for at its foot, and says something kind when nothing matched", () => {
    const none = planCardInput(planOf(() => [undefined, undefined]), statements);
    expect(none.sections).toEqual([]);
    expect(planCards(none, fits, siteBrand.words)[0].text).toContain("Nothing in common yet");
    expect(none.touch).toBe("none");
    const cuddle = statements.findIndex((s) => s.touch === "close");
    expect(planCardInput(planOf((i) => (i === cuddle ? ["yes", "maybe"] : [undefined, undefined])), statements).touch).toBe("close");
  });
});

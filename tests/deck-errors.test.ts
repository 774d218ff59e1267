// Deck failures name the card: text too long for its face, characters the fonts lack; and builds are byte-identical.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ContentError, formatProblem, isContentError } from "../scripts/content/index.js";
import { readFontBytes, type FontBytes } from "../scripts/fonts/fonts.js";
import { writeDeck } from "../scripts/deck/write-deck.js";
import { deckFileById, siteBrand } from "./support/deck-brand.js";
import { renderDeck } from "../scripts/deck/render.js";
import { cardWithBody, makeCard, makeCards } from "../scripts/deck/synthetic-cards.js";
import { renderDeckInWorker, startDeckWorker } from "../scripts/deck/worker.js";

let fonts: FontBytes;
const updated = new Date("2026-01-02T03:04:05Z");
const letter = deckFileById("home-duplex-letter");

beforeAll(async () => {
  fonts = await readFontBytes();
});

async function contentErrorOf(promise: Promise<unknown>): Promise<ContentError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(isContentError(error), String(error)).toBe(true);
  return error as ContentError;
}

const longText = (words: number) => Array.from({ length: words }, (_, i) => (i % 7 === 0 ? "together" : "slowly")).join(" ");

describe("a card too long for its face", () => {
  it("fails naming the card's file, the body field and how much it overflows at the 8 pt floor", async () => {
    const card = cardWithBody(longText(260), { file: "content/cards/too-long.md" });
    const error = await contentErrorOf(renderDeck([card], fonts, letter, { brand: siteBrand, updated }));
    expect(error.problems).toHaveLength(1);
    const [problem] = error.problems;
    expect(problem.file).toBe("content/cards/too-long.md");
    expect(problem.field).toBe("body");
    expect(problem.message).toMatch(/^is \d+ pt \(\d+ lines?\) too long for a poker card even at 8 pt/);
    expect(formatProblem(problem)).toMatch(/^content\/cards\/too-long\.md: body is \d+ pt/);
  });

  it("a slightly long card shrinks instead of failing, and a short one keeps the design size", async () => {
    const { composeFaces } = await import("../scripts/deck/render.js");
    const { deckFonts, measurerFor } = await import("../scripts/deck/text-measurer.js");
    const measurer = measurerFor(deckFonts(fonts));
    const [short, medium] = composeFaces([cardWithBody(longText(20)), cardWithBody(longText(72), { id: "m", file: "content/cards/m.md" })], "poker", measurer, siteBrand.faceLabels);
    expect(short.body.set.size).toBe(9.5);
    expect(medium.body.set.size).toBeLessThan(9.5);
    expect(medium.body.set.size).toBeGreaterThanOrEqual(8);
    expect(medium.body.set.height).toBeLessThanOrEqual(medium.body.height);
    // The binary search finds the largest size that fits: one step up would overflow.
    const { setBody, prepareBody } = await import("../scripts/deck/fit.js");
    const up = setBody(prepareBody(medium.card.blocks, measurer), { width: medium.body.width, size: medium.body.set.size + 0.25 }, medium.design, measurer);
    expect(up.height).toBeGreaterThan(medium.body.height);
  });

  it("reports every overflowing card at once, not just the first", async () => {
    const cards = [0, 1, 2].map((i) => cardWithBody(longText(260), { id: `long-${i}`, file: `content/cards/long-${i}.md` }));
    const error = await contentErrorOf(renderDeck(cards, fonts, letter, { brand: siteBrand, updated }));
    expect(error.problems.map((p) => p.file)).toEqual(cards.map((c) => c.file));
  });
});

describe("a character the fonts cannot draw", () => {
  for (const [char, code] of [["🙂", "U+1F642"], ["\u0D9E", "U+0D9E"]] as const) {
    it(`fails naming the card, the field and ${code}`, async () => {
      const card = cardWithBody(`Breathe in ${char} and out.`, { file: "content/cards/odd-glyph.md" });
      const error = await contentErrorOf(renderDeck([card], fonts, letter, { brand: siteBrand, updated }));
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]).toMatchObject({ file: "content/cards/odd-glyph.md", field: "body" });
      expect(error.problems[0].message).toContain(code);
      expect(error.problems[0].message).toContain(char);
    });
  }

  it("checks the title against the title font", async () => {
    const card = makeCard(0, 1, { title: "Rest \u0D9E", file: "content/cards/title-glyph.md" });
    const error = await contentErrorOf(renderDeck([card], fonts, letter, { brand: siteBrand, updated }));
    expect(error.problems[0]).toMatchObject({ file: "content/cards/title-glyph.md", field: "title" });
  });

  it("draws curly quotes, dashes and accented letters", async () => {
    const card = cardWithBody("“Café” – naïve, déjà vu… it’s fine — señor, Ærø, Zoë.", { title: "Crème brûlée’s “après”" });
    await expect(renderDeck([card], fonts, letter, { brand: siteBrand, updated })).resolves.toMatchObject({ pages: 2 });
  });
});

describe("determinism", () => {
  it("two renders of the same cards give identical bytes, dated from the content, not the clock", async () => {
    const cards = makeCards(12);
    for (const id of ["home-duplex-a4", "fold-over-letter", "print-shop", "calibration-letter"]) {
      const a = await renderDeck(cards, fonts, deckFileById(id), { brand: siteBrand, updated });
      const b = await renderDeck(cards, fonts, deckFileById(id), { brand: siteBrand, updated });
      expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes)), id).toBe(0);
      const raw = Buffer.from(a.bytes).toString("latin1");
      const ref = /\/CreationDate (\d+) 0 R/.exec(raw)![1];
      expect(raw).toContain(`\n${ref} 0 obj\n(D:20260102030405Z)`);
    }
  });
});

describe("the deck on a worker thread", () => {
  it("writes every PDF, diagram and decks.json, byte-identical to an in-process build with a different render history", async () => {
    const dir = await mkdtemp(join(tmpdir(), "deck-worker-"));
    try {
      const cards = makeCards(10);
      const { manifest } = await renderDeckInWorker({ brand: siteBrand, cards, outDir: join(dir, "w"), updated: updated.toISOString(), fonts });
      const { manifest: direct } = await writeDeck({ brand: siteBrand, cards, outDir: join(dir, "d"), updated, fonts });
      expect(manifest).toEqual(direct);
      for (const deck of manifest.decks) {
        expect(Buffer.compare(await readFile(join(dir, "w", deck.file)), await readFile(join(dir, "d", deck.file))), deck.file).toBe(0);
        expect(await readFile(join(dir, "w", deck.diagram!), "utf8")).toMatch(/^<svg/);
      }
      expect(JSON.parse(await readFile(join(dir, "w", "decks.json"), "utf8"))).toEqual(manifest);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("re-throws a ContentError from the worker with the same problems", async () => {
    const card = cardWithBody("Hello 🙂", { file: "content/cards/worker-glyph.md" });
    const error = await contentErrorOf(renderDeckInWorker({ brand: siteBrand, cards: [card], outDir: join(tmpdir(), "deck-worker-fail"), updated, fonts }));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.problems[0]).toMatchObject({ file: "content/cards/worker-glyph.md", field: "body" });
  });

  it("re-throws other errors as Errors with the worker's stack", async () => {
    const dir = await mkdtemp(join(tmpdir(), "deck-worker-"));
    try {
      // A folder inside a plain file cannot be created: an I/O error, not a content error.
      await writeFile(join(dir, "file"), "");
      const error = await renderDeckInWorker({ brand: siteBrand, cards: makeCards(1), outDir: join(dir, "file", "downloads"), updated, fonts }).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(isContentError(error)).toBe(false);
      expect((error as Error).message).toMatch(/ENOTDIR|EEXIST/);
      expect((error as Error).stack).toMatch(/\n\s+at /);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("a long-lived worker builds again and again, and reports content errors without dying", async () => {
    const dir = await mkdtemp(join(tmpdir(), "deck-serve-"));
    const worker = startDeckWorker();
    try {
      const cards = makeCards(4);
      const first = await worker.render({ brand: siteBrand, cards, outDir: join(dir, "1"), updated, fonts });
      const bad = worker.render({ brand: siteBrand, cards: [cardWithBody("Hi 🙂", { file: "content/cards/serve.md" })], outDir: join(dir, "bad"), updated, fonts });
      const second = worker.render({ brand: siteBrand, cards, outDir: join(dir, "2"), updated, fonts });
      expect((await contentErrorOf(bad)).problems[0].file).toBe("content/cards/serve.md");
      expect(await second).toEqual(first);
      for (const deck of first.manifest.decks) {
        expect(Buffer.compare(await readFile(join(dir, "1", deck.file)), await readFile(join(dir, "2", deck.file))), deck.file).toBe(0);
      }
    } finally {
      await worker.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

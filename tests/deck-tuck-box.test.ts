// The tuck box folds into a box the deck fits in: measured from the net's own fold lines, for every size, count and stock.
import { siteBrand } from "./support/deck-brand.js";
import { describe, expect, it } from "vitest";
import { readFontBytes } from "../scripts/fonts/fonts.js";
import type { Point } from "../scripts/deck/geometry.js";
import { renderTuckBox } from "../scripts/deck/render-tuck-box.js";
import { cardSizes, papers, printerMarginMm, stocks, type StockId } from "../scripts/deck/sizes.js";
import { BoxTooBigError, boxSheets } from "../scripts/deck/tuck-box-sheet.js";
import { boxedCards } from "../scripts/deck/tuck-box-plan.js";
import { boxClearanceMm, boxNet, boxSize, type NetPiece } from "../scripts/deck/tuck-box.js";
import { readPdf } from "./support/pdf.js";

const sizes = [cardSizes.poker, cardSizes.tarot];
const stockIds = Object.keys(stocks) as StockId[];
const counts = Array.from({ length: 181 }, (_, i) => 20 + i);

/** Distance from p to the segment a–b. */
function distance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}
const onOutline = (p: Point, outline: Point[]) => outline.some((a, i) => distance(p, a, outline[(i + 1) % outline.length]) < 1e-6);

/** Even-odd ray casting: is p inside the closed outline? */
function inside(p: Point, outline: Point[]): boolean {
  let hit = false;
  outline.forEach((a, i) => {
    const b = outline[(i + 1) % outline.length];
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) hit = !hit;
  });
  return hit;
}

/**
 * Folds the net in the mind: panel widths are the gaps between the vertical fold lines, the lid's
 * depth the gap between its two folds, the height the length of a vertical fold. Each fold takes
 * the paper's own thickness from both panels it joins, so the inside is each span less 2 × paper.
 */
function folded(pieces: NetPiece[], paper: number) {
  const verticals = pieces.flatMap((piece) => piece.folds.filter((f) => f.from.x === f.to.x));
  const xs = (piece: NetPiece) => [...new Set(piece.folds.filter((f) => f.from.x === f.to.x).map((f) => f.from.x))].sort((a, b) => a - b);
  const spans = pieces.flatMap((piece) => xs(piece).slice(1).map((x, i) => x - xs(piece)[i]));
  const front = pieces.flatMap((p) => p.panels).find((p) => p.role === "front")!.rect;
  const depths = spans.filter((span) => Math.abs(span - front.width) > 1e-6);
  // Each lid has two folds as wide as the front: where it hinges and where its tuck flap bends.
  const lidDepths = pieces.flatMap((piece) => {
    const ys = piece.folds.filter((f) => f.from.y === f.to.y && Math.abs(f.to.x - f.from.x - front.width) < 1e-9).map((f) => f.from.y).sort((a, b) => a - b);
    return ys.length === 4 ? [ys[1] - ys[0], ys[3] - ys[2]] : [ys[1] - ys[0]];
  });
  return {
    width: front.width - 2 * paper,
    height: Math.abs(verticals[0].to.y - verticals[0].from.y) - 2 * paper,
    depths: depths.map((d) => d - 2 * paper),
    lidDepths: lidDepths.map((d) => d - 2 * paper),
  };
}

describe("the tuck box holds the deck", () => {
  it("folds into a box at least the card plus clearance across and tall, and count × thickness + clearance deep (± 0.1 mm), for poker and tarot, 20–200 cards, every stock", () => {
    let checked = 0;
    for (const card of sizes) {
      for (const stock of stockIds) {
        for (const cards of counts) {
          const size = boxSize({ card, cards, stock });
          const paper = stocks[stock].thicknessMm;
          for (const split of [false, true]) {
            const box = folded(boxNet(size, split), paper);
            const what = `${card.id} ${stock} ${cards}${split ? " split" : ""}`;
            expect(box.width, what).toBeGreaterThanOrEqual(card.widthMm + boxClearanceMm.width - 1e-9);
            expect(box.height, what).toBeGreaterThanOrEqual(card.heightMm + boxClearanceMm.height - 1e-9);
            expect(box.depths, what).toHaveLength(2);
            expect(box.lidDepths, what).toHaveLength(2);
            for (const depth of [...box.depths, ...box.lidDepths]) expect(Math.abs(depth - (cards * paper + boxClearanceMm.depth)), what).toBeLessThanOrEqual(0.1);
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(2 * 3 * 181 * 2);
  });

  it("counts fold-over cards twice: a 63-card fold-over deck on 200 g/m² needs a box 63 × 2 × 0.25 mm + 2 mm deep", () => {
    const size = boxSize({ card: cardSizes.poker, cards: 63, stock: "card-200", layers: 2 });
    expect(folded(boxNet(size), 0.25).depths[0]).toBeCloseTo(63 * 2 * 0.25 + 2, 6);
  });
});

describe("the net", () => {
  const standard = boxSize({ card: cardSizes.poker, cards: 63, stock: "card-200" });

  it("has every fold line end on the cut line and run inside it", () => {
    for (const card of sizes) {
      for (const cards of [20, 63, 200]) {
        for (const split of [false, true]) {
          for (const piece of boxNet(boxSize({ card, cards, stock: "card-300" }), split)) {
            expect(piece.folds.length).toBeGreaterThan(0);
            for (const fold of piece.folds) {
              expect(onOutline(fold.from, piece.outline), `${card.id} ${cards}`).toBe(true);
              expect(onOutline(fold.to, piece.outline), `${card.id} ${cards}`).toBe(true);
              expect(inside({ x: (fold.from.x + fold.to.x) / 2, y: (fold.from.y + fold.to.y) / 2 }, piece.outline)).toBe(true);
            }
          }
        }
      }
    }
  });

  it("has a glue flap, a tuck flap on each lid narrower than the box, a thumb notch in the front, and a glue tab when split", () => {
    const [whole] = boxNet(standard);
    expect(whole.panels.map((p) => p.role)).toEqual(["glue", "side", "front", "side", "back"]);
    const front = whole.panels.find((p) => p.role === "front")!.rect;
    // The notch: outline points below the front's top edge, inside its width.
    const notch = whole.outline.filter((p) => p.y > front.y + 1 && p.y < front.y + front.height / 2 && p.x > front.x && p.x < front.x + front.width);
    expect(Math.max(...notch.map((p) => p.y)) - front.y).toBeCloseTo(standard.notchMm, 6);
    // The tuck flaps' tips are the outline's highest and lowest points, inset from the lid's sides.
    const top = Math.min(...whole.outline.map((p) => p.y));
    const tip = whole.outline.filter((p) => Math.abs(p.y - top) < 1e-9);
    const back = whole.panels.find((p) => p.role === "back")!.rect;
    expect(Math.min(...tip.map((p) => p.x))).toBeGreaterThan(back.x);
    expect(Math.max(...tip.map((p) => p.x))).toBeLessThan(back.x + back.width);
    expect(boxNet(standard, true).map((piece) => piece.panels.map((p) => p.role))).toEqual([["glue", "side", "front"], ["tab", "side", "back"]]);
  });

  it("fits its page inside the 5 mm printable margin: portrait when it can, then landscape, split over two sheets only when neither fits", () => {
    for (const card of sizes) {
      for (const stock of stockIds) {
        for (const cards of counts) {
          for (const paper of Object.values(papers)) {
            const size = boxSize({ card, cards, stock });
            const sheets = boxSheets(size, paper);
            const [whole] = boxNet(size);
            const fitsWhole = ([w, h]: number[]) => whole.width <= w - 2 * printerMarginMm && whole.height <= h - 2 * printerMarginMm;
            const portraitFits = fitsWhole([paper.widthMm, paper.heightMm]);
            const landscapeFits = fitsWhole([paper.heightMm, paper.widthMm]);
            const expected = portraitFits ? "portrait" : landscapeFits ? "landscape" : "split";
            const found = sheets.length === 2 ? "split" : sheets[0].orientation;
            if (found !== expected) expect.fail(`${card.id} ${stock} ${cards} ${paper.id}: ${found}, expected ${expected}`);
            for (const sheet of sheets) {
              const xs = sheet.piece.outline.map((p) => sheet.at.x + p.x);
              const ys = sheet.piece.outline.map((p) => sheet.at.y + p.y);
              const clear = Math.min(Math.min(...xs), Math.min(...ys), sheet.page.width - Math.max(...xs), sheet.page.height - Math.max(...ys));
              if (clear < printerMarginMm - 1e-9) expect.fail(`${card.id} ${stock} ${cards} ${paper.id}: net ${clear.toFixed(2)} mm from the edge`);
            }
          }
        }
      }
    }
  });

  it("the standard deck's box fits one portrait sheet of Letter and of A4", () => {
    for (const paper of Object.values(papers)) {
      const sheets = boxSheets(standard, paper);
      expect(sheets.map((s) => s.orientation)).toEqual(["portrait"]);
    }
    expect(standard.inner).toEqual({ width: 65, height: 90.4, depth: 63 * 0.25 + 2 });
  });

  it("refuses a box too big even for two sheets, saying why", () => {
    const huge = boxSize({ card: cardSizes.tarot, cards: 200, stock: "card-300", layers: 2 });
    expect(() => boxSheets(huge, papers.a4)).toThrow(BoxTooBigError);
    expect(() => boxSheets(huge, papers.a4)).toThrow(/does not fit on 210 × 297 mm paper, even over two sheets/);
    expect(() => boxSize({ card: cardSizes.poker, cards: 0, stock: "paper" })).toThrow(/whole number of cards/);
  });

  it("gives a deck too thick for one box a box for as many cards as fit, and the whole deck when it fits", () => {
    const request = { card: cardSizes.poker, cards: 1000, stock: "card-200" as const };
    const held = boxedCards(request, "letter");
    expect(held).toBeGreaterThan(20);
    expect(held).toBeLessThan(1000);
    expect(() => boxSheets(boxSize({ ...request, cards: held }), papers.letter)).not.toThrow();
    expect(() => boxSheets(boxSize({ ...request, cards: held + 1 }), papers.letter)).toThrow(BoxTooBigError);
    expect(boxedCards({ ...request, cards: 63 }, "a4")).toBe(63);
  });
});

describe("renderTuckBox, for the deck maker", () => {
  it("makes the box for a chosen deck: its sheets, how to fold it, and what it holds; plain boxes without the name", async () => {
    const fonts = await readFontBytes();
    const updated = new Date(0);
    const small = await renderTuckBox({ brand: siteBrand, cards: 12, cardSize: "poker", stock: "paper", paper: "letter", fonts, updated });
    const [page] = await readPdf(small.bytes);
    expect(small.pages).toBe(1);
    expect(page.text).toContain("It holds 12 cards printed on plain paper");
    expect(page.text).toContain("Afterglow");
    const plain = await readPdf((await renderTuckBox({ brand: siteBrand, cards: 12, cardSize: "poker", stock: "paper", paper: "letter", plain: true, fonts, updated })).bytes);
    expect(plain[0].text).not.toMatch(/afterglow/i);
    const big = await renderTuckBox({ brand: siteBrand, cards: 300, cardSize: "tarot", stock: "card-300", paper: "a4", fonts, updated });
    expect(big.pages).toBe(2);
    const pages = await readPdf(big.bytes);
    expect(pages[0].text).toContain("sheet 1 of 2");
    expect(pages[1].text).toContain("sheet 2 of 2");
    expect(big.box.inner.depth).toBeCloseTo(300 * 0.33 + 2, 6);
    const again = await renderTuckBox({ brand: siteBrand, cards: 300, cardSize: "tarot", stock: "card-300", paper: "a4", fonts, updated });
    expect(Buffer.from(again.bytes).equals(Buffer.from(big.bytes))).toBe(true);
  });
});

describe("a tuck box for a chosen deck", () => {
  it("is sized by the renderer to the cards it is given, as the deck maker asks for it", async () => {
    const { deckFileById } = await import("./support/deck-brand.js");
    const { renderDeck } = await import("../scripts/deck/render.js");
    const { makeCards } = await import("../scripts/deck/synthetic-cards.js");
    const fonts = await readFontBytes();
    const text = async (count: number) => (await readPdf((await renderDeck(makeCards(count), fonts, deckFileById("tuck-box-letter"), { brand: siteBrand, updated: new Date(0) })).bytes)).map((page) => page.text).join(" ");
    const [few, many] = [await text(12), await text(90)];
    expect(few).toContain("It holds 12 cards");
    expect(many).toContain("It holds 90 cards");
    const depth = (words: string) => Number(/× ([\d.]+) mm\./.exec(words)![1]);
    expect(depth(many)).toBeGreaterThan(depth(few));
  });

  it("is sized for the stock and layers the reader says: folded over, the same choice needs twice the depth in cards", async () => {
    const { deckFileById } = await import("./support/deck-brand.js");
    const { renderDeck } = await import("../scripts/deck/render.js");
    const { makeCards } = await import("../scripts/deck/synthetic-cards.js");
    const fonts = await readFontBytes();
    const chosen = makeCards(40);
    const made = async (box: { stock?: "paper" | "card-200" | "card-300"; layers?: 1 | 2 }) => {
      const rendered = await renderDeck(chosen, fonts, deckFileById("tuck-box-letter"), { brand: siteBrand, updated: new Date(0), box });
      return { ...rendered.box!, text: (await readPdf(rendered.bytes)).map((page) => page.text).join(" ") };
    };
    const inCards = (made: { size: { inner: { depth: number } } }) => made.size.inner.depth - boxClearanceMm.depth;
    const [duplex, folded, plain] = [await made({}), await made({ layers: 2 }), await made({ stock: "paper", layers: 2 })];
    expect(duplex.cards).toBe(40);
    expect(inCards(duplex)).toBeCloseTo(40 * 0.25, 6);
    expect(inCards(folded)).toBeCloseTo(2 * inCards(duplex), 6);
    expect(folded.text).toContain("200 g/m² card, folded over");
    expect(inCards(plain)).toBeCloseTo(40 * 2 * 0.1, 6);
    expect(plain.text).toContain("plain paper");
  });
});

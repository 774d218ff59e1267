// Sheet geometry, computed without drawing: backs land on fronts, folds meet, bleed and margins hold.
import { describe, expect, it } from "vitest";
import { flipOnLongEdge, mm, reflectAcrossFold, toMm, type Rect } from "../scripts/deck/geometry.js";
import { deckFiles, siteBrand } from "./support/deck-brand.js";
import { cardSizeOf, cardsPerSheet, planDeck } from "../scripts/deck/plan-deck.js";
import { printerMarginMm, shopBleedMm } from "../scripts/deck/sizes.js";

const within = (a: number, b: number, toleranceMm = 0.1) => Math.abs(toMm(a - b)) <= toleranceMm;
const sameRect = (a: Rect, b: Rect) => within(a.x, b.x) && within(a.y, b.y) && within(a.width, b.width) && within(a.height, b.height);

const duplex = deckFiles.filter((l) => l.imposition.id === "home-duplex");
const foldOver = deckFiles.filter((l) => l.imposition.id === "fold-over");

describe("home duplex: every back lands behind its front after a flip on the long edge", () => {
  for (const layout of duplex) {
    it(`${layout.id}: each back, flipped, covers its front within 0.1 mm`, () => {
      const count = cardsPerSheet(layout) * 2 - 1; // a full sheet and a short one
      const pages = planDeck(layout, count);
      expect(pages).toHaveLength(4);
      for (let sheet = 0; sheet < pages.length; sheet += 2) {
        const [front, back] = [pages[sheet], pages[sheet + 1]];
        expect(back.backs.map((b) => b.card)).toEqual(front.fronts.map((f) => f.card));
        front.fronts.forEach((placed, i) => {
          const landed = flipOnLongEdge(back.backs[i].trim, back.size.width);
          expect(sameRect(landed, placed.trim), `card ${placed.card + 1}`).toBe(true);
        });
      }
    });

    it(`${layout.id}: the back offset moves every back by exactly the offset`, () => {
      const plain = planDeck(layout, cardsPerSheet(layout));
      const moved = planDeck(layout, cardsPerSheet(layout), { x: 1.5, y: -2 });
      plain[1].backs.forEach((back, i) => {
        expect(toMm(moved[1].backs[i].trim.x - back.trim.x)).toBeCloseTo(1.5, 6);
        expect(toMm(moved[1].backs[i].trim.y - back.trim.y)).toBeCloseTo(-2, 6);
      });
      // Fronts never move.
      expect(moved[0].fronts).toEqual(plain[0].fronts);
    });

    it(`${layout.id}: the back of column c sits in column (columns − 1 − c)`, () => {
      const [front, back] = planDeck(layout, cardsPerSheet(layout));
      const columnOf = (r: Rect, page: typeof front) => {
        const xs = [...new Set(page.fronts.map((f) => f.trim.x.toFixed(3)))].map(Number).sort((a, b) => a - b);
        return xs.findIndex((x) => within(x, r.x));
      };
      front.fronts.forEach((placed, i) => {
        expect(columnOf(back.backs[i].trim, front)).toBe(layout.columns - 1 - columnOf(placed.trim, front));
      });
    });

    it(`${layout.id}: the grid is centred and stays inside a ${printerMarginMm} mm printer margin`, () => {
      const [front] = planDeck(layout, cardsPerSheet(layout));
      const left = Math.min(...front.fronts.map((f) => f.trim.x));
      const right = front.size.width - Math.max(...front.fronts.map((f) => f.trim.x + f.trim.width));
      const top = Math.min(...front.fronts.map((f) => f.trim.y));
      const bottom = front.size.height - Math.max(...front.fronts.map((f) => f.trim.y + f.trim.height));
      expect(within(left, right, 0.01) && within(top, bottom, 0.01)).toBe(true);
      expect(toMm(Math.min(left, top))).toBeGreaterThanOrEqual(printerMarginMm);
    });

    it(`${layout.id}: crop marks print (inside the printer margin) and never touch a card`, () => {
      const [front] = planDeck(layout, cardsPerSheet(layout));
      expect(front.marks.length).toBeGreaterThan(0);
      const margin = mm(printerMarginMm) - 1e-6;
      for (const mark of front.marks) {
        for (const p of [mark.from, mark.to]) {
          expect(p.x).toBeGreaterThanOrEqual(margin);
          expect(p.y).toBeGreaterThanOrEqual(margin);
          expect(p.x).toBeLessThanOrEqual(front.size.width - margin);
          expect(p.y).toBeLessThanOrEqual(front.size.height - margin);
        }
        for (const card of front.fronts) {
          const inside = (p: { x: number; y: number }) =>
            p.x > card.trim.x + 0.01 && p.x < card.trim.x + card.trim.width - 0.01 && p.y > card.trim.y + 0.01 && p.y < card.trim.y + card.trim.height - 0.01;
          expect(inside(mark.from) || inside(mark.to)).toBe(false);
        }
      }
    });
  }

  it("every vertical and horizontal cut line has a mark on Letter and on A4", () => {
    for (const layout of duplex) {
      const [front] = planDeck(layout, cardsPerSheet(layout));
      const cutsX = new Set(front.fronts.flatMap((f) => [f.trim.x, f.trim.x + f.trim.width].map((v) => v.toFixed(2))));
      const cutsY = new Set(front.fronts.flatMap((f) => [f.trim.y, f.trim.y + f.trim.height].map((v) => v.toFixed(2))));
      const markedX = new Set(front.marks.filter((m) => m.from.x === m.to.x).map((m) => m.from.x.toFixed(2)));
      const markedY = new Set(front.marks.filter((m) => m.from.y === m.to.y).map((m) => m.from.y.toFixed(2)));
      expect([...cutsX].every((x) => markedX.has(x)), layout.id).toBe(true);
      expect([...cutsY].every((y) => markedY.has(y)), layout.id).toBe(true);
    }
  });

  it("Letter's 6.35 mm top and bottom margin: the grid is butted and still clears the 5 mm edge", () => {
    const letter = duplex.find((l) => l.id === "home-duplex-letter")!;
    const [front] = planDeck(letter, 9);
    expect(toMm(Math.min(...front.fronts.map((f) => f.trim.y)))).toBeCloseTo(6.35, 2);
  });

  it("printed backs run past the trim (bleed) so a little drift shows no paper edge; ink-saver backs are white", () => {
    for (const layout of duplex) {
      if (layout.ink === "saver") {
        expect(layout.backBleedMm, layout.id).toBe(0);
        continue;
      }
      const [, back] = planDeck(layout, 1);
      const { trim, paint } = back.backs[0];
      expect(toMm(trim.x - paint.x)).toBeCloseTo(layout.backBleedMm, 6);
      expect(layout.backBleedMm).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("fold-over: backs meet their fronts across the fold", () => {
  for (const layout of foldOver) {
    it(`${layout.id}: folding the sheet puts each back exactly behind its front, turned 180°`, () => {
      const [page] = planDeck(layout, layout.columns);
      expect(page.foldLine).toBeDefined();
      const foldY = page.foldLine!.from.y;
      expect(within(foldY, page.size.height / 2, 0.01)).toBe(true);
      expect(page.fronts).toHaveLength(layout.columns);
      page.fronts.forEach((front, i) => {
        const back = page.backs[i];
        expect(back.card).toBe(front.card);
        expect(back.rotation).toBe(180);
        expect(sameRect(reflectAcrossFold(back.trim, foldY), front.trim)).toBe(true);
        expect(front.trim.y + front.trim.height).toBeLessThan(foldY);
        expect(back.trim.y).toBeGreaterThan(foldY);
        // The fold stays at least 5 mm from any bleed.
        expect(toMm(back.paint.y - foldY)).toBeGreaterThanOrEqual(5 - 1e-9);
      });
    });
  }
});

describe("print shop: one card per page at trim plus bleed", () => {
  const shop = deckFiles.find((l) => l.imposition.id === "print-shop")!;
  it("each page measures trim + 3.175 mm bleed on every side, with the trim box inset by the bleed", () => {
    const pages = planDeck(shop, 3);
    const card = cardSizeOf(shop.cardSize);
    expect(pages).toHaveLength(6);
    for (const page of pages) {
      expect(toMm(page.size.width)).toBeCloseTo(63.5 + 2 * shopBleedMm, 6);
      expect(toMm(page.size.height)).toBeCloseTo(88.9 + 2 * shopBleedMm, 6);
      expect(page.bleedBox).toEqual({ x: 0, y: 0, ...page.size });
      expect(toMm(page.trimBox!.x)).toBeCloseTo(shopBleedMm, 6);
      expect(page.trimBox!.width).toBeCloseTo(card.width, 6);
    }
  });
  it("pages go front 1, back 1, front 2, back 2 …", () => {
    const order = planDeck(shop, 3).map((p) => (p.fronts.length ? `front ${p.fronts[0].card + 1}` : `back ${p.backs[0].card + 1}`));
    expect(order).toEqual(["front 1", "back 1", "front 2", "back 2", "front 3", "back 3"]);
  });
});

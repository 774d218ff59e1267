// Guides that survive the first cut: every cut line on a home sheet runs out to the printable edge, never over a card;
// and the corner-radius guide appears only when asked for.
import { describe, expect, it } from "vitest";
import { readFontBytes } from "../scripts/fonts/fonts.js";
import { bleedRect, mm, segmentTouchesRect, toMm, type Segment } from "../scripts/deck/geometry.js";
import { deckFiles, siteBrand } from "./support/deck-brand.js";
import { cornerArcs } from "../scripts/deck/guides.js";
import { cardsPerSheet, planDeck } from "../scripts/deck/plan-deck.js";
import { cornerGuideRadiusMm, renderDeck } from "../scripts/deck/render.js";
import { printerMarginMm } from "../scripts/deck/sizes.js";
import { makeCards } from "../scripts/deck/synthetic-cards.js";
import { pageContents } from "./support/pdf.js";

const home = deckFiles.filter((file) => file.imposition.marks);
const edge = mm(printerMarginMm);
const vertical = (s: Segment) => Math.abs(s.from.x - s.to.x) < 1e-9;

describe.each(home.map((file) => [file.id, file] as const))("%s", (_id, file) => {
  const [page] = planDeck(file, cardsPerSheet(file));
  const guides = page.guides ?? [];
  const cards = [...page.fronts.map((f) => f.paint), ...page.backs.map((b) => b.paint)];

  it("never crosses a card or its bleed", () => {
    for (const guide of [...guides, ...page.marks]) {
      for (const card of cards) expect(segmentTouchesRect(guide, bleedRect(card, -0.01))).toBe(false);
    }
  });

  it("carries each cut line from its crop mark on to the printable edge, 5 mm from the paper's edge", () => {
    for (const guide of guides) {
      const mark = page.marks.find((m) => Math.abs(m.to.x - guide.from.x) < 1e-9 && Math.abs(m.to.y - guide.from.y) < 1e-9);
      expect(mark, "a guide continues a crop mark").toBeDefined();
      expect(vertical(mark!)).toBe(vertical(guide));
      const end = vertical(guide) ? guide.to.y : guide.to.x;
      const limit = vertical(guide) ? page.size.height : page.size.width;
      expect(Math.min(Math.abs(end - edge), Math.abs(end - (limit - edge)))).toBeLessThan(1e-9);
    }
  });

  // Fold-over sheets are cut folded, through both layers: their vertical lines run from the top edge to the fold.
  const ends = file.imposition.backs === "across-fold" ? [true] : [true, false];
  it(`leaves every cut line, at ${ends.length === 2 ? "both ends" : "its outer end"}, reaching to within 0.5 mm of the printable edge`, () => {
    const lines = [...page.marks, ...guides];
    const reach = (s: Segment) => (vertical(s) ? Math.min(s.from.y, s.to.y, page.size.height - Math.max(s.from.y, s.to.y)) : Math.min(s.from.x, s.to.x, page.size.width - Math.max(s.from.x, s.to.x)));
    const trims = page.fronts.map((f) => f.trim);
    const xs = new Set(trims.flatMap((t) => [t.x, t.x + t.width].map((v) => v.toFixed(2))));
    const ys = new Set(trims.flatMap((t) => [t.y, t.y + t.height].map((v) => v.toFixed(2))));
    for (const x of xs) {
      const along = lines.filter((l) => vertical(l) && l.from.x.toFixed(2) === x);
      for (const top of ends) {
        const end = along.filter((l) => (top ? l.from.y < page.size.height / 2 : l.from.y > page.size.height / 2));
        expect(toMm(Math.min(...end.map(reach)) - edge), `x ${x} ${top ? "top" : "bottom"}`).toBeLessThanOrEqual(0.5);
      }
    }
    for (const y of ys) {
      const along = lines.filter((l) => !vertical(l) && l.from.y.toFixed(2) === y);
      for (const left of [true, false]) {
        const end = along.filter((l) => (left ? l.from.x < page.size.width / 2 : l.from.x > page.size.width / 2));
        expect(toMm(Math.min(...end.map(reach)) - edge), `y ${y} ${left ? "left" : "right"}`).toBeLessThanOrEqual(0.5);
      }
    }
  });
});

describe("edge guides where the margin is wide", () => {
  it("A4's 15 mm top and bottom margins get guides on every vertical cut line", () => {
    const [page] = planDeck(deckFiles.find((f) => f.id === "home-duplex-a4")!, 9);
    expect(page.guides!.filter(vertical)).toHaveLength(8); // four vertical cut lines, top and bottom
  });
});

describe("corner-radius guide", () => {
  it("is off by default and, when asked for, draws a quarter circle of 3 mm in each corner of every front", async () => {
    const file = deckFiles.find((f) => f.id === "home-duplex-letter")!;
    const fonts = await readFontBytes();
    const render = async (cornerGuides?: boolean) => pageContents((await renderDeck(makeCards(9), fonts, file, { brand: siteBrand, updated: new Date(0), cornerGuides })).bytes)[0];
    const curves = (content: string) => (content.match(/ c\n/g) ?? []).length;
    expect(await render()).toBe(await render(false));
    expect(curves(await render(true)) - curves(await render())).toBe(4 * 9);
    // Each arc starts and ends on the trim's edges, 3 mm from the corner.
    const trim = planDeck(file, 1)[0].fronts[0].trim;
    for (const arc of cornerArcs(trim, mm(cornerGuideRadiusMm))) {
      for (const angle of [arc.from, arc.to]) {
        const x = arc.centre.x + arc.radius * Math.cos(angle);
        const y = arc.centre.y + arc.radius * Math.sin(angle);
        const onEdge = [Math.abs(x - trim.x), Math.abs(x - trim.x - trim.width), Math.abs(y - trim.y), Math.abs(y - trim.y - trim.height)].some((d) => d < 1e-9);
        expect(onEdge).toBe(true);
      }
    }
  });
});

// Cutting-machine sheets: the SVG cut file traces each card where the PDF prints it, and the registration marks sit where the machine looks.
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent, type Card } from "../scripts/content/index.js";
import { readFontBytes, type FontBytes } from "../scripts/fonts/fonts.js";
import { cutLinesSvg, registrationClearMm, registrationMarks } from "../scripts/deck/cutter.js";
import { cutFilesOf, type DeckFile } from "../scripts/deck/deck-files.js";
import { deckFiles, siteBrand } from "./support/deck-brand.js";
import { mm, toMm, type Rect } from "../scripts/deck/geometry.js";
import { cardSizeOf, cardsPerSheet, planDeck } from "../scripts/deck/plan-deck.js";
import { composeFaces, renderDeck } from "../scripts/deck/render.js";
import { deckFonts, measurerFor } from "../scripts/deck/text-measurer.js";
import { pageContents, readPdf, type PdfPage } from "./support/pdf.js";
import { rectangles } from "./support/pdf-paths.js";

const cutters = deckFiles.filter((file) => file.imposition.registration);
let cards: Card[];
let fonts: FontBytes;
const rendered = new Map<string, { bytes: Uint8Array; pages: PdfPage[] }>();

beforeAll(async () => {
  cards = (await loadContent({ root: process.cwd() })).cards;
  fonts = await readFontBytes();
  for (const file of cutters) {
    const { bytes } = await renderDeck(cards, fonts, file, { brand: siteBrand, updated: new Date(0) });
    rendered.set(file.id, { bytes, pages: await readPdf(bytes) });
  }
});

/** The rectangles of an SVG cut file, in millimetres, with their corner radius. */
function svgRects(svg: string) {
  return [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"(?: rx="([\d.]+)")?/g)].map((m) => ({
    x: +m[1], y: +m[2], width: +m[3], height: +m[4], rx: m[5] ? +m[5] : 0,
  }));
}

function cutFile(file: DeckFile, radiusMm: number): string {
  const [front] = planDeck(file, cardsPerSheet(file));
  return cutLinesSvg({ page: front.size, trims: front.fronts.map((f) => f.trim), radiusMm, title: "t" });
}

/**
 * Where the PDF printed each card of the first sheet, found from the card's title as pdf.js reads it:
 * the title's first line starts at (inset, first baseline) in the card's own frame, and the card is
 * turned 90° clockwise, so that point sits at (right − baseline, top + inset) on the page.
 */
function printedCards(file: DeckFile, page: PdfPage): Rect[] {
  const faces = composeFaces(cards, file.cardSize, measurerFor(deckFonts(fonts)), siteBrand.faceLabels);
  const card = cardSizeOf(file.cardSize);
  return faces.slice(0, cardsPerSheet(file)).map((face) => {
    const line = face.title.lines[0].trim();
    const item = page.items.find((i) => i.str.trim() === line);
    if (!item) throw new Error(`title line "${line}" not found on the page`);
    return { x: item.x + face.title.baselines[0] - card.height, y: item.y - face.design.inset, width: card.height, height: card.width };
  });
}

describe.each(cutters.map((file) => [file.id, file] as const))("%s", (_id, file) => {
  it("writes two cut files, square and with 3 mm rounded corners, on a viewBox the size of the paper in mm", () => {
    expect(cutFilesOf(file).map((cut) => cut.radiusMm)).toEqual([0, 3]);
    const [front] = planDeck(file, 1);
    const square = cutFile(file, 0);
    const rounded = cutFile(file, 3);
    expect(square).toContain(`viewBox="0 0 ${+toMm(front.size.width).toFixed(3)} ${+toMm(front.size.height).toFixed(3)}"`);
    expect(square).toContain(`width="${+toMm(front.size.width).toFixed(3)}mm"`);
    expect(svgRects(square).every((r) => r.rx === 0)).toBe(true);
    expect(svgRects(rounded).every((r) => r.rx === 3)).toBe(true);
    expect(svgRects(rounded)).toHaveLength(8);
  });

  it("traces every card of a sheet within 0.1 mm of where the PDF prints it", () => {
    const outlines = svgRects(cutFile(file, 3));
    const printed = printedCards(file, rendered.get(file.id)!.pages[0]);
    expect(printed).toHaveLength(outlines.length);
    for (const card of printed) {
      const inMm = { x: toMm(card.x), y: toMm(card.y), width: toMm(card.width), height: toMm(card.height) };
      const nearest = Math.min(...outlines.map((o) => Math.max(Math.abs(o.x - inMm.x), Math.abs(o.y - inMm.y), Math.abs(o.width - inMm.width), Math.abs(o.height - inMm.height))));
      expect(nearest).toBeLessThanOrEqual(0.1);
    }
  });

  it("prints the registration marks on the front pages only: a 5 mm square at 10 mm from the top left, 5 × 1 mm L-shapes in the other corners", () => {
    const { bytes, pages } = rendered.get(file.id)!;
    const [front] = planDeck(file, 1);
    const expected = registrationMarks(front.size);
    const contents = pageContents(bytes);
    const found = (content: string) => rectangles(content).filter((r) => expected.some((e) => Math.abs(e.x - r.x) < 0.01 && Math.abs(e.y - r.y) < 0.01 && Math.abs(e.width - r.width) < 0.01 && Math.abs(e.height - r.height) < 0.01));
    contents.forEach((content, i) => expect(found(content).length, `page ${i + 1}`).toBe(i % 2 === 0 ? expected.length : 0));
    const [square, ...arms] = expected;
    expect([square.x, square.y, square.width, square.height].map((v) => +toMm(v).toFixed(6))).toEqual([10, 10, 5, 5]);
    // Each L's outer corner sits 10 mm in from its two edges, its arms 5 mm long and 1 mm thick.
    const { width, height } = pages[0];
    const corners = [[width - mm(10), mm(10)], [mm(10), height - mm(10)], [width - mm(10), height - mm(10)]];
    corners.forEach(([cx, cy], i) => {
      const [along, across] = arms.slice(2 * i, 2 * i + 2);
      expect(toMm(along.width)).toBeCloseTo(5, 6);
      expect(toMm(along.height)).toBeCloseTo(1, 6);
      expect(toMm(across.width)).toBeCloseTo(1, 6);
      expect(toMm(across.height)).toBeCloseTo(5, 6);
      for (const arm of [along, across]) {
        expect(Math.min(Math.abs(arm.x - cx), Math.abs(arm.x + arm.width - cx))).toBeLessThan(1e-6);
        expect(Math.min(Math.abs(arm.y - cy), Math.abs(arm.y + arm.height - cy))).toBeLessThan(1e-6);
      }
    });
  });

  it(`keeps every card and its bleed ${registrationClearMm} mm clear of the marks, with at most 0.625 mm bleed and 1.25 mm between cards`, () => {
    const [front, back] = planDeck(file, cardsPerSheet(file));
    const marks = registrationMarks(front.size);
    const gap = (a: Rect, b: Rect) => Math.max(a.x - (b.x + b.width), b.x - (a.x + a.width), a.y - (b.y + b.height), b.y - (a.y + a.height));
    for (const card of [...front.fronts.map((f) => f.paint), ...back.backs.map((b) => b.paint)]) {
      for (const mark of marks) expect(toMm(gap(card, mark))).toBeGreaterThanOrEqual(registrationClearMm);
    }
    for (const b of back.backs) expect(toMm(b.trim.x - b.paint.x)).toBeLessThanOrEqual(0.625 + 1e-9);
  });
});

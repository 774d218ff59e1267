// Pure page plans: for a layout and a number of cards, every page's size, boxes, card slots, marks and fold line.
import {
  bleedRect, centredGrid, cropMarks, foldOverPair, mirroredBackColumn, mm, noOffset, offsetRect, slotRect,
  type Offset, type Rect, type Segment, type Size,
} from "./geometry.js";
import type { Layout } from "./layouts.js";
import { cardSizes, papers, printerMarginMm } from "./sizes.js";

export interface PlacedCard {
  /** Index into the deck's cards. */
  card: number;
  /** Where the card is cut. */
  trim: Rect;
  /** What gets painted: the trim plus bleed. */
  paint: Rect;
  /** Backs below a fold are turned 180° about their centre. */
  rotation: 0 | 180;
}

export interface PagePlan {
  size: Size;
  fronts: PlacedCard[];
  backs: PlacedCard[];
  marks: Segment[];
  foldLine?: Segment;
  /** Print-shop pages: the cut and the bleed, for the page dictionary. */
  trimBox?: Rect;
  bleedBox?: Rect;
}

export const cropMarkRule = { offset: mm(2), length: mm(4), printerMargin: mm(printerMarginMm) };

export function cardSizeOf(layout: Layout): Size {
  const size = cardSizes[layout.cardSize];
  return { width: mm(size.widthMm), height: mm(size.heightMm) };
}

export function pageSizeOf(layout: Layout): Size {
  if (layout.paper) return { width: mm(papers[layout.paper].widthMm), height: mm(papers[layout.paper].heightMm) };
  const card = cardSizeOf(layout);
  const bleed = mm(layout.frontBleedMm);
  return { width: card.width + 2 * bleed, height: card.height + 2 * bleed };
}

export function cardsPerSheet(layout: Layout): number {
  return layout.columns * layout.rows;
}

/** Every page of a layout for `cardCount` cards, with the back offset (mm) applied to duplex backs. */
export function planDeck(layout: Layout, cardCount: number, backOffset: Offset = noOffset): PagePlan[] {
  switch (layout.style) {
    case "home-duplex":
      return planDuplex(layout, cardCount, backOffset);
    case "fold-over":
      return planFoldOver(layout, cardCount);
    case "print-shop":
    case "screen":
      return planOnePerPage(layout, cardCount);
    case "calibration": {
      const size = pageSizeOf(layout);
      return [0, 1].map(() => ({ size, fronts: [], backs: [], marks: [] }));
    }
  }
}

function planDuplex(layout: Layout, cardCount: number, backOffset: Offset): PagePlan[] {
  const page = pageSizeOf(layout);
  const card = cardSizeOf(layout);
  const gap = mm(layout.gapMm);
  const grid = centredGrid(page, card, layout.columns, layout.rows, gap);
  const perSheet = cardsPerSheet(layout);
  const pages: PagePlan[] = [];
  for (let first = 0; first < cardCount; first += perSheet) {
    const fronts: PlacedCard[] = [];
    const backs: PlacedCard[] = [];
    for (let slot = 0; slot < perSheet && first + slot < cardCount; slot++) {
      const column = slot % layout.columns;
      const row = Math.floor(slot / layout.columns);
      const trim = slotRect(grid, card, gap, column, row);
      fronts.push({ card: first + slot, trim, paint: trim, rotation: 0 });
      const backTrim = offsetRect(slotRect(grid, card, gap, mirroredBackColumn(layout.columns, column), row), backOffset);
      backs.push({ card: first + slot, trim: backTrim, paint: bleedRect(backTrim, mm(layout.backBleedMm)), rotation: 0 });
    }
    // Marks for the full grid even on a short last sheet, so every sheet is cut the same way.
    const allSlots = Array.from({ length: perSheet }, (_, slot) =>
      slotRect(grid, card, gap, slot % layout.columns, Math.floor(slot / layout.columns)),
    );
    const marks = layout.marks ? cropMarks(allSlots, page, cropMarkRule) : [];
    pages.push({ size: page, fronts, backs: [], marks });
    pages.push({ size: page, fronts: [], backs, marks: [] });
  }
  return pages;
}

function planFoldOver(layout: Layout, cardCount: number): PagePlan[] {
  const page = pageSizeOf(layout);
  const card = cardSizeOf(layout);
  const perSheet = layout.columns;
  const pages: PagePlan[] = [];
  const margin = mm(printerMarginMm);
  for (let first = 0; first < cardCount; first += perSheet) {
    const fronts: PlacedCard[] = [];
    const backs: PlacedCard[] = [];
    const allFronts: Rect[] = [];
    const allBackPaint: Rect[] = [];
    let foldY = page.height / 2;
    for (let column = 0; column < perSheet; column++) {
      const pair = foldOverPair(page, card, layout.columns, mm(layout.gapMm), mm(layout.foldGapMm), column);
      foldY = pair.foldY;
      const backPaint = bleedRect(pair.back, mm(layout.backBleedMm));
      allFronts.push(pair.front);
      allBackPaint.push(backPaint);
      if (first + column >= cardCount) continue;
      fronts.push({ card: first + column, trim: pair.front, paint: pair.front, rotation: 0 });
      backs.push({ card: first + column, trim: pair.back, paint: backPaint, rotation: pair.backRotation });
    }
    const marks = layout.marks ? cropMarks(allFronts, page, cropMarkRule, [...allFronts, ...allBackPaint]) : [];
    const foldLine = { from: { x: margin, y: foldY }, to: { x: page.width - margin, y: foldY } };
    pages.push({ size: page, fronts, backs, marks, foldLine });
  }
  return pages;
}

function planOnePerPage(layout: Layout, cardCount: number): PagePlan[] {
  const size = pageSizeOf(layout);
  const card = cardSizeOf(layout);
  const bleed = mm(layout.frontBleedMm);
  const trim: Rect = { x: bleed, y: bleed, width: card.width, height: card.height };
  const paint: Rect = { x: 0, y: 0, ...size };
  const boxes = layout.frontBleedMm > 0 ? { trimBox: trim, bleedBox: paint } : {};
  const pages: PagePlan[] = [];
  for (let index = 0; index < cardCount; index++) {
    pages.push({ size, fronts: [{ card: index, trim, paint, rotation: 0 }], backs: [], marks: [], ...boxes });
    if (layout.backs === "after-each-front") {
      pages.push({ size, fronts: [], backs: [{ card: index, trim, paint, rotation: 0 }], marks: [], ...boxes });
    }
  }
  return pages;
}

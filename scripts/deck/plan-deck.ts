// Pure page plans: for a file and a number of cards, every page's size, boxes, card slots, marks and fold line.
import {
  bleedRect, centredGrid, cropMarks, foldOverPair, mirroredBackColumn, mm, noOffset, offsetRect, slotRect,
  type Offset, type Rect, type Segment, type Size,
} from "./geometry.js";
import { registrationMarks } from "./cutter.js";
import type { DeckFile } from "./deck-file.js";
import { edgeGuides, uprightSize, type Turn } from "./guides.js";
import type { PagePlan, PlacedCard } from "./page-plan.js";
import { cardSizes, papers, printerMarginMm, type CardSizeId } from "./sizes.js";
import { boxedCards, planBox } from "./tuck-box-plan.js";

export type { BoxPage, PagePlan, PlacedCard } from "./page-plan.js";

export const cropMarkRule = { offset: mm(2), length: mm(4), printerMargin: mm(printerMarginMm) };

/** Crop marks carried on to the printable edge, where at least 0.5 mm of margin is left beyond them. */
function guidesFor(marks: Segment[], page: Size, keepClear: Rect[]): Segment[] {
  return edgeGuides(marks, page, { printerMargin: cropMarkRule.printerMargin, keepClear, minLength: mm(0.5) });
}

export function cardSizeOf(cardSize: CardSizeId): Size {
  const size = cardSizes[cardSize];
  return { width: mm(size.widthMm), height: mm(size.heightMm) };
}

export function pageSizeOf(file: DeckFile): Size {
  if (file.paper) return { width: mm(papers[file.paper].widthMm), height: mm(papers[file.paper].heightMm) };
  const card = cardSizeOf(file.cardSize);
  const bleed = mm(file.frontBleedMm);
  return { width: card.width + 2 * bleed, height: card.height + 2 * bleed };
}

export function cardsPerSheet(file: DeckFile): number {
  return file.columns * file.rows;
}

/** Every page of a file for `cardCount` cards, with the back offset (mm) applied to duplex backs. */
export function planDeck(file: DeckFile, cardCount: number, backOffset: Offset = noOffset): PagePlan[] {
  switch (file.imposition.id) {
    case "home-duplex":
    case "cutting-machine":
      return planDuplex(file, cardCount, backOffset);
    case "tuck-box": {
      // A deck too thick for one box gets a box for as many cards as one holds.
      const request = { card: cardSizes[file.cardSize], cards: Math.max(1, cardCount), stock: file.stock };
      return planBox({ ...request, cards: boxedCards(request, file.paper ?? "letter") }, file.paper ?? "letter");
    }
    case "fold-over":
      return planFoldOver(file, cardCount);
    case "print-shop":
    case "screen":
      return planOnePerPage(file, cardCount);
    case "calibration": {
      const size = pageSizeOf(file);
      return [0, 1].map(() => ({ size, fronts: [], backs: [], marks: [] }));
    }
  }
}

/**
 * Fronts, then their backs mirrored for a long-edge flip. Cards turned a quarter (cutter sheets) have
 * their backs turned the other way, so that each back is upright when its card is turned over sideways.
 */
function planDuplex(file: DeckFile, cardCount: number, backOffset: Offset): PagePlan[] {
  const page = pageSizeOf(file);
  const card = uprightSize(cardSizeOf(file.cardSize), file.turn);
  const backTurn = ((360 - file.turn) % 360) as Turn;
  const gap = mm(file.gapMm);
  const grid = centredGrid(page, { card, columns: file.columns, rows: file.rows, gap });
  const perSheet = cardsPerSheet(file);
  const pages: PagePlan[] = [];
  for (let first = 0; first < cardCount; first += perSheet) {
    const fronts: PlacedCard[] = [];
    const backs: PlacedCard[] = [];
    for (let slot = 0; slot < perSheet && first + slot < cardCount; slot++) {
      const column = slot % file.columns;
      const row = Math.floor(slot / file.columns);
      const trim = slotRect(grid, column, row);
      fronts.push({ card: first + slot, trim, paint: trim, rotation: file.turn });
      const backTrim = offsetRect(slotRect(grid, mirroredBackColumn(file.columns, column), row), backOffset);
      backs.push({ card: first + slot, trim: backTrim, paint: bleedRect(backTrim, mm(file.backBleedMm)), rotation: backTurn });
    }
    // Marks for the full grid even on a short last sheet, so every sheet is cut the same way.
    const allSlots = Array.from({ length: perSheet }, (_, slot) =>
      slotRect(grid, slot % file.columns, Math.floor(slot / file.columns)),
    );
    const marks = file.imposition.marks ? cropMarks(allSlots, page, cropMarkRule) : [];
    const guides = guidesFor(marks, page, allSlots);
    const registration = file.imposition.registration ? { registration: registrationMarks(page) } : {};
    pages.push({ size: page, fronts, backs: [], marks, guides, ...registration });
    pages.push({ size: page, fronts: [], backs, marks: [] });
  }
  return pages;
}

function planFoldOver(file: DeckFile, cardCount: number): PagePlan[] {
  const page = pageSizeOf(file);
  const card = cardSizeOf(file.cardSize);
  const perSheet = file.columns;
  const pages: PagePlan[] = [];
  const margin = mm(printerMarginMm);
  for (let first = 0; first < cardCount; first += perSheet) {
    const fronts: PlacedCard[] = [];
    const backs: PlacedCard[] = [];
    const allFronts: Rect[] = [];
    const allBackPaint: Rect[] = [];
    let foldY = page.height / 2;
    for (let column = 0; column < perSheet; column++) {
      const pair = foldOverPair(page, { card, columns: file.columns, gap: mm(file.gapMm), foldGap: mm(file.foldGapMm) }, column);
      foldY = pair.foldY;
      const backPaint = bleedRect(pair.back, mm(file.backBleedMm));
      allFronts.push(pair.front);
      allBackPaint.push(backPaint);
      if (first + column >= cardCount) continue;
      fronts.push({ card: first + column, trim: pair.front, paint: pair.front, rotation: 0 });
      backs.push({ card: first + column, trim: pair.back, paint: backPaint, rotation: pair.backRotation });
    }
    const keepClear = [...allFronts, ...allBackPaint];
    const marks = file.imposition.marks ? cropMarks(allFronts, page, cropMarkRule, keepClear) : [];
    const foldLine = { from: { x: margin, y: foldY }, to: { x: page.width - margin, y: foldY } };
    pages.push({ size: page, fronts, backs, marks, guides: guidesFor(marks, page, keepClear), foldLine });
  }
  return pages;
}

function planOnePerPage(file: DeckFile, cardCount: number): PagePlan[] {
  const size = pageSizeOf(file);
  const card = cardSizeOf(file.cardSize);
  const bleed = mm(file.frontBleedMm);
  const trim: Rect = { x: bleed, y: bleed, width: card.width, height: card.height };
  const paint: Rect = { x: 0, y: 0, ...size };
  const boxes = file.frontBleedMm > 0 ? { trimBox: trim, bleedBox: paint } : {};
  const pages: PagePlan[] = [];
  for (let index = 0; index < cardCount; index++) {
    pages.push({ size, fronts: [{ card: index, trim, paint, rotation: 0 }], backs: [], marks: [], ...boxes });
    if (file.imposition.backs === "after-each-front") {
      pages.push({ size, fronts: [], backs: [{ card: index, trim, paint, rotation: 0 }], marks: [], ...boxes });
    }
  }
  return pages;
}

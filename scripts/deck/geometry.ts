// Pure sheet arithmetic in points (y grows downward, as in pdfkit): grids, mirrored backs, bleed, folds, crop marks.

export const pointsPerMm = 72 / 25.4;
export const mm = (millimetres: number): number => millimetres * pointsPerMm;
export const toMm = (points: number): number => points / pointsPerMm;

export interface Size {
  width: number;
  height: number;
}
export interface Rect extends Size {
  x: number;
  y: number;
}
export interface Point {
  x: number;
  y: number;
}
export interface Segment {
  from: Point;
  to: Point;
}
/** A back offset in millimetres: +x moves backs right and +y moves them down, as seen on the back side. */
export interface Offset {
  x: number;
  y: number;
}

export const noOffset: Offset = { x: 0, y: 0 };

/** What the calibration sheet's scales can measure: offsets up to ±maxMm, read in steps of stepMm. */
export const backOffsetScale = { maxMm: 6, stepMm: 0.5 } as const;

/** How cards are laid in rows and columns: their size, how many, and the gap between them (points). */
export interface GridSpec {
  card: Size;
  columns: number;
  rows: number;
  gap: number;
}

/** A grid placed on a page: the spec and the rectangle it covers. */
export interface PlacedGrid extends GridSpec {
  bounds: Rect;
}

/** A columns × rows grid of cards with gaps, centred on the page. */
export function centredGrid(page: Size, spec: GridSpec): PlacedGrid {
  const width = spec.columns * spec.card.width + (spec.columns - 1) * spec.gap;
  const height = spec.rows * spec.card.height + (spec.rows - 1) * spec.gap;
  return { ...spec, bounds: { x: (page.width - width) / 2, y: (page.height - height) / 2, width, height } };
}

/** The trim rectangle of the card in a grid slot. */
export function slotRect(grid: PlacedGrid, column: number, row: number): Rect {
  const { bounds, card, gap } = grid;
  return { x: bounds.x + column * (card.width + gap), y: bounds.y + row * (card.height + gap), width: card.width, height: card.height };
}

/** Flipping a portrait sheet on its long edge sends column c to column (columns − 1 − c), same row. */
export function mirroredBackColumn(columns: number, column: number): number {
  return columns - 1 - column;
}

/** Where a rectangle on one side of a sheet lands on the other side after a flip on the long (vertical) edge. */
export function flipOnLongEdge(rect: Rect, pageWidth: number): Rect {
  return { ...rect, x: pageWidth - rect.x - rect.width };
}

/** Moves a rectangle by a back offset given in millimetres. */
export function offsetRect(rect: Rect, offset: Offset): Rect {
  return { ...rect, x: rect.x + mm(offset.x), y: rect.y + mm(offset.y) };
}

/** The rectangle grown by `bleed` points on every side. */
export function bleedRect(rect: Rect, bleed: number): Rect {
  return { x: rect.x - bleed, y: rect.y - bleed, width: rect.width + 2 * bleed, height: rect.height + 2 * bleed };
}

/**
 * Fold-over (gutter fold) on a portrait sheet folded across its middle: fronts sit above the fold,
 * each back directly below its front, mirrored across the fold line and turned 180° so that after
 * folding the back shows upright when the card is turned over sideways. `foldGap` is the distance
 * from the fold to each card's trim.
 */
export function foldOverPair(page: Size, spec: Omit<GridSpec, "rows"> & { foldGap: number }, column: number) {
  const foldY = page.height / 2;
  const row = centredGrid(page, { ...spec, rows: 1 });
  const front: Rect = { ...slotRect(row, column, 0), y: foldY - spec.foldGap - spec.card.height };
  return { front, back: reflectAcrossFold(front, foldY), foldY, backRotation: 180 as const };
}

/** Reflection of a rectangle across the horizontal line y = foldY: where it lands after folding. */
export function reflectAcrossFold(rect: Rect, foldY: number): Rect {
  return { ...rect, y: 2 * foldY - rect.y - rect.height };
}

export function rectContains(outer: Rect, inner: Rect, tolerance = 1e-6): boolean {
  return (
    inner.x >= outer.x - tolerance &&
    inner.y >= outer.y - tolerance &&
    inner.x + inner.width <= outer.x + outer.width + tolerance &&
    inner.y + inner.height <= outer.y + outer.height + tolerance
  );
}

export function segmentTouchesRect(segment: Segment, rect: Rect): boolean {
  const minX = Math.min(segment.from.x, segment.to.x);
  const maxX = Math.max(segment.from.x, segment.to.x);
  const minY = Math.min(segment.from.y, segment.to.y);
  const maxY = Math.max(segment.from.y, segment.to.y);
  const eps = 1e-6;
  return maxX > rect.x + eps && minX < rect.x + rect.width - eps && maxY > rect.y + eps && minY < rect.y + rect.height - eps;
}

export interface CropMarkRule {
  /** Gap between the trim and the start of a mark, points. */
  offset: number;
  /** Preferred mark length, points. */
  length: number;
  /** Marks stay this far from the paper edge (what home printers can reach), points. */
  printerMargin: number;
}

/**
 * Crop marks for a set of trim rectangles: at each corner, a short line continuing each edge outward.
 * Marks that would cross a card or its bleed (`keepClear`) are dropped, so butted cards share marks.
 * Where the paper margin is narrower than offset + length (Letter's 6.35 mm top and bottom), the mark
 * is shortened and moved toward the trim so it still prints; if under 0.5 mm of room is left it is dropped.
 */
export function cropMarks(trims: Rect[], page: Size, rule: CropMarkRule, keepClear: Rect[] = trims): Segment[] {
  const marks = new Map<string, Segment>();
  const minRoom = mm(0.5);
  const add = (corner: Point, dx: number, dy: number) => {
    const room =
      dx < 0 ? corner.x - rule.printerMargin : dx > 0 ? page.width - rule.printerMargin - corner.x
      : dy < 0 ? corner.y - rule.printerMargin : page.height - rule.printerMargin - corner.y;
    if (room < minRoom) return;
    let start = rule.offset;
    let length = rule.length;
    if (start + length > room) {
      length = Math.min(length, room * 0.75);
      start = room - length;
    }
    const segment: Segment = {
      from: { x: corner.x + dx * start, y: corner.y + dy * start },
      to: { x: corner.x + dx * (start + length), y: corner.y + dy * (start + length) },
    };
    // Grown by a hair so that a mark lying along a neighbour's edge counts as touching it.
    if (keepClear.some((rect) => segmentTouchesRect(segment, bleedRect(rect, 0.01)))) return;
    const key = [segment.from.x, segment.from.y, segment.to.x, segment.to.y].map((v) => v.toFixed(3)).join(",");
    marks.set(key, segment);
  };
  for (const t of trims) {
    const corners: [Point, number, number][] = [
      [{ x: t.x, y: t.y }, -1, -1],
      [{ x: t.x + t.width, y: t.y }, 1, -1],
      [{ x: t.x, y: t.y + t.height }, -1, 1],
      [{ x: t.x + t.width, y: t.y + t.height }, 1, 1],
    ];
    for (const [corner, outX, outY] of corners) {
      add(corner, outX, 0);
      add(corner, 0, outY);
    }
  }
  return [...marks.values()];
}

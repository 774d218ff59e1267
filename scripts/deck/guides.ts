// Pure guides for cutting by hand: cut lines carried out to the paper's printable edge, corner-radius arcs, and turned card frames.
import { bleedRect, segmentTouchesRect, type Point, type Rect, type Segment, type Size } from "./geometry.js";

/**
 * Each crop mark continued outward to the printable edge (`printerMargin` from the paper edge), so
 * every cut line reaches the edge of the sheet: a paper trimmer lines it up at the edge, and after
 * the first cut the far margin still holds a line long enough to lay a ruler on. A continuation that
 * would touch a card or its bleed (`keepClear`), or is shorter than `minLength`, is left out.
 */
export function edgeGuides(marks: Segment[], page: Size, { printerMargin, keepClear, minLength }: { printerMargin: number; keepClear: Rect[]; minLength: number }): Segment[] {
  const guides: Segment[] = [];
  for (const { from, to } of marks) {
    const dx = Math.sign(to.x - from.x);
    const dy = Math.sign(to.y - from.y);
    const end: Point = {
      x: dx > 0 ? page.width - printerMargin : dx < 0 ? printerMargin : to.x,
      y: dy > 0 ? page.height - printerMargin : dy < 0 ? printerMargin : to.y,
    };
    if (Math.hypot(end.x - to.x, end.y - to.y) < minLength) continue;
    const guide = { from: to, to: end };
    if (keepClear.some((rect) => segmentTouchesRect(guide, bleedRect(rect, 0.01)))) continue;
    guides.push(guide);
  }
  return guides;
}

/** A quarter circle: centre, radius, start and end angle (radians, y downward). */
export interface Arc {
  centre: Point;
  radius: number;
  from: number;
  to: number;
}

/** The four quarter-circle arcs a corner punch of `radius` cuts along, inside a card's trim. */
export function cornerArcs(trim: Rect, radius: number): Arc[] {
  const { x, y, width, height } = trim;
  const r = radius;
  return [
    { centre: { x: x + r, y: y + r }, radius: r, from: Math.PI, to: 1.5 * Math.PI },
    { centre: { x: x + width - r, y: y + r }, radius: r, from: 1.5 * Math.PI, to: 2 * Math.PI },
    { centre: { x: x + width - r, y: y + height - r }, radius: r, from: 0, to: 0.5 * Math.PI },
    { centre: { x: x + r, y: y + height - r }, radius: r, from: 0.5 * Math.PI, to: Math.PI },
  ];
}

/** A card's turn on the sheet, clockwise, in degrees. */
export type Turn = 0 | 90 | 180 | 270;

/** [a, b, c, d, e, f]: x = a·u + c·v + e, y = b·u + d·v + f. */
export type Matrix = [number, number, number, number, number, number];

/**
 * The matrix taking a card's own coordinates (u across, v down, upright) to the page rectangle it
 * occupies, turned clockwise by `turn`: at 90° the card's top edge lies along the rectangle's right side.
 */
export function cardFrame(rect: Rect, turn: Turn): Matrix {
  const { x, y, width, height } = rect;
  switch (turn) {
    case 0:
      return [1, 0, 0, 1, x, y];
    case 90:
      return [0, 1, -1, 0, x + width, y];
    case 180:
      return [-1, 0, 0, -1, x + width, y + height];
    case 270:
      return [0, -1, 1, 0, x, y + height];
  }
}

/** Where a point of the card's own coordinates lands on the page. */
export function applyFrame([a, b, c, d, e, f]: Matrix, p: Point): Point {
  return { x: a * p.x + c * p.y + e, y: b * p.x + d * p.y + f };
}

/** The upright card size a page rectangle holds at a turn (quarter turns swap width and height). */
export function uprightSize(rect: Size, turn: Turn): Size {
  return turn === 90 || turn === 270 ? { width: rect.height, height: rect.width } : { width: rect.width, height: rect.height };
}

// A tuck box for a deck, as pure arithmetic in millimetres: its size from the cards and the stock, and its flat net.
import type { Point, Rect, Segment } from "./geometry.js";
import { stocks, type StockId } from "./sizes.js";

export interface BoxRequest {
  /** The cards' trim size. */
  card: { widthMm: number; heightMm: number };
  cards: number;
  /** What the cards and the box are printed on. */
  stock: StockId;
  /** 2 for fold-over cards, which are two sheets glued together. */
  layers?: 1 | 2;
}

export interface Box3 {
  width: number;
  height: number;
  depth: number;
}

/** Room around the cards: they slide in and out without catching. */
export const boxClearanceMm = { width: 1.5, height: 1.5, depth: 2 } as const;

export interface BoxSize {
  /** One sheet of the box's stock. */
  paperMm: number;
  /** The space inside the folded box. */
  inner: Box3;
  /** Panels measured between fold lines: the inside plus the paper's own thickness at each fold, on both sides. */
  panel: Box3;
  /** The flap that tucks in under the lid. */
  tuckMm: number;
  /** Side flaps under each lid. */
  dustMm: number;
  /** The glue flap (and, on split nets, the glue tab). */
  glueMm: number;
  /** Radius of the half-round thumb notch in the front's top edge. */
  notchMm: number;
}

export function boxSize({ card, cards, stock, layers = 1 }: BoxRequest): BoxSize {
  if (!Number.isInteger(cards) || cards < 1) throw new RangeError(`a box needs a whole number of cards (found ${cards})`);
  const paper = stocks[stock].thicknessMm;
  const inner = {
    width: card.widthMm + boxClearanceMm.width,
    height: card.heightMm + boxClearanceMm.height,
    depth: cards * layers * paper + boxClearanceMm.depth,
  };
  const panel = { width: inner.width + 2 * paper, height: inner.height + 2 * paper, depth: inner.depth + 2 * paper };
  const tuckMm = clamp(0.8 * Math.min(panel.depth, panel.width), 8, 20);
  return {
    paperMm: paper,
    inner,
    panel,
    tuckMm,
    dustMm: Math.min(0.45 * panel.width, panel.depth + tuckMm),
    glueMm: Math.min(12, 0.2 * panel.width),
    notchMm: Math.min(10, 0.15 * panel.width),
  };
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export type PanelRole = "glue" | "side" | "front" | "back" | "tab";
/** What hangs off a panel's top or bottom edge: nothing, the thumb notch, a lid with its tuck flap, a dust flap, or (glue flaps) a taper. */
type Edge = "none" | "notch" | "lid" | "dust" | "taper";

interface Column {
  role: PanelRole;
  width: number;
  top: Edge;
  bottom: Edge;
}

/** One piece of the net, origin at its top-left corner. */
export interface NetPiece {
  width: number;
  height: number;
  /** The cut line: a closed polygon around the whole piece. */
  outline: Point[];
  /** Dashed fold lines, each ending on the outline. */
  folds: Segment[];
  /** The body panels (front, back, sides, glue flaps), between their fold lines. */
  panels: { role: PanelRole; rect: Rect }[];
}

/**
 * The net as one piece, or as two (split: glue flap, side and front; then a glue tab, side and back).
 * Reverse tuck end: the top lid hangs off the back, the bottom lid off the front, the thumb notch is
 * in the front's top edge, and the glue flap on the first side is glued inside the back.
 */
export function boxNet(size: BoxSize, split = false): NetPiece[] {
  const { width: W, depth: D } = size.panel;
  const glue: Column = { role: "glue", width: size.glueMm, top: "taper", bottom: "taper" };
  const sideA: Column = { role: "side", width: D, top: "dust", bottom: "dust" };
  const front: Column = { role: "front", width: W, top: "notch", bottom: "lid" };
  const sideB: Column = { role: "side", width: D, top: "dust", bottom: "dust" };
  const back: Column = { role: "back", width: W, top: "lid", bottom: "none" };
  if (!split) return [piece(size, [glue, sideA, front, sideB, back])];
  return [piece(size, [glue, sideA, front]), piece(size, [{ ...glue, role: "tab" }, sideB, back])];
}

function extent(size: BoxSize, edge: Edge): number {
  if (edge === "lid") return size.panel.depth + size.tuckMm;
  return edge === "dust" ? size.dustMm : 0;
}

function piece(size: BoxSize, columns: Column[]): NetPiece {
  const H = size.panel.height;
  const y0 = Math.max(...columns.map((c) => extent(size, c.top)));
  const y1 = y0 + H;
  const height = y1 + Math.max(...columns.map((c) => extent(size, c.bottom)));
  const outline: Point[] = [];
  const folds: Segment[] = [];
  const panels: NetPiece["panels"] = [];
  const bottoms: Point[][] = [];
  let x = 0;
  columns.forEach((column, i) => {
    const xR = x + column.width;
    outline.push(...edgeContour(size, column.top, { x0: x, x1: xR, y: y0 }));
    // The bottom edge is the top edge's shape reflected about the body's middle, walked right to left.
    bottoms.unshift(edgeContour(size, column.bottom, { x0: x, x1: xR, y: y0 }).map((p) => ({ x: p.x, y: y0 + y1 - p.y })).reverse());
    panels.push({ role: column.role, rect: { x, y: y0, width: column.width, height: H } });
    if (i > 0) folds.push(segment(x, y0, x, y1));
    for (const [edge, y, away] of [[column.top, y0, -1], [column.bottom, y1, 1]] as const) {
      if (edge === "lid" || edge === "dust") folds.push(segment(x, y, xR, y));
      if (edge === "lid") folds.push(segment(x, y + away * size.panel.depth, xR, y + away * size.panel.depth));
    }
    x = xR;
  });
  for (const contour of bottoms) outline.push(...contour);
  return { width: x, height, outline: withoutRepeats(outline), folds, panels };
}

const segment = (x1: number, y1: number, x2: number, y2: number): Segment => ({ from: { x: x1, y: y1 }, to: { x: x2, y: y2 } });

/** A column's top edge from its left fold (x0, y) to its right fold (x1, y), drawn above y (y grows downward). */
function edgeContour(size: BoxSize, edge: Edge, { x0, x1, y }: { x0: number; x1: number; y: number }): Point[] {
  const at = (px: number, py: number): Point => ({ x: px, y: py });
  switch (edge) {
    case "none":
      return [at(x0, y), at(x1, y)];
    case "taper": {
      // Only the first column is a glue flap: its outer edge is the piece's left side.
      const cut = Math.min(4, size.panel.height / 4);
      return [at(x0, y + cut), at(x1, y)];
    }
    case "notch": {
      const r = size.notchMm;
      const cx = (x0 + x1) / 2;
      return [at(x0, y), ...arc({ x: cx, y }, r, Math.PI, 0), at(x1, y)];
    }
    case "dust": {
      const taper = Math.min(3, (x1 - x0) / 4);
      return [at(x0, y), at(x0 + taper, y - size.dustMm), at(x1 - taper, y - size.dustMm), at(x1, y)];
    }
    case "lid": {
      const lid = y - size.panel.depth;
      const tip = lid - size.tuckMm;
      const inset = 0.75; // the tuck flap is a little narrower, so it slides in past the sides
      const r = Math.min(5, size.tuckMm / 2, (x1 - x0) / 4);
      return [
        at(x0, y),
        at(x0, lid),
        ...arc({ x: x0 + inset + r, y: tip + r }, r, Math.PI, 1.5 * Math.PI),
        ...arc({ x: x1 - inset - r, y: tip + r }, r, 1.5 * Math.PI, 2 * Math.PI),
        at(x1, lid),
        at(x1, y),
      ];
    }
  }
}

/** Points along a circular arc from angle `from` to `to` (radians, y downward), ends included. */
function arc(centre: Point, r: number, from: number, to: number): Point[] {
  const steps = 12;
  return Array.from({ length: steps + 1 }, (_, i) => {
    const a = from + ((to - from) * i) / steps;
    return { x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) };
  });
}

function withoutRepeats(points: Point[]): Point[] {
  return points.filter((p, i) => {
    const prev = points[(i + points.length - 1) % points.length];
    return i === 0 ? !(p.x === points[points.length - 1].x && p.y === points[points.length - 1].y) : !(p.x === prev.x && p.y === prev.y);
  });
}

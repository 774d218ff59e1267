// What a planned page holds, as data: its size, the cards on it with their turn, marks and guides, and a box net.
import type { Point, Rect, Segment, Size } from "./geometry.js";
import type { Turn } from "./guides.js";
import type { BoxSize, PanelRole } from "./tuck-box.js";

export interface PlacedCard {
  /** Index into the deck's cards. */
  card: number;
  /** Where the card is cut, on the page. */
  trim: Rect;
  /** What gets painted: the trim plus bleed. */
  paint: Rect;
  /** How far the card is turned clockwise on the sheet: backs below a fold are upside down, cutter cards sideways. */
  rotation: Turn;
}

/** A tuck box's net on one sheet, in points on the page. */
export interface BoxPage {
  /** The box it folds into, in millimetres. */
  size: BoxSize;
  /** The cut line, a closed polygon. */
  outline: Point[];
  folds: Segment[];
  panels: { role: PanelRole; rect: Rect }[];
  /** Where the folding instructions go, or null: then they go on the back panel. */
  notes: Rect | null;
  sheet: number;
  of: number;
}

export interface PagePlan {
  size: Size;
  fronts: PlacedCard[];
  backs: PlacedCard[];
  /** Crop marks near the trim. */
  marks: Segment[];
  /** The crop marks carried on out to the printable edge of the sheet. */
  guides?: Segment[];
  /** Filled rectangles a cutting machine looks for. */
  registration?: Rect[];
  foldLine?: Segment;
  /** Print-shop pages: the cut and the bleed, for the page dictionary. */
  trimBox?: Rect;
  bleedBox?: Rect;
  box?: BoxPage;
}

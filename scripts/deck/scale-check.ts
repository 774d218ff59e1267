// Where the calibration sheet's scale check goes (pure, points): a 100 mm ruler with inch marks beneath it, and a 50 mm square.
import { mm, type Rect, type Segment, type Size } from "./geometry.js";

export const rulerMm = 100;
export const squareMm = 50;

export interface ScaleLabel {
  text: string;
  /** Centre of the label, and its baseline. */
  x: number;
  y: number;
}

/** Where a unit's name goes (centre and baseline); its word is the language's (deck.calibration.*). */
export interface UnitPlace {
  x: number;
  y: number;
}

export interface ScaleCheck {
  /** The ruler's line, exactly 100 mm long. */
  ruler: Segment;
  /** Millimetre ticks above the line (longer every 5 and 10 mm), inch ticks below it (every 1/8 in). */
  ticks: Segment[];
  labels: ScaleLabel[];
  /** The units' names: millimetres above the line, inches below it, right of the ruler. */
  units: { millimetres: UnitPlace; inches: UnitPlace };
  /** The square's outline, 50 mm a side, measured along the middle of its line. */
  square: Rect;
  /** Baseline of the instructions under both. */
  notesY: number;
}

const inch = 72;

/** The scale check for a page: the ruler from 20 mm in, 75 mm above the bottom edge; the square right of it. */
export function scaleCheck(page: Size): ScaleCheck {
  const x0 = mm(20);
  const y = page.height - mm(75);
  const ticks: Segment[] = [];
  const labels: ScaleLabel[] = [];
  const tick = (x: number, length: number) => ticks.push({ from: { x, y }, to: { x, y: y + length } });
  for (let i = 0; i <= rulerMm; i++) {
    const length = i % 10 === 0 ? 4 : i % 5 === 0 ? 2.75 : 1.6;
    tick(x0 + mm(i), -mm(length));
    if (i % 10 === 0) labels.push({ text: String(i), x: x0 + mm(i), y: y - mm(5.2) });
  }
  for (let eighth = 0; eighth * inch / 8 <= mm(rulerMm) + 1e-9; eighth++) {
    const length = eighth % 8 === 0 ? 4 : eighth % 4 === 0 ? 2.75 : eighth % 2 === 0 ? 2 : 1.3;
    tick(x0 + (eighth * inch) / 8, mm(length));
    if (eighth % 8 === 0) labels.push({ text: String(eighth / 8), x: x0 + (eighth * inch) / 8, y: y + mm(7.4) });
  }
  const units = { millimetres: { x: x0 + mm(rulerMm) + mm(6), y: y - mm(1) }, inches: { x: x0 + mm(rulerMm) + mm(6), y: y + mm(3.2) } };
  const square = { x: page.width - mm(20 + squareMm), y: y - mm(squareMm / 2), width: mm(squareMm), height: mm(squareMm) };
  return { ruler: { from: { x: x0, y }, to: { x: x0 + mm(rulerMm), y } }, ticks, labels, units, square, notesY: y + mm(squareMm / 2 + 10) };
}

// Draws a card back: a quiet, continuous dot pattern over a warm field, running into the bleed, with an optional emblem.
import type { Rect } from "../geometry.js";
import { colours } from "../design.js";
import { artifact, type Doc } from "../pdf-doc.js";

export interface BackStyle {
  /** Discreet backs: pattern only, no emblem, no words. */
  plain: boolean;
}

/** A circle as path operators, for the tiling pattern's content stream. */
function circleOps(cx: number, cy: number, r: number): string {
  const k = r * 0.5523;
  const f = (v: number) => v.toFixed(3);
  return [
    `${f(cx + r)} ${f(cy)} m`,
    `${f(cx + r)} ${f(cy + k)} ${f(cx + k)} ${f(cy + r)} ${f(cx)} ${f(cy + r)} c`,
    `${f(cx - k)} ${f(cy + r)} ${f(cx - r)} ${f(cy + k)} ${f(cx - r)} ${f(cy)} c`,
    `${f(cx - r)} ${f(cy - k)} ${f(cx - k)} ${f(cy - r)} ${f(cx)} ${f(cy - r)} c`,
    `${f(cx + k)} ${f(cy - r)} ${f(cx + r)} ${f(cy - k)} ${f(cx + r)} ${f(cy)} c`,
  ].join(" ");
}

const tile = 12;
const patterns = new WeakMap<Doc, PDFKit.PDFTilingPattern>();

/** One tiling pattern per document: a staggered dot lattice, page-aligned so neighbouring backs join seamlessly. */
function dotPattern(doc: Doc): PDFKit.PDFTilingPattern {
  let pattern = patterns.get(doc);
  if (!pattern) {
    const ops = `${circleOps(3, 3, 0.9)} ${circleOps(9, 9, 0.9)} f`;
    pattern = doc.pattern([0, 0, tile, tile], tile, tile, ops);
    patterns.set(doc, pattern);
  }
  return pattern;
}

/**
 * A back fills `paint` (the trim plus bleed) so a few millimetres of drift never show a white edge;
 * the emblem is centred on the trim and turned with the card (`rotation`) on fold-over sheets.
 */
export function drawBack(doc: Doc, trim: Rect, paint: Rect, rotation: 0 | 180, style: BackStyle, wordFont: string): void {
  artifact(doc, () => {
    doc.save();
    doc.rect(paint.x, paint.y, paint.width, paint.height).fillColor(colours.backField).fill();
    doc.rect(paint.x, paint.y, paint.width, paint.height).fill([dotPattern(doc), colours.backPattern] as unknown as string);
    const cx = trim.x + trim.width / 2;
    const r = trim.width * 0.16;
    // The emblem and its word are centred together; without the word, the emblem alone is centred.
    const cy = trim.y + trim.height / 2 + (style.plain ? r * 0.35 : 0);
    if (rotation === 180) doc.rotate(180, { origin: [cx, trim.y + trim.height / 2] });
    // A low sun over a horizon: the glow after.
    doc.circle(cx, cy - r * 0.35, r * 1.55).fillColor(colours.backField).fill();
    doc.lineWidth(0.8).strokeColor(colours.backEmblem);
    doc.circle(cx, cy - r * 0.35, r * 1.55).stroke();
    doc.moveTo(cx - r, cy).bezierCurveTo(cx - r, cy - r * 1.33, cx + r, cy - r * 1.33, cx + r, cy).closePath().fillColor(colours.backEmblem).fill();
    doc.rect(cx - r * 1.2, cy + r * 0.18, r * 2.4, 0.8).fill();
    doc.rect(cx - r * 0.8, cy + r * 0.42, r * 1.6, 0.8).fill();
    if (!style.plain) {
      const size = trim.width * 0.075;
      doc.font(wordFont).fontSize(size).fillColor(colours.backWord);
      const width = doc.widthOfString("Afterglow");
      doc.text("Afterglow", cx - width / 2, cy + r * 1.95, { lineBreak: false, baseline: "alphabetic" });
    }
    doc.restore();
  });
}

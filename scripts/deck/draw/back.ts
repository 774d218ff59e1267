// Draws card backs: a quiet, continuous dot pattern over a warm field running into the bleed, and a centred emblem.
import type { Rect } from "../geometry.js";
import { colours } from "../design.js";
import { artifact, type Doc } from "../pdf-doc.js";
import { fastText } from "../fast-text.js";
import { formOf, placeForm, type Form } from "../pdf-ops.js";
import type { TextMeasurer } from "../text-measurer.js";

export interface BackStyle {
  /** Discreet backs: pattern and emblem only, no words. */
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
    pattern = doc.pattern([0, 0, tile, tile], tile, tile, `${circleOps(3, 3, 0.9)} ${circleOps(9, 9, 0.9)} f`);
    patterns.set(doc, pattern);
  }
  return pattern;
}

/** The field and pattern under every back on a page, in one pass: the paints overlap on butted grids anyway. */
export function drawBackField(doc: Doc, paints: Rect[]): void {
  if (!paints.length) return;
  artifact(doc, () => {
    doc.save();
    for (const p of paints) doc.rect(p.x, p.y, p.width, p.height);
    doc.fillColor(colours.backField).fill();
    for (const p of paints) doc.rect(p.x, p.y, p.width, p.height);
    doc.fill([dotPattern(doc), colours.backPattern]);
    doc.restore();
  });
}

/**
 * A low sun over a horizon, the glow after, and (unless plain) the deck's name under it: a form
 * relative to the card's top-left corner, drawn once per card size in each document.
 */
function emblemForm(doc: Doc, size: { width: number; height: number }, plain: boolean, measurer: TextMeasurer): Form {
  const r = size.width * 0.16;
  const cx = size.width / 2;
  // The emblem and its word are centred together; without the word, the emblem alone is centred.
  const cy = size.height / 2 + (plain ? r * 0.35 : 0);
  return formOf(doc, `emblem|${size.width}x${size.height}|${plain}`, [0, 0, size.width, size.height], () => {
    doc.circle(cx, cy - r * 0.35, r * 1.55).fillColor(colours.backField).fill();
    doc.lineWidth(0.8).strokeColor(colours.backEmblem);
    doc.circle(cx, cy - r * 0.35, r * 1.55).stroke();
    doc.moveTo(cx - r, cy).bezierCurveTo(cx - r, cy - r * 1.33, cx + r, cy - r * 1.33, cx + r, cy).closePath().fillColor(colours.backEmblem).fill();
    doc.rect(cx - r * 1.2, cy + r * 0.18, r * 2.4, 0.8).fill();
    doc.rect(cx - r * 0.8, cy + r * 0.42, r * 1.6, 0.8).fill();
    if (plain) return;
    const wordSize = size.width * 0.075;
    const width = measurer.width("title", "Afterglow", wordSize);
    fastText(doc, { role: "title", size: wordSize, colour: colours.backWord, x: cx - width / 2, y: cy + r * 1.95, text: "Afterglow" });
  });
}

/** Where a back goes: its trim, turned with the card on fold-over sheets. */
export interface BackPlacement {
  trim: Rect;
  rotation: 0 | 180;
}

/** The emblem centred on the trim. */
export function drawBackEmblem(doc: Doc, { trim, rotation }: BackPlacement, style: BackStyle, measurer: TextMeasurer): void {
  const form = emblemForm(doc, trim, style.plain, measurer);
  artifact(doc, () => placeForm(doc, form, { x: trim.x, y: trim.y, turn: rotation === 180 ? trim : undefined }));
}

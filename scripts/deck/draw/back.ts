// Draws card backs: a quiet, continuous dot pattern over a warm field running into the bleed, and a centred emblem.
import type { Rect, Size } from "../geometry.js";
import { cardFrame, uprightSize, type Turn } from "../guides.js";
import type { DeckColours } from "../design.js";
import { artifact, type Doc } from "../pdf-doc.js";
import { fastText } from "../fast-text.js";
import { formOf, placeForm, type Form } from "../pdf-ops.js";
import type { TextMeasurer } from "../text-measurer.js";

export interface BackStyle {
  /** Discreet backs: pattern and emblem only, no words. */
  plain: boolean;
  /** Ink saver: white, the emblem in outline. */
  outline?: boolean;
  /** The word under the emblem (the deck brand's backText) and the colours (its palette). */
  text: string;
  colours: DeckColours;
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
export function drawBackField(doc: Doc, paints: Rect[], colours: DeckColours): void {
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
 * relative to the card's top-left corner, drawn once per card size and style in each document.
 * In outline (ink saver) nothing is filled but the name's letters.
 */
function emblemForm(doc: Doc, size: Size, { plain, outline = false, text, colours }: BackStyle, measurer: TextMeasurer): Form {
  const r = size.width * 0.16;
  const cx = size.width / 2;
  // The emblem and its word are centred together; without the word, the emblem alone is centred.
  const cy = size.height / 2 + (plain ? r * 0.35 : 0);
  return formOf(doc, `emblem|${size.width}x${size.height}|${plain}|${outline}|${text}|${colours.backEmblem}`, [0, 0, size.width, size.height], () => {
    if (!outline) doc.circle(cx, cy - r * 0.35, r * 1.55).fillColor(colours.backField).fill();
    doc.lineWidth(0.8).strokeColor(colours.backEmblem);
    doc.circle(cx, cy - r * 0.35, r * 1.55).stroke();
    doc.moveTo(cx - r, cy).bezierCurveTo(cx - r, cy - r * 1.33, cx + r, cy - r * 1.33, cx + r, cy).closePath();
    if (outline) {
      doc.stroke();
      doc.moveTo(cx - r * 1.2, cy + r * 0.18 + 0.4).lineTo(cx + r * 1.2, cy + r * 0.18 + 0.4);
      doc.moveTo(cx - r * 0.8, cy + r * 0.42 + 0.4).lineTo(cx + r * 0.8, cy + r * 0.42 + 0.4).stroke();
    } else {
      doc.fillColor(colours.backEmblem).fill();
      doc.rect(cx - r * 1.2, cy + r * 0.18, r * 2.4, 0.8).fill();
      doc.rect(cx - r * 0.8, cy + r * 0.42, r * 1.6, 0.8).fill();
    }
    if (plain) return;
    const wordSize = size.width * 0.075;
    const width = measurer.width("title", text, wordSize);
    fastText(doc, { role: "title", size: wordSize, colour: colours.backWord, x: cx - width / 2, y: cy + r * 1.95, text });
  });
}

/** Where a back goes: its rectangle on the page, and the card's turn there. */
export interface BackPlacement {
  trim: Rect;
  rotation: Turn;
}

/** The emblem centred on the card, upright in the card's own frame however the card is turned on the sheet. */
export function drawBackEmblem(doc: Doc, { trim, rotation }: BackPlacement, style: BackStyle, measurer: TextMeasurer): void {
  const form = emblemForm(doc, uprightSize(trim, rotation), style, measurer);
  artifact(doc, () => placeForm(doc, form, { matrix: cardFrame(trim, rotation) }));
}

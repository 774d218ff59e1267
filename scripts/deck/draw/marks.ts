// Cutting and folding guides: thin crop marks with their edge guides, corner-radius arcs, registration marks and the dashed fold line, drawn as artifacts.
import type { Rect, Segment, Size } from "../geometry.js";
import type { Arc } from "../guides.js";
import { artifact, type Doc } from "../pdf-doc.js";
import { fastText } from "../fast-text.js";
import { fillRect, formOf, placeForm } from "../pdf-ops.js";
import type { DeckColours } from "../design.js";
import type { TextMeasurer } from "../text-measurer.js";

/** Crop and registration marks are pure black whatever the palette: cutters and trimmers look for them. */
const marksColour = "#000000";

/** Crop marks: 0.25 pt black lines, so they print crisply and never land on a card. One form per set of marks. */
export function drawCropMarks(doc: Doc, marks: Segment[], page: Size): void {
  if (!marks.length) return;
  const key = marks.map((m) => `${m.from.x},${m.from.y},${m.to.x},${m.to.y}`).join(";");
  const form = formOf(doc, `marks|${key}`, [0, 0, page.width, page.height], () => {
    doc.lineWidth(0.25).strokeColor(marksColour);
    for (const mark of marks) doc.moveTo(mark.from.x, mark.from.y).lineTo(mark.to.x, mark.to.y);
    doc.stroke();
  });
  artifact(doc, () => placeForm(doc, form, { x: 0, y: 0 }));
}

/** The fold line with a small label above it, both decoration for the person folding. */
export function drawFoldLine(doc: Doc, fold: Segment, { label, measurer, colours }: { label: string; measurer: TextMeasurer; colours: DeckColours }): void {
  artifact(doc, () => {
    doc.save().lineWidth(0.5).strokeColor(colours.muted).dash(4, { space: 3 });
    doc.moveTo(fold.from.x, fold.from.y).lineTo(fold.to.x, fold.to.y).stroke();
    doc.undash().restore();
    const size = 6.5;
    const width = measurer.width("body", label, size);
    fastText(doc, { role: "body", size, colour: colours.muted, x: (fold.from.x + fold.to.x) / 2 - width / 2, y: fold.from.y - 4, text: label });
  });
}

/** Registration marks: solid black, so a cutting machine's optical eye finds them. */
export function drawRegistrationMarks(doc: Doc, marks: Rect[]): void {
  if (!marks.length) return;
  artifact(doc, () => {
    for (const mark of marks) fillRect(doc, marksColour, mark);
  });
}

/** Faint quarter circles for a corner punch: light enough to vanish under the punch, or to pass unnoticed on a square corner. */
export function drawCornerGuides(doc: Doc, arcs: Arc[], colours: DeckColours): void {
  if (!arcs.length) return;
  artifact(doc, () => {
    doc.save().lineWidth(0.3).strokeColor(colours.rule);
    for (const { centre, radius, from, to } of arcs) {
      // One cubic Bézier per quarter circle.
      const k = 0.5523 * radius;
      const p0 = { x: centre.x + radius * Math.cos(from), y: centre.y + radius * Math.sin(from) };
      const p3 = { x: centre.x + radius * Math.cos(to), y: centre.y + radius * Math.sin(to) };
      const t0 = { x: -Math.sin(from), y: Math.cos(from) };
      const t3 = { x: -Math.sin(to), y: Math.cos(to) };
      doc.moveTo(p0.x, p0.y).bezierCurveTo(p0.x + k * t0.x, p0.y + k * t0.y, p3.x - k * t3.x, p3.y - k * t3.y, p3.x, p3.y);
    }
    doc.stroke().restore();
  });
}

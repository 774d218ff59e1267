// Cutting and folding guides: thin crop marks and the dashed fold line, drawn as artifacts.
import type { Segment, Size } from "../geometry.js";
import { artifact, type Doc } from "../pdf-doc.js";
import { fastText } from "../fast-text.js";
import { formOf, placeForm } from "../pdf-ops.js";
import { colours } from "../design.js";
import type { TextMeasurer } from "../text-measurer.js";

/** Crop marks: 0.25 pt black lines, so they print crisply and never land on a card. One form per set of marks. */
export function drawCropMarks(doc: Doc, marks: Segment[], page: Size): void {
  if (!marks.length) return;
  const key = marks.map((m) => `${m.from.x},${m.from.y},${m.to.x},${m.to.y}`).join(";");
  const form = formOf(doc, `marks|${key}`, [0, 0, page.width, page.height], () => {
    doc.lineWidth(0.25).strokeColor(colours.marks);
    for (const mark of marks) doc.moveTo(mark.from.x, mark.from.y).lineTo(mark.to.x, mark.to.y);
    doc.stroke();
  });
  artifact(doc, () => placeForm(doc, form, { x: 0, y: 0 }));
}

/** The fold line with a small label above it, both decoration for the person folding. */
export function drawFoldLine(doc: Doc, fold: Segment, label: string, measurer: TextMeasurer): void {
  artifact(doc, () => {
    doc.save().lineWidth(0.5).strokeColor(colours.muted).dash(4, { space: 3 });
    doc.moveTo(fold.from.x, fold.from.y).lineTo(fold.to.x, fold.to.y).stroke();
    doc.undash().restore();
    const size = 6.5;
    const width = measurer.width("body", label, size);
    fastText(doc, { role: "body", size, colour: colours.muted, x: (fold.from.x + fold.to.x) / 2 - width / 2, y: fold.from.y - 4, text: label });
  });
}

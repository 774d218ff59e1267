// Cutting and folding guides: thin crop marks and the dashed fold line, drawn as artifacts.
import type { Segment } from "../geometry.js";
import { artifact, type Doc } from "../pdf-doc.js";
import { colours } from "../design.js";

/** Crop marks: 0.25 pt black lines, so they print crisply and never land on a card. */
export function drawCropMarks(doc: Doc, marks: Segment[]): void {
  if (!marks.length) return;
  artifact(doc, () => {
    doc.save().lineWidth(0.25).strokeColor(colours.marks);
    for (const mark of marks) doc.moveTo(mark.from.x, mark.from.y).lineTo(mark.to.x, mark.to.y);
    doc.stroke().restore();
  });
}

/** The fold line with a small label above it, both decoration for the person folding. */
export function drawFoldLine(doc: Doc, fold: Segment, label: string, font: string): void {
  artifact(doc, () => {
    doc.save().lineWidth(0.5).strokeColor(colours.muted).dash(4, { space: 3 });
    doc.moveTo(fold.from.x, fold.from.y).lineTo(fold.to.x, fold.to.y).stroke();
    doc.undash();
    const size = 6.5;
    doc.font(font).fontSize(size).fillColor(colours.muted);
    const width = doc.widthOfString(label);
    doc.text(label, (fold.from.x + fold.to.x) / 2 - width / 2, fold.from.y - 4, { lineBreak: false, baseline: "alphabetic" });
    doc.restore();
  });
}

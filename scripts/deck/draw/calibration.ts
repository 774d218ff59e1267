// The back-alignment test sheet: lines on the front, millimetre scales on the back, read against a light.
import { backOffsetScale, mm, type Size } from "../geometry.js";
import type { DeckColours } from "../design.js";
import { artifact, struct, tagged, type Doc, type StructElement } from "../pdf-doc.js";
import { linesOf, sayIn } from "../say.js";
import { scaleCheck, squareMm } from "../scale-check.js";

const range = backOffsetScale.maxMm; // mm either way
const scaleGap = mm(22); // how far each scale sits from the centre

/** Lines of one paragraph (or, in the title font, a heading), first baseline at (x, y). */
interface Paragraph {
  lines: string[];
  x: number;
  y: number;
  size: number;
  font?: "body" | "title";
  ink: string;
}

/** Whose sheet it is: the name it sends readers back to, the printed colours, and the sheet's words (the brand's deck.calibration). */
export interface SheetBrand {
  name: string;
  colours: DeckColours;
  words: Readonly<Record<string, string>>;
}

function paragraph(doc: Doc, parent: StructElement, { lines, x, y, size, font = "body", ink }: Paragraph) {
  const content = tagged(doc, font === "title" ? "H" : "P", () => {
    doc.font(font).fontSize(size).fillColor(ink);
    lines.forEach((line, i) => doc.text(line, x, y + i * size * 1.35, { lineBreak: false, baseline: "alphabetic" }));
  });
  parent.add(struct(doc, font === "title" ? "H" : "P", [content]));
}

/** A side's heading and its instructions, top left; returns the page centre, which both sides' marks are built around. */
function introduce(doc: Doc, page: Size, parent: StructElement, side: { heading: string; headingSize: number; lines: string[]; linesY: number; ink: string }): { cx: number; cy: number } {
  paragraph(doc, parent, { lines: [side.heading], x: mm(20), y: mm(30), size: side.headingSize, font: "title", ink: side.ink });
  paragraph(doc, parent, { lines: side.lines, x: mm(20), y: side.linesY, size: 9.5, ink: side.ink });
  return { cx: page.width / 2, cy: page.height / 2 };
}

/** Front: a vertical and a horizontal line through the page centre, crossing where the back's scales will be. */
export function drawCalibrationFront(doc: Doc, page: Size, parent: StructElement, { name, colours, words }: SheetBrand): void {
  const say = sayIn(words);
  const { cx, cy } = introduce(doc, page, parent, {
    heading: say("calibration.heading"),
    headingSize: 20,
    lines: linesOf(say("calibration.steps", { name })),
    linesY: mm(42),
    ink: colours.ink,
  });
  artifact(doc, () => {
    doc.save().lineWidth(0.6).strokeColor(colours.marks);
    doc.moveTo(cx, cy - scaleGap - mm(14)).lineTo(cx, cy + mm(20)).stroke();
    doc.moveTo(cx - scaleGap - mm(14), cy).lineTo(cx + mm(20), cy).stroke();
    doc.circle(cx, cy, mm(3)).stroke();
    doc.restore();
  });
  const units = { millimetres: say("calibration.millimetres"), inches: say("calibration.inches") };
  drawScaleCheck(doc, page, parent, { colours, units, scaleCheckLines: linesOf(say("calibration.scaleCheck")) });
}

/** The ruler, the square and what to do when they measure short or long ("fit to page" often shrinks a sheet by 3–6%). */
function drawScaleCheck(doc: Doc, page: Size, parent: StructElement, { colours, units, scaleCheckLines }: { colours: DeckColours; units: { millimetres: string; inches: string }; scaleCheckLines: string[] }): void {
  const check = scaleCheck(page);
  artifact(doc, () => {
    doc.save().lineWidth(0.5).strokeColor(colours.ink);
    doc.moveTo(check.ruler.from.x, check.ruler.from.y).lineTo(check.ruler.to.x, check.ruler.to.y).stroke();
    doc.lineWidth(0.35);
    for (const tick of check.ticks) doc.moveTo(tick.from.x, tick.from.y).lineTo(tick.to.x, tick.to.y);
    doc.stroke();
    doc.lineWidth(0.5).rect(check.square.x, check.square.y, check.square.width, check.square.height).stroke();
    doc.fillColor(colours.ink).font("body").fontSize(6);
    const unitLabels = [{ text: units.millimetres, ...check.units.millimetres }, { text: units.inches, ...check.units.inches }];
    for (const label of [...check.labels, ...unitLabels]) doc.text(label.text, label.x - doc.widthOfString(label.text) / 2, label.y, { lineBreak: false, baseline: "alphabetic" });
    const inside = `${squareMm} ${units.millimetres}`;
    doc.fontSize(9).text(inside, check.square.x + check.square.width / 2 - doc.widthOfString(inside) / 2, check.square.y + check.square.height / 2 + 3, { lineBreak: false, baseline: "alphabetic" });
    doc.restore();
  });
  paragraph(doc, parent, {
    lines: scaleCheckLines,
    x: mm(20),
    y: check.notesY,
    size: 9.5,
    ink: colours.ink,
  });
}

/**
 * Back: scales whose labels are the offset to enter. A tick labelled v sits v mm from the centre,
 * so if the printer shifts the back by s, the front's line shows at −s: exactly the correction needed.
 */
export function drawCalibrationBack(doc: Doc, page: Size, parent: StructElement, { colours, words }: SheetBrand): void {
  const say = sayIn(words);
  const { cx, cy } = introduce(doc, page, parent, {
    heading: say("calibration.backHeading"),
    headingSize: 16,
    lines: linesOf(say("calibration.backSteps")),
    linesY: mm(40),
    ink: colours.ink,
  });
  artifact(doc, () => {
    doc.save().lineWidth(0.4).strokeColor(colours.ink).fillColor(colours.ink).font("body").fontSize(5.5);
    const steps = Math.round(range / backOffsetScale.stepMm);
    for (let step = -steps; step <= steps; step++) {
      const v = step * backOffsetScale.stepMm;
      const whole = Number.isInteger(v);
      const long = whole ? mm(5) : mm(2.5);
      // Horizontal scale above the centre: ticks hang down to the baseline y.
      const hy = cy - scaleGap;
      doc.moveTo(cx + mm(v), hy - long).lineTo(cx + mm(v), hy).stroke();
      // Vertical scale left of the centre.
      const vx = cx - scaleGap;
      doc.moveTo(vx - long, cy + mm(v)).lineTo(vx, cy + mm(v)).stroke();
      if (whole && v % 2 === 0) {
        // Labels every 2 mm, in two staggered rows so neighbours never touch.
        const label = v > 0 ? `+${v}` : v < 0 ? `−${-v}` : "0";
        const width = doc.widthOfString(label);
        const outer = (v / 2) % 2 !== 0;
        doc.text(label, cx + mm(v) - width / 2, hy - mm(outer ? 8.5 : 6), { lineBreak: false, baseline: "alphabetic" });
        doc.text(label, vx - mm(outer ? 11 : 6) - width, cy + mm(v) + 1.8, { lineBreak: false, baseline: "alphabetic" });
      }
    }
    doc.moveTo(cx - mm(range), cy - scaleGap).lineTo(cx + mm(range), cy - scaleGap).stroke();
    doc.moveTo(cx - scaleGap, cy - mm(range)).lineTo(cx - scaleGap, cy + mm(range)).stroke();
    doc.font("bodyBold").fontSize(9);
    doc.text(say("calibration.xAxis"), cx + mm(range + 3), cy - scaleGap - mm(1), { lineBreak: false, baseline: "alphabetic" });
    doc.text(say("calibration.yAxis"), cx - scaleGap - mm(12), cy - mm(range + 4), { lineBreak: false, baseline: "alphabetic" });
    doc.restore();
  });
}

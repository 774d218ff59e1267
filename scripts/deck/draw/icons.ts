// Small vector marks: the kind's shape and the foot's duration, energy and touch icons. Paths only, no fonts.
import type { Doc } from "../pdf-doc.js";
import type { FaceWords, FootIcon } from "../face-words.js";

/** The kinds' mark shapes, from the vocabulary: a new one must be drawn below. */
export type MarkShape = FaceWords["mark"];

/** The kind's mark, centred on (cx, cy), about `size` across: filled, or (ink saver) outlined. */
export function drawKindMark(doc: Doc, shape: MarkShape, { cx, cy, size, colour, outline = false }: { cx: number; cy: number; size: number; colour: string; outline?: boolean }): void {
  const r = size / 2;
  switch (shape) {
    case "circle":
      doc.circle(cx, cy, r * 0.9);
      break;
    case "square":
      doc.rect(cx - r * 0.8, cy - r * 0.8, r * 1.6, r * 1.6);
      break;
    case "diamond":
      doc.polygon([cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy]);
      break;
    case "star": {
      const points: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r * 1.05 : r * 0.45;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        points.push([cx + radius * Math.cos(angle), cy + r * 0.1 + radius * Math.sin(angle)]);
      }
      doc.polygon(...points);
      break;
    }
    case "heart":
      doc
        .moveTo(cx, cy + r * 0.95)
        .bezierCurveTo(cx - r * 1.25, cy + r * 0.05, cx - r * 0.9, cy - r * 1.05, cx, cy - r * 0.4)
        .bezierCurveTo(cx + r * 0.9, cy - r * 1.05, cx + r * 1.25, cy + r * 0.05, cx, cy + r * 0.95)
        .closePath();
      break;
    default:
      unreachable(shape);
  }
  if (outline) doc.lineWidth(size * 0.11).strokeColor(colour).stroke();
  else doc.fillColor(colour).fill();
}

/** A foot icon's square: top-left (x, y), `size` across, in one colour. */
interface IconBox {
  x: number;
  y: number;
  size: number;
  colour: string;
  /** Ink saver: nothing filled; the level still shows (the clock's wedge and the active bars are outlined, the bars with a centre line). */
  outline?: boolean;
}

/**
 * Foot icons, `size` square with top-left (x, y): a clock whose filled share grows with duration,
 * bars that fill with energy, and two circles that move closer with touch.
 */
export function drawFootIcon(doc: Doc, icon: FootIcon, level: number, box: IconBox): void {
  const line = box.size * 0.09;
  doc.lineWidth(line).strokeColor(box.colour).fillColor(box.colour);
  switch (icon) {
    case "duration":
      return drawClock(doc, level, box, line);
    case "energy":
      return drawBars(doc, level, box, line);
    case "touch":
      return drawCircles(doc, level, box);
    default:
      return unreachable(icon);
  }
}

function drawClock(doc: Doc, level: number, box: IconBox, line: number): void {
  const { x, y, size } = box;
  const cx = x + size / 2;
  const cy = y + size / 2;
  const r = size / 2 - line;
  doc.circle(cx, cy, r).stroke();
  // Filled wedge from 12 o'clock: a quarter, a half, three quarters.
  const share = [0.25, 0.5, 0.75][level] ?? 0.25;
  const end = -Math.PI / 2 + share * 2 * Math.PI;
  const inner = r * 0.72;
  doc.moveTo(cx, cy).lineTo(cx, cy - inner);
  const steps = Math.max(2, Math.round(share * 12));
  for (let i = 1; i <= steps; i++) {
    const a = -Math.PI / 2 + (i / steps) * (end + Math.PI / 2);
    doc.lineTo(cx + inner * Math.cos(a), cy + inner * Math.sin(a));
  }
  doc.closePath();
  if (box.outline) doc.stroke();
  else doc.fill();
}

function drawBars(doc: Doc, level: number, { x, y, size, outline }: IconBox, line: number): void {
  const barWidth = size * 0.22;
  const gap = (size - 3 * barWidth) / 2;
  for (let i = 0; i < 3; i++) {
    const height = size * (0.4 + 0.3 * i);
    const bx = x + i * (barWidth + gap);
    const by = y + size - height;
    if (i > level) doc.rect(bx + line / 2, by + line / 2, barWidth - line, height - line).stroke();
    else if (!outline) doc.rect(bx, by, barWidth, height).fill();
    else {
      doc.rect(bx + line / 2, by + line / 2, barWidth - line, height - line).stroke();
      doc.moveTo(bx + barWidth / 2, by + line * 1.5).lineTo(bx + barWidth / 2, by + height - line * 1.5).stroke();
    }
  }
}

function drawCircles(doc: Doc, level: number, { x, y, size, outline }: IconBox): void {
  // Kept inside the icon's square: apart, touching, overlapping.
  const r = size * 0.2;
  const spread = [size * 0.29, size * 0.2, size * 0.1][level] ?? size * 0.2;
  doc.circle(x + size / 2 - spread, y + size / 2, r).stroke();
  doc.circle(x + size / 2 + spread, y + size / 2, r);
  if (outline) doc.stroke();
  else doc.fill();
}

/** A new icon kind or mark shape without its drawing is a compile error here, not a silently wrong picture. */
function unreachable(value: never): never {
  throw new Error(`no drawing for ${String(value)}`);
}

// Sets a card body in its box: the largest size whose lines fit, or a content error naming the card.
import { ContentError, type ContentProblem } from "../content/errors.js";
import type { Block } from "../content/markdown.js";
import type { FaceDesign } from "./design.js";
import { breakLines, paragraphsOf, piecesOf, type Paragraph, type Piece } from "./line-break.js";
import type { TextMeasurer } from "./text-measurer.js";

export interface SetLine {
  /** Baseline, from the top of the body box. */
  baseline: number;
  /** Left edge, from the left of the body box. */
  x: number;
  pieces: Piece[];
}
export interface SetBlock {
  kind: "paragraph" | "item";
  lines: SetLine[];
  /** List items: the bullet or number, set in the hanging indent. */
  label?: Piece & { baseline: number };
}
export interface SetBody {
  size: number;
  height: number;
  blocks: SetBlock[];
}

/** A body split into paragraphs of measured words, once, to be set at any size. */
export interface PreparedBody {
  paragraphs: Paragraph[];
  spaceUnit: number;
}

export function prepareBody(blocks: Block[], measurer: TextMeasurer): PreparedBody {
  return { paragraphs: paragraphsOf(blocks, measurer), spaceUnit: measurer.unitWidth("body", " ") };
}

/** Sets the body at one size in a box `width` wide; returns the lines and the height used. */
export function setBody(body: PreparedBody, { width, size }: { width: number; size: number }, design: FaceDesign, measurer: TextMeasurer): SetBody {
  const lineHeight = size * design.lineHeight;
  const indent = size * design.listIndent;
  const blocks: SetBlock[] = [];
  let y = 0;
  body.paragraphs.forEach((paragraph, index) => {
    if (index > 0) {
      const previous = body.paragraphs[index - 1];
      y += paragraph.kind === "item" && previous.kind === "item" ? size * design.itemGap : size * design.paragraphGap;
    }
    const x = paragraph.kind === "item" ? indent : 0;
    const lines = breakLines(paragraph.words, (width - x) / size, body.spaceUnit, measurer);
    const set: SetBlock = { kind: paragraph.kind, lines: [] };
    lines.forEach((line, i) => {
      set.lines.push({ baseline: y + i * lineHeight + size, x, pieces: piecesOf(line, size, body.spaceUnit) });
    });
    if (paragraph.label) {
      const unit = measurer.unitWidth("body", paragraph.label);
      set.label = { text: paragraph.label, role: "body", x: 0, width: unit * size, baseline: y + size };
    }
    y += Math.max(1, lines.length) * lineHeight;
    blocks.push(set);
  });
  return { size, height: y, blocks };
}

/** A body too long for its card even at the floor size: how many lines too long, as its message says. */
export class BodyOverflow extends ContentError {
  constructor(
    problem: ContentProblem,
    readonly lines: number,
    readonly floor: number,
  ) {
    super([problem]);
  }
}

/** A body to fit: its box, how to set it, and the card to name if it cannot fit. */
export interface BodyFit {
  box: { width: number; height: number };
  design: FaceDesign;
  measurer: TextMeasurer;
  file: string;
  /** e.g. "poker" — named in the error. */
  cardLabel: string;
}

/**
 * The largest body size, from the design size down to the floor in small steps (binary search), whose
 * lines fit `height`. Throws a ContentError naming the card file and the overflow if even the floor does not fit.
 */
export function fitBody(blocks: Block[], { box, design, measurer, file, cardLabel }: BodyFit): SetBody {
  const body = prepareBody(blocks, measurer);
  const sizes: number[] = [];
  for (let size = design.bodySize; size >= design.bodyFloor - 1e-9; size -= design.bodyStep) sizes.push(Math.round(size * 100) / 100);
  const at = (index: number) => setBody(body, { width: box.width, size: sizes[index] }, design, measurer);
  const first = at(0);
  if (first.height <= box.height) return first;
  const floor = at(sizes.length - 1);
  if (floor.height > box.height) {
    const over = floor.height - box.height;
    const lines = Math.ceil(over / (floor.size * design.lineHeight));
    const message = `is ${Math.ceil(over)} pt (${lines} ${lines === 1 ? "line" : "lines"}) too long for a ${cardLabel} card even at ${floor.size} pt; shorten it`;
    const values = { points: Math.ceil(over), lines, size: cardLabel, floor: floor.size };
    throw new BodyOverflow({ file, field: "body", message, code: "overflow", values }, lines, floor.size);
  }
  // Invariant: sizes[lo] does not fit, sizes[hi] fits.
  let lo = 0;
  let hi = sizes.length - 1;
  let best = floor;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const set = at(mid);
    if (set.height <= box.height) {
      hi = mid;
      best = set;
    } else lo = mid;
  }
  return best;
}

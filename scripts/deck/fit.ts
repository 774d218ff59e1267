// Sets a card body in its box: wraps styled runs into lines and finds the largest size that fits, or fails loudly.
import { ContentError } from "../content/errors.js";
import type { Block, Run } from "../content/markdown.js";
import type { FontRole } from "../fonts/fonts.js";
import type { FaceDesign } from "./design.js";
import type { TextMeasurer } from "./text-measurer.js";

export interface Piece {
  text: string;
  role: FontRole;
  /** Offset from the line's start, points. */
  x: number;
  width: number;
}
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

export function roleOf(run: Pick<Run, "bold" | "italic">): FontRole {
  if (run.bold) return run.italic ? "bodyBoldItalic" : "bodyBold";
  return run.italic ? "bodyItalic" : "body";
}

/** A word: pieces with no space between (e.g. "**calm**," is a bold piece and a regular comma), widths at 1 pt. */
interface Word {
  pieces: { text: string; role: FontRole; unit: number }[];
  unit: number;
  /** A hard line break follows this word. */
  breakAfter?: boolean;
}

interface Paragraph {
  kind: "paragraph" | "item";
  label?: string;
  words: Word[];
}

function wordsOf(runs: Run[], measurer: TextMeasurer): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  const finish = () => {
    if (current && current.pieces.length) words.push(current);
    current = null;
  };
  for (const run of runs) {
    const role = roleOf(run);
    for (const part of run.text.split(/(\s+)/)) {
      if (part === "") continue;
      if (/^\s+$/.test(part)) {
        if (part.includes("\n") && current) (current as Word).breakAfter = true;
        finish();
        continue;
      }
      current ??= { pieces: [], unit: 0 };
      const unit = measurer.unitWidth(role, part);
      current.pieces.push({ text: part, role, unit });
      current.unit += unit;
    }
  }
  finish();
  return words;
}

function paragraphsOf(blocks: Block[], measurer: TextMeasurer): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of blocks) {
    if (block.type === "paragraph") out.push({ kind: "paragraph", words: wordsOf(block.runs, measurer) });
    else block.items.forEach((item, i) => out.push({ kind: "item", label: block.ordered ? `${i + 1}.` : "•", words: wordsOf(item, measurer) }));
  }
  return out;
}

/** Splits a word too long for a line into chunks that fit (never happens in normal prose). */
function splitLongWord(word: Word, maxUnit: number, measurer: TextMeasurer): Word[] {
  const chunks: Word[] = [];
  let chunk: Word = { pieces: [], unit: 0 };
  for (const piece of word.pieces) {
    for (const char of piece.text) {
      const unit = measurer.unitWidth(piece.role, char);
      if (chunk.unit + unit > maxUnit && chunk.unit > 0) {
        chunks.push(chunk);
        chunk = { pieces: [], unit: 0 };
      }
      const last = chunk.pieces[chunk.pieces.length - 1];
      if (last && last.role === piece.role) last.text += char, (last.unit += unit);
      else chunk.pieces.push({ text: char, role: piece.role, unit });
      chunk.unit += unit;
    }
  }
  if (chunk.pieces.length) chunks.push(chunk);
  chunks[chunks.length - 1].breakAfter = word.breakAfter;
  return chunks;
}

/** Greedy line breaking at 1 pt: returns lines of words. */
function breakLines(words: Word[], maxUnit: number, spaceUnit: number, measurer: TextMeasurer): Word[][] {
  const lines: Word[][] = [];
  let line: Word[] = [];
  let used = 0;
  for (const original of words) {
    const parts = original.unit > maxUnit ? splitLongWord(original, maxUnit, measurer) : [original];
    for (const word of parts) {
      const needed = line.length ? used + spaceUnit + word.unit : word.unit;
      if (line.length && needed > maxUnit) {
        lines.push(line);
        line = [word];
        used = word.unit;
      } else {
        line.push(word);
        used = needed;
      }
      if (word.breakAfter) {
        lines.push(line);
        line = [];
        used = 0;
      }
    }
  }
  if (line.length) lines.push(line);
  return lines;
}

/** Joins a line's words into pieces of one face each (fewer draw calls), positioned in points. */
function piecesOf(line: Word[], size: number, spaceUnit: number): Piece[] {
  const pieces: Piece[] = [];
  let x = 0;
  line.forEach((word, index) => {
    word.pieces.forEach((piece, pieceIndex) => {
      const last = pieces[pieces.length - 1];
      const space = index > 0 && pieceIndex === 0;
      const text = (space ? " " : "") + piece.text;
      const width = (piece.unit + (space ? spaceUnit : 0)) * size;
      if (last && last.role === piece.role) {
        last.text += text;
        last.width += width;
      } else {
        pieces.push({ text: space ? piece.text : text, role: piece.role, x: space ? x + spaceUnit * size : x, width: piece.unit * size });
      }
      x += width;
    });
  });
  return pieces;
}

export interface BodyLayout {
  paragraphs: Paragraph[];
  spaceUnit: number;
}

export function prepareBody(blocks: Block[], measurer: TextMeasurer): BodyLayout {
  return { paragraphs: paragraphsOf(blocks, measurer), spaceUnit: measurer.unitWidth("body", " ") };
}

/** Sets the body at one size in a box `width` wide; returns the lines and the height used. */
export function setBody(body: BodyLayout, { width, size }: { width: number; size: number }, design: FaceDesign, measurer: TextMeasurer): SetBody {
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
    throw new ContentError([
      {
        file,
        field: "body",
        message: `is ${Math.ceil(over)} pt (${lines} ${lines === 1 ? "line" : "lines"}) too long for a ${cardLabel} card even at ${floor.size} pt; shorten it`,
      },
    ]);
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

/** Wraps a plain string in one face (titles) at `size` in a box `width` wide. */
export function wrapPlain(text: string, { role, size, width }: { role: FontRole; size: number; width: number }, measurer: TextMeasurer): string[] {
  const words = wordsOf([{ text, bold: false, italic: false }], measurer).map((word) => ({
    ...word,
    pieces: word.pieces.map((p) => ({ ...p, role, unit: measurer.unitWidth(role, p.text) })),
    unit: word.pieces.reduce((sum, p) => sum + measurer.unitWidth(role, p.text), 0),
  }));
  const lines = breakLines(words, width / size, measurer.unitWidth(role, " "), measurer);
  return lines.map((line) => line.map((w) => w.pieces.map((p) => p.text).join("")).join(" "));
}

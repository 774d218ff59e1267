// Breaks styled runs into words and greedy lines at 1 pt, measured with the card fonts; never hyphenates.
import type { Block, Run } from "../content/markdown.js";
import type { FontRole } from "../fonts/fonts.js";
import type { TextMeasurer } from "./text-measurer.js";

/** A stretch of one line in one face. */
export interface Piece {
  text: string;
  role: FontRole;
  /** Offset from the line's start, points. */
  x: number;
  width: number;
}

export function roleOf(run: Pick<Run, "bold" | "italic">): FontRole {
  if (run.bold) return run.italic ? "bodyBoldItalic" : "bodyBold";
  return run.italic ? "bodyItalic" : "body";
}

/** A list item's label, set in the hanging indent: its number, or a bullet. */
export function listLabel(ordered: boolean, index: number): string {
  return ordered ? `${index + 1}.` : "•";
}

/** A word: pieces with no space between (e.g. "**calm**," is a bold piece and a regular comma), widths at 1 pt. */
export interface Word {
  pieces: { text: string; role: FontRole; unit: number }[];
  unit: number;
  /** A hard line break follows this word. */
  breakAfter?: boolean;
}

export interface Paragraph {
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

export function paragraphsOf(blocks: Block[], measurer: TextMeasurer): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of blocks) {
    if (block.type === "paragraph") out.push({ kind: "paragraph", words: wordsOf(block.runs, measurer) });
    else block.items.forEach((item, i) => out.push({ kind: "item", label: listLabel(block.ordered, i), words: wordsOf(item, measurer) }));
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
export function breakLines(words: Word[], maxUnit: number, spaceUnit: number, measurer: TextMeasurer): Word[][] {
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
export function piecesOf(line: Word[], size: number, spaceUnit: number): Piece[] {
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

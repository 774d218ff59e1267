// Text written straight as glyph runs, from words shaped once per process: pdfkit's encoding and kerning, cached per word.
import type { Font } from "fontkit";
import type { FontRole } from "../fonts/fonts.js";
import { fillOps, pdfNumber as num } from "./pdf-ops.js";
import { fontOnPage, includeGlyph, writeOperators, type Doc, type EmbeddedFont } from "./pdfkit-internals.js";
import type { DeckFonts } from "./text-measurer.js";

const shapersOf = new WeakMap<Doc, DeckFonts>();

/** The process-wide faces a document's text is shaped with (its embedded faces are its own). */
export function useShapers(doc: Doc, fonts: DeckFonts): void {
  shapersOf.set(doc, fonts);
}

/** A word as shaped once per process: glyph ids, advances and kerning in 1/1000 em, and what each glyph stands for. */
interface ShapedWord {
  ids: number[];
  advances: number[];
  kerns: number[];
  codePoints: number[][];
  hasOffsets: boolean;
}
const shapedWords = new WeakMap<Font, Map<string, ShapedWord>>();

function shape(face: Font, word: string): ShapedWord {
  let cache = shapedWords.get(face);
  if (!cache) shapedWords.set(face, (cache = new Map()));
  let shaped = cache.get(word);
  if (!shaped) {
    const run = face.layout(word);
    const scale = 1000 / face.unitsPerEm;
    const chars = [...word].map((c) => c.codePointAt(0)!);
    // One glyph per character: each glyph stands for its own character. Otherwise (ligatures) take
    // fontkit's mapping. Never a glyph's remembered first use, which depends on what was shaped before.
    const oneToOne = run.glyphs.length === chars.length;
    shaped = {
      ids: run.glyphs.map((g) => g.id),
      advances: run.glyphs.map((g) => g.advanceWidth * scale),
      kerns: run.glyphs.map((g, i) => (run.positions[i].xAdvance - g.advanceWidth) * scale),
      codePoints: run.glyphs.map((g, i) => (oneToOne ? [chars[i]] : g.codePoints)),
      hasOffsets: run.positions.some((p) => p.xOffset || p.yOffset),
    };
    cache.set(word, shaped);
  }
  return shaped;
}

const wordCodes = new WeakMap<EmbeddedFont, Map<string, string | null>>();

/**
 * A word's glyphs as a TJ fragment ("<hex> kern <hex>"), cached per embedded font (one per document,
 * so subset glyph ids stay right), registering glyphs, widths and ToUnicode entries as pdfkit's own
 * encode() does. Words keep their trailing space, as pdfkit shapes them; null if a glyph needs an
 * offset (combining marks), which only pdfkit's text() places correctly.
 */
function wordCode(font: EmbeddedFont, face: Font, word: string): string | null {
  let cache = wordCodes.get(font);
  if (!cache) wordCodes.set(font, (cache = new Map()));
  let code = cache.get(word);
  if (code !== undefined) return code;
  const shaped = shape(face, word);
  if (shaped.hasOffsets) code = null;
  else {
    const parts: string[] = [];
    let hex = "";
    shaped.ids.forEach((id, i) => {
      const gid = includeGlyph(font, id, shaped.advances[i], shaped.codePoints[i]);
      hex += `0000${gid.toString(16)}`.slice(-4);
      if (shaped.kerns[i] !== 0) {
        parts.push(`<${hex}> ${num(-shaped.kerns[i])}`);
        hex = "";
      }
    });
    if (hex) parts.push(`<${hex}>`);
    code = parts.join(" ");
  }
  cache.set(word, code);
  return code;
}

/** One line of text in one face, size and colour, with its baseline at (x, y) in pdfkit's top-down space. */
export interface TextLine {
  text: string;
  role: FontRole;
  size: number;
  colour: string;
  x: number;
  y: number;
}

/**
 * Draws one line of text, writing the text operators directly: pdfkit's own glyph encoding and
 * kerning, cached per word, without text()'s per-call option handling, which dominated the deck's
 * render time. Falls back to text() for glyphs with offsets.
 */
export function fastText(doc: Doc, { text, role, size, colour, x, y }: TextLine): void {
  if (!text) return;
  doc.font(role);
  const font = fontOnPage(doc);
  const face = shapersOf.get(doc)![role];
  const codes: string[] = [];
  for (const word of text.split(/(?<= )/)) {
    const code = wordCode(font, face, word);
    if (code === null) {
      doc.fontSize(size).fillColor(colour).text(text, x, y, { lineBreak: false, baseline: "alphabetic" });
      return;
    }
    codes.push(code);
  }
  writeOperators(doc, `${fillOps(colour)}\nBT\n1 0 0 -1 ${num(x)} ${num(y)} Tm\n/${font.id} ${num(size)} Tf\n[${codes.join(" ")}] TJ\nET`);
}

// Fast paths under pdfkit: decoration drawn once per document as a form, and text written from words shaped once per process.
import type { Font } from "fontkit";
import type { DeckFonts } from "./text-measurer.js";
import type { Doc } from "./pdf-doc.js";

/** The slice of pdfkit internals the fast paths below rely on (stable across pdfkit 0.1x–0.20). */
interface PdfkitInternals {
  _font: { id: string; ref(): unknown; encode(text: string): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]] };
  page: PageResources;
  addContent(data: string): unknown;
  ref(data: Record<string, unknown>): { end(data: string): void };
}

/** The resource dictionaries pdfkit registers into as it draws (fonts, patterns, colour spaces, opacity). */
interface PageResources {
  fonts: Record<string, unknown>;
  xobjects: Record<string, unknown>;
  patterns: Record<string, unknown>;
  colorSpaces: Record<string, unknown>;
  ext_gstates: Record<string, unknown>;
}

const num = (value: number) => Math.round(value * 1000) / 1000;

/** A drawing kept as a form XObject: written once per document, placed with one operator. */
export interface Form {
  name: string;
  ref: unknown;
}

/** [left, top, right, bottom] in the drawing's own top-down coordinates: what the form may paint. */
export type FormBox = [number, number, number, number];

const formsOf = new WeakMap<Doc, Map<string, Form>>();

/**
 * The form XObject drawn by `draw` for `key`, made on first use in each document. Decoration that
 * repeats on every card (marks, icons, emblems, the back's name) is written once and then placed
 * with `Do`: smaller pages, and far less for the deflater. `draw` may use any pdfkit drawing call;
 * fonts and patterns it uses go into the form's own resources.
 */
export function formOf(doc: Doc, key: string, box: FormBox, draw: () => void): Form {
  let forms = formsOf.get(doc);
  if (!forms) formsOf.set(doc, (forms = new Map()));
  let form = forms.get(key);
  if (form) return form;
  const internals = doc as unknown as PdfkitInternals;
  const ops: string[] = [];
  const resources = { Font: {}, XObject: {}, Pattern: {}, ColorSpace: {}, ExtGState: {} };
  const page = internals.page;
  const addContent = internals.addContent;
  // Drawing calls write to the form, and register what they use in the form's resources.
  internals.page = { fonts: resources.Font, xobjects: resources.XObject, patterns: resources.Pattern, colorSpaces: resources.ColorSpace, ext_gstates: resources.ExtGState };
  internals.addContent = (data: string) => {
    ops.push(data);
    return doc;
  };
  try {
    doc.save();
    draw();
    doc.restore();
  } finally {
    internals.page = page;
    internals.addContent = addContent;
  }
  const used = Object.fromEntries(Object.entries(resources).filter(([, entries]) => Object.keys(entries).length));
  const ref = internals.ref({ Type: "XObject", Subtype: "Form", FormType: 1, BBox: box.map(num), Resources: used });
  ref.end(ops.join("\n"));
  form = { name: `Fm${forms.size + 1}`, ref };
  forms.set(key, form);
  return form;
}

/** Places a form with its origin at (x, y), optionally turned 180° about the centre of a width × height box. */
export function placeForm(doc: Doc, form: Form, x: number, y: number, turn?: { width: number; height: number }): void {
  const internals = doc as unknown as PdfkitInternals;
  internals.page.xobjects[form.name] = form.ref;
  const matrix = turn ? `-1 0 0 -1 ${num(x + turn.width)} ${num(y + turn.height)}` : `1 0 0 1 ${num(x)} ${num(y)}`;
  internals.addContent(`q ${matrix} cm /${form.name} Do Q`);
}

const colourOps = new Map<string, string>();

/** The fill-colour operators for a #rrggbb colour, cached. */
export function fillOps(hex: string): string {
  let ops = colourOps.get(hex);
  if (!ops) {
    const [r, g, b] = [1, 3, 5].map((i) => num(parseInt(hex.slice(i, i + 2), 16) / 255));
    colourOps.set(hex, (ops = `/DeviceRGB cs ${r} ${g} ${b} scn`));
  }
  return ops;
}

/** A filled rectangle in one colour, written as three short operators (pdfkit spells colours out to 16 digits). */
export function fillRect(doc: Doc, colour: string, rect: { x: number; y: number; width: number; height: number }): void {
  (doc as unknown as PdfkitInternals).addContent(`${fillOps(colour)}\n${num(rect.x)} ${num(rect.y)} ${num(rect.width)} ${num(rect.height)} re\nf`);
}

type EmbeddedFont = PdfkitInternals["_font"];
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

interface EmbeddedFontState {
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
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
    const state = font as unknown as EmbeddedFontState;
    const parts: string[] = [];
    let hex = "";
    shaped.ids.forEach((id, i) => {
      const gid = state.subset.includeGlyph(id);
      state.widths[gid] ??= shaped.advances[i];
      state.unicode[gid] ??= shaped.codePoints[i];
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

/**
 * Draws one line of text with its baseline at (x, y) in pdfkit's top-down space, writing the text
 * operators directly: pdfkit's own glyph encoding and kerning, cached per word, without text()'s
 * per-call option handling, which dominated the deck's render time. Falls back to text() for glyphs with offsets.
 */
export function fastText(doc: Doc, role: string, size: number, colour: string, x: number, y: number, text: string): void {
  if (!text) return;
  doc.font(role);
  const internals = doc as unknown as PdfkitInternals;
  const font = internals._font;
  if (internals.page.fonts[font.id] == null) internals.page.fonts[font.id] = font.ref();
  const face = shapersOf.get(doc)![role as keyof DeckFonts];
  const codes: string[] = [];
  for (const word of text.split(/(?<= )/)) {
    const code = wordCode(font, face, word);
    if (code === null) {
      doc.fontSize(size).fillColor(colour).text(text, x, y, { lineBreak: false, baseline: "alphabetic" });
      return;
    }
    codes.push(code);
  }
  internals.addContent(`${fillOps(colour)}\nBT\n1 0 0 -1 ${num(x)} ${num(y)} Tm\n/${font.id} ${num(size)} Tf\n[${codes.join(" ")}] TJ\nET`);
}

// A typed wrapper over pdfkit for tagged, deterministic, print-ready documents: options, structure, artifacts, boxes.
import PDFDocument from "pdfkit";
import type { Rect } from "./geometry.js";
import type { Font } from "fontkit";
import type { FontBytes } from "../fonts/fonts.js";
import type { DeckFonts } from "./measure.js";

export type Doc = PDFKit.PDFDocument;
export type StructElement = PDFKit.PDFStructureElement;
export type StructContent = PDFKit.PDFStructureContent;
type StructChild = StructElement | StructContent;

export interface DocumentOptions {
  title: string;
  lang: string;
  /** Creation and modification date: when the content last changed, never the clock. */
  updated: Date;
  /** Ask the viewer to print two-sided, flipping on the long edge. */
  duplex: boolean;
  /** Neutral metadata: no author or creator that names the deck. */
  discreet: boolean;
  /** Embedded: each document parses its own faces from the bytes and subsets them. */
  fonts: FontBytes;
  /** Shaping: faces parsed once per process, so each word is shaped once, not once per PDF. */
  shapers: DeckFonts;
}

export interface OpenDocument {
  doc: Doc;
  /** The tagged-PDF root: one Sect per card goes in here. */
  root: StructElement;
  /** Ends the document and resolves to its bytes. */
  finish(): Promise<Uint8Array>;
}

export function openDocument(options: DocumentOptions): OpenDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    pdfVersion: "1.7",
    tagged: true,
    lang: options.lang,
    displayTitle: true,
    // @types/pdfkit lists only the PDF/A subsets; pdfkit itself also writes the PDF/UA identifier.
    subset: "PDF/UA" as PDFKit.Mixins.PDFSubsets,
    margin: 0,
    info: {
      Title: options.title,
      ...(options.discreet ? { Creator: "Cards" } : { Author: "Afterglow", Creator: "Afterglow deck" }),
      Producer: "PDFKit",
      CreationDate: options.updated,
      ModDate: options.updated,
    },
  });
  setViewerPreferences(doc, options.duplex);
  for (const [role, bytes] of Object.entries(options.fonts)) {
    // Each document parses its own faces: a fontkit face shared between documents remembers which
    // characters first produced each glyph, and that history leaked into the ToUnicode maps, so the
    // same cards gave different bytes depending on what was rendered before. Measuring still shares one.
    doc.registerFont(role, bytes as Buffer);
  }
  const output = new GrowingBytes();
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Uint8Array) => output.append(chunk));
    doc.on("end", () => resolve(output.bytes()));
    doc.on("error", reject);
  });
  shapersOf.set(doc, options.shapers);
  const root = struct(doc, "Document");
  doc.addStructure(root);
  return {
    doc,
    root,
    finish() {
      root.end();
      doc.end();
      return done;
    },
  };
}

/**
 * pdfkit's displayTitle creates the ViewerPreferences dictionary with DisplayDocTitle only; the
 * print hints are merged into that same dictionary here (replacing it would lose the title flag).
 */
function setViewerPreferences(doc: Doc, duplex: boolean) {
  const root = (doc as unknown as { _root: { data: Record<string, { data: Record<string, unknown> } | undefined> } })._root;
  const prefs = root.data.ViewerPreferences;
  if (!prefs) throw new Error("pdfkit did not create ViewerPreferences for displayTitle");
  prefs.data.DisplayDocTitle = true;
  prefs.data.PrintScaling = "None";
  if (duplex) prefs.data.Duplex = "DuplexFlipLongEdge";
}

/**
 * The PDF as it is written: pdfkit emits many tiny chunks ("endobj", one dictionary), and keeping
 * each as its own buffer cost far more memory than the bytes themselves; one doubling buffer does not.
 */
class GrowingBytes {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  append(chunk: Uint8Array): void {
    if (this.length + chunk.length > this.buffer.length) {
      let capacity = this.buffer.length * 2;
      while (capacity < this.length + chunk.length) capacity *= 2;
      const grown = new Uint8Array(capacity);
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.length);
    this.length += chunk.length;
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** A structure element; the two-argument form (type, children) that @types/pdfkit lacks is allowed. */
export function struct(doc: Doc, type: string, children?: StructChild[]): StructElement {
  const make = doc.struct as unknown as (type: string, children?: StructChild[]) => StructElement;
  return children ? make.call(doc, type, children) : make.call(doc, type);
}

/** Draws inside a marked-content sequence tied to a structure element of type `tag`. */
export function tagged(doc: Doc, tag: string, draw: () => void): StructContent {
  const content = doc.markStructureContent(tag);
  draw();
  doc.endMarkedContent();
  return content;
}

/** Draws decoration (marks, backs, icons) as an artifact: seen, printed, but not read aloud. */
export function artifact(doc: Doc, draw: () => void, type: "Layout" | "Page" | "Pagination" = "Layout"): void {
  doc.markContent("Artifact", { type } as PDFKit.Mixins.MarkingOptions);
  draw();
  doc.endMarkedContent();
}

/** TrimBox and BleedBox on the current page (pdfkit has no API for them), in PDF's bottom-up coordinates. */
export function setPageBoxes(doc: Doc, trim: Rect, bleed: Rect): void {
  const page = doc.page as unknown as { height: number; dictionary: { data: Record<string, unknown> } };
  const box = (r: Rect) => [r.x, page.height - r.y - r.height, r.x + r.width, page.height - r.y].map((v) => Math.round(v * 1000) / 1000);
  page.dictionary.data.TrimBox = box(trim);
  page.dictionary.data.BleedBox = box(bleed);
}

/** The slice of pdfkit internals the fast paths below rely on (stable across pdfkit 0.1x–0.20). */
interface PdfkitInternals {
  _font: { id: string; ref(): unknown; encode(text: string): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]] };
  page: { fonts: Record<string, unknown> };
  addContent(data: string): unknown;
}

const num = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Records the content operators a drawing function emits instead of writing them, so decoration
 * that repeats on every card (marks, icons, emblems) is built once and replayed as one string.
 * Only for paths and colours: anything that registers page resources (fonts, patterns) must not be captured.
 */
export function captureOps(doc: Doc, draw: () => void): string {
  const internals = doc as unknown as PdfkitInternals;
  const ops: string[] = [];
  const original = internals.addContent;
  // pdfkit's drawing methods chain on addContent's return value.
  internals.addContent = (data: string) => {
    ops.push(data);
    return doc;
  };
  try {
    draw();
  } finally {
    internals.addContent = original;
  }
  return ops.join("\n");
}

/** Writes captured operators at (x, y), optionally turned 180° about the centre of a width × height box. */
export function replayOps(doc: Doc, ops: string, x: number, y: number, turn?: { width: number; height: number }, after?: () => void): void {
  const matrix = turn ? `-1 0 0 -1 ${num(x + turn.width)} ${num(y + turn.height)}` : `1 0 0 1 ${num(x)} ${num(y)}`;
  doc.addContent(`q ${matrix} cm\n${ops}`);
  after?.();
  doc.addContent("Q");
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

type EmbeddedFont = PdfkitInternals["_font"];
const shapersOf = new WeakMap<Doc, DeckFonts>();

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
    const run = face.layout(word) as unknown as {
      glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
      positions: { xAdvance: number; xOffset: number; yOffset: number }[];
    };
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

// pdfkit behind one door: every private member the deck's fast paths use, checked as documents open.
import Helvetica from "pdfkit/standard-fonts/Helvetica";
import PDFDocument, { registerStdFonts } from "./pdfkit-portable.js";
import { GrowingBytes } from "./growing-bytes.js";
import { expectShape, pdfkitChanged, type Expect } from "./pdfkit-check.js";

export type Doc = PDFKit.PDFDocument;

// pdfkit opens Helvetica as every document's starting font; its portable build wants the metrics handed in.
registerStdFonts(Helvetica);

/** On pdfkit's document class, before each document. */
const documentClass: Expect[] = [
  ["_write", "function"], // overridden: pdfkit's sink for every piece of output, rerouted into one buffer
  ["push", "function"], // overridden: pdfkit's other stream call, push(null) once the document is complete
  ["addContent", "function"], // overridden: a page's operators are batched until it ends; called to write operators directly
  ["flushPages", "function"], // overridden: ends pages, so batched operators are flushed first
  ["endPageMarkings", "function"], // overridden: closes a page's marked content (text running onto a new page): flushed first
  ["ref", "function"], // called: a new indirect object, for form XObjects
];
/** On each document, once pdfkit's constructor has run. */
const documentInstance: Expect[] = [
  ["_offset", "number"], // advanced by our _write: the byte offsets pdfkit puts in the xref table
  ["_root.data", "object"], // the catalog: its ViewerPreferences get the print hints
];
/** On each page pdfkit adds. */
const pageShape: Expect[] = [
  ["write", "function"], // where a page's batched operators go when it ends
  ["dictionary.data", "object"], // TrimBox and BleedBox, which pdfkit has no option for
  // The resource dictionaries drawing registers into: forms capture them, fast text and placed forms add to them.
  ["fonts", "present"],
  ["xobjects", "present"],
  ["patterns", "present"],
  ["colorSpaces", "present"],
  ["ext_gstates", "present"],
];
/** On the current font (doc._font) after doc.font(), once per embedded font. */
const fontShape: Expect[] = [
  ["id", "string"], // its resource name (/F1), for Tf and the page's font resources
  ["ref", "function"], // its indirect object, for the page's font resources
  ["encode", "function"], // what fast text re-implements (includeGlyph below), so it must still be pdfkit's EmbeddedFont
  ["subset.includeGlyph", "function"], // a glyph into the subset, returning its id there
  ["widths", "array"], // each subset glyph's width, for the W array
  ["unicode", "array"], // each subset glyph's characters, for the ToUnicode map
];

/** A font as pdfkit embeds it in one document: `id` names it in content streams. */
export interface EmbeddedFont {
  readonly id: string;
}
interface PdfkitFont extends EmbeddedFont {
  ref(): unknown;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
}
/** The resource dictionaries pdfkit registers into as it draws (fonts, patterns, colour spaces, opacity). */
interface PageResources {
  fonts: Record<string, unknown>;
  xobjects: Record<string, unknown>;
  patterns: Record<string, unknown>;
  colorSpaces: Record<string, unknown>;
  ext_gstates: Record<string, unknown>;
}
/** The document as pdfkit 0.20 has it inside: the members above, typed. */
interface Internals {
  _root: { data: Record<string, { data: Record<string, unknown> } | undefined> };
  _font: PdfkitFont;
  page: PageResources & { dictionary: { data: Record<string, unknown> } };
  addContent(data: string): unknown;
  ref(data: Record<string, unknown>): { end(data: string): void };
}
const internal = (doc: Doc) => doc as unknown as Internals;

/** pdfkit's document class as a constructor (its @types describe an instance, not the class). */
const PdfkitDocument = PDFDocument as unknown as new (options: PDFKit.PDFDocumentOptions) => Doc;

/**
 * pdfkit's document with its two output paths replaced (in its Node and browser builds alike):
 * - bytes go straight into one buffer, not through pdfkit's stream: it writes thousands of small
 *   pieces per page, and buffering each as a stream chunk cost a third of a large deck's render time;
 * - a page's content operators are joined and handed to the page once, when it ends, where pdfkit
 *   turns every operator into its own byte array. Joined with newlines, the bytes are exactly pdfkit's.
 */
class DirectDocument extends PdfkitDocument {
  // `declare`: no field initialisers, which would run after pdfkit's constructor has already written the header.
  declare output: GrowingBytes | undefined;
  declare private pending: string[] | undefined;
  declare private resolveBytes: ((bytes: Uint8Array) => void) | undefined;
  declare _offset: number;

  /** The finished PDF, once pdfkit has written its last byte. */
  readonly finished = new Promise<Uint8Array>((resolve) => (this.resolveBytes = resolve));

  /** Strings are latin1 ("binary") lines, bytes are written as they are. */
  _write(data: string | Uint8Array): void {
    this.output ??= new GrowingBytes();
    this._offset += typeof data === "string" ? this.output.appendLine(data) : this.output.append(data);
  }

  push(chunk: Uint8Array | null): boolean {
    if (chunk === null) this.resolveBytes!(this.output!.bytes());
    return true;
  }

  addContent(data: string): Doc {
    (this.pending ??= []).push(data);
    return this;
  }

  private flushContent(): void {
    // pdfkit has no page before the first addPage, when nothing is pending either.
    if (this.pending?.length) this.page.write(this.pending.join("\n"));
    this.pending = [];
  }

  flushPages(): void {
    this.flushContent();
    PdfkitDocument.prototype.flushPages.call(this);
  }

  endPageMarkings(page: PDFKit.PDFPage): PDFKit.Mixins.PageMarking[] {
    this.flushContent();
    return PdfkitDocument.prototype.endPageMarkings.call(this, page);
  }

  addPage(options?: PDFKit.PDFDocumentOptions): Doc {
    PdfkitDocument.prototype.addPage.call(this, options);
    expectShape(this.page, "PDFPage", pageShape);
    return this;
  }
}

/** A pdfkit document writing into one buffer, checked first: throws naming the member if pdfkit changed. */
export function createDocument(options: PDFKit.PDFDocumentOptions): { doc: Doc; finished: Promise<Uint8Array> } {
  expectShape(PdfkitDocument.prototype, "PDFDocument", documentClass);
  const doc = new DirectDocument(options);
  expectShape(doc, "PDFDocument", documentInstance);
  if (!doc.output?.size) throw pdfkitChanged("PDFDocument#_write", "was not called for the header");
  return { doc, finished: doc.finished };
}

/** Merges entries into the ViewerPreferences pdfkit creates for displayTitle (replacing them would lose that flag). */
export function mergeViewerPreferences(doc: Doc, entries: Record<string, unknown>): void {
  expectShape(doc, "PDFDocument", [["_root.data.ViewerPreferences.data", "object"]]);
  Object.assign(internal(doc)._root.data.ViewerPreferences!.data, entries);
}

/** Sets entries in the current page's dictionary. */
export function setPageEntries(doc: Doc, entries: Record<string, unknown>): void {
  Object.assign(internal(doc).page.dictionary.data, entries);
}

/** Writes content operators to the current page (or the form being captured) as they are. */
export function writeOperators(doc: Doc, operators: string): void {
  internal(doc).addContent(operators);
}

export type FormResources = Record<"Font" | "XObject" | "Pattern" | "ColorSpace" | "ExtGState", Record<string, unknown>>;

/**
 * Runs `draw` with its operators, and the fonts, patterns and colours it registers, kept for a form
 * instead of going to the page: any pdfkit drawing call works inside.
 */
export function captureDrawing(doc: Doc, draw: () => void): { operators: string[]; resources: FormResources } {
  const internals = internal(doc);
  const operators: string[] = [];
  const resources: FormResources = { Font: {}, XObject: {}, Pattern: {}, ColorSpace: {}, ExtGState: {} };
  const { page, addContent } = internals;
  const formPage: PageResources = { fonts: resources.Font, xobjects: resources.XObject, patterns: resources.Pattern, colorSpaces: resources.ColorSpace, ext_gstates: resources.ExtGState };
  internals.page = formPage as Internals["page"];
  internals.addContent = (data: string) => {
    operators.push(data);
    return doc; // pdfkit's drawing calls return what addContent returns, for chaining
  };
  try {
    draw();
  } finally {
    internals.page = page;
    internals.addContent = addContent;
  }
  return { operators, resources };
}

/** A new indirect object with `dictionary` and a stream of `content`, written now; returns its reference. */
export function writeStreamObject(doc: Doc, dictionary: Record<string, unknown>, content: string): unknown {
  const ref = internal(doc).ref(dictionary);
  expectShape(ref, "PDFReference", [["end", "function"]]);
  ref.end(content);
  return ref;
}

/** Names an XObject in the current page's resources, for a `Do` operator. */
export function useXObject(doc: Doc, name: string, ref: unknown): void {
  internal(doc).page.xobjects[name] = ref;
}

const checkedFonts = new WeakSet<object>();

/** The current font (set with doc.font()) as this document embeds it, in the page's font resources as text() would put it. */
export function fontOnPage(doc: Doc): EmbeddedFont {
  const { _font: font, page } = internal(doc);
  if (!checkedFonts.has(font)) {
    expectShape(doc, "PDFDocument", [["_font", "object"]]);
    expectShape(font, "EmbeddedFont", fontShape);
    checkedFonts.add(font);
  }
  if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
  return font;
}

/** Adds a glyph to an embedded font's subset with its width and characters, as pdfkit's encode() does; returns its subset id. */
export function includeGlyph(embedded: EmbeddedFont, glyphId: number, width: number, codePoints: number[]): number {
  const font = embedded as PdfkitFont;
  const gid = font.subset.includeGlyph(glyphId);
  font.widths[gid] ??= width;
  font.unicode[gid] ??= codePoints;
  return gid;
}

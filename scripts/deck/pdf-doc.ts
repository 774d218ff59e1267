// A typed wrapper over pdfkit for tagged, deterministic, print-ready documents: options, structure, artifacts, boxes.
import PDFDocument from "pdfkit";
import type { Rect } from "./geometry.js";
import type { FontBytes } from "../fonts/fonts.js";
import type { DeckFonts } from "./text-measurer.js";
import { useShapers } from "./pdf-ops.js";

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
  const doc = new DirectDocument({
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
  const done = doc.finished;
  useShapers(doc, options.shapers);
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

/** pdfkit's document class as a constructor (its @types describe an instance, not the class). */
const PdfkitDocument = PDFDocument as unknown as new (options: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument;

/**
 * pdfkit's document with its two output paths replaced (pdfkit internals stable across 0.1x–0.20,
 * in its Node and browser builds alike):
 * - bytes go straight into one buffer, not through pdfkit's stream: it writes thousands of small
 *   pieces per page, and buffering each as a stream chunk cost a third of a large deck's render time;
 * - a page's content operators are joined and handed to the page once, when it ends, where pdfkit
 *   turns every operator into its own byte array. Joined with newlines, the bytes are exactly pdfkit's.
 */
class DirectDocument extends PdfkitDocument {
  // `declare`: no field initialisers, which would run after pdfkit's constructor has already written the header.
  declare private output: GrowingBytes | undefined;
  declare private pending: string[] | undefined;
  declare private resolveBytes: ((bytes: Uint8Array) => void) | undefined;
  declare _offset: number;

  /** The finished PDF, once pdfkit has written its last byte. */
  readonly finished = new Promise<Uint8Array>((resolve) => (this.resolveBytes = resolve));

  /** pdfkit's sink for every piece of output: strings are latin1 ("binary") lines, bytes are written as they are. */
  _write(data: string | Uint8Array): void {
    this.output ??= new GrowingBytes();
    this._offset += typeof data === "string" ? this.output.appendLine(data) : this.output.append(data);
  }

  /** pdfkit's only other use of its stream: push(null) when the document is complete. */
  push(chunk: Uint8Array | null): boolean {
    if (chunk === null) this.resolveBytes!(this.output!.bytes());
    return true;
  }

  addContent(data: string): PDFKit.PDFDocument {
    (this.pending ??= []).push(data);
    return this;
  }

  private flushContent(): void {
    // pdfkit has no page before the first addPage, when nothing is pending either.
    if (this.pending?.length) this.page.write(this.pending.join("\n"));
    this.pending = [];
  }

  // Both end a page: flushPages before the next page or the end, endPageMarkings (which writes its
  // closing EMCs straight to the page) when text runs onto a new page.
  flushPages(): void {
    this.flushContent();
    PdfkitDocument.prototype.flushPages.call(this);
  }

  endPageMarkings(page: PDFKit.PDFPage): PDFKit.Mixins.PageMarking[] {
    this.flushContent();
    return PdfkitDocument.prototype.endPageMarkings.call(this, page);
  }
}

/**
 * The PDF as it is written, in one doubling buffer: pdfkit emits many tiny pieces ("endobj", one
 * dictionary), and keeping each as its own buffer cost far more memory than the bytes themselves.
 */
class GrowingBytes {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let capacity = this.buffer.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  append(chunk: Uint8Array): number {
    this.reserve(chunk.length);
    this.buffer.set(chunk, this.length);
    this.length += chunk.length;
    return chunk.length;
  }

  /** A latin1 string and a newline, as pdfkit writes its dictionaries and keywords; returns the bytes written. */
  appendLine(text: string): number {
    this.reserve(text.length + 1);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i) & 0xff;
    buffer[at++] = 10;
    this.length = at;
    return text.length + 1;
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

// A typed wrapper over pdfkit for tagged, deterministic, print-ready documents: options, structure, artifacts, boxes.
import PDFDocument from "pdfkit";
import type { Rect } from "./geometry.js";
import type { FontBytes } from "../fonts/fonts.js";
import type { DeckFonts } from "./measure.js";
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
  const done = writeDirectly(doc);
  batchPageContent(doc);
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

/** The slice of pdfkit internals the output paths below replace (stable across pdfkit 0.1x–0.20). */
interface WriterInternals {
  _offset: number;
  _write(data: string | Uint8Array): void;
  push(chunk: Uint8Array | null): boolean;
  addContent(data: string): Doc;
  flushPages(): void;
  endPageMarkings(page: unknown): unknown;
  page: { write(data: string): unknown } | undefined;
}

/**
 * Collects the PDF's bytes as pdfkit writes them, bypassing its Readable stream: pdfkit writes
 * thousands of small pieces per page, and buffering each as a stream chunk (then a Buffer, then a
 * list node) cost a third of a large deck's render time. Resolves when pdfkit signals the end.
 */
function writeDirectly(doc: Doc): Promise<Uint8Array> {
  const internals = doc as unknown as WriterInternals;
  const output = new GrowingBytes();
  // The header pdfkit wrote while it was being constructed is still waiting in its stream.
  const header = (doc as unknown as { read(): Uint8Array | null }).read();
  if (header) output.append(header);
  return new Promise<Uint8Array>((resolve) => {
    // pdfkit's _write: strings are latin1 ("binary") lines, bytes are written as they are.
    internals._write = (data) => {
      internals._offset += typeof data === "string" ? output.appendLine(data) : output.append(data);
    };
    internals.push = (chunk) => {
      if (chunk === null) resolve(output.bytes());
      return true;
    };
  });
}

/**
 * Gathers a page's content operators and hands them to the page once, when it ends: pdfkit turns
 * every operator into its own byte array, and a card face has hundreds. Joining with newlines
 * writes exactly the bytes pdfkit would have.
 */
function batchPageContent(doc: Doc): void {
  const internals = doc as unknown as WriterInternals;
  let pending: string[] = [];
  internals.addContent = (data) => {
    pending.push(data);
    return doc;
  };
  const flush = () => {
    if (pending.length && internals.page) internals.page.write(pending.join("\n"));
    pending = [];
  };
  // Both end a page: flushPages before the next page or the end, endPageMarkings (which writes its
  // closing EMCs straight to the page) when text runs onto a new page.
  const { flushPages, endPageMarkings } = internals;
  internals.flushPages = () => {
    flush();
    flushPages.call(doc);
  };
  internals.endPageMarkings = (page) => {
    flush();
    return endPageMarkings.call(doc, page);
  };
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

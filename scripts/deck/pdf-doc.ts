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
  const output = new GrowingBytes();
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Uint8Array) => output.append(chunk));
    doc.on("end", () => resolve(output.bytes()));
    doc.on("error", reject);
  });
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

// A typed wrapper over pdfkit for tagged, deterministic, print-ready documents: options, structure, artifacts, boxes.
import type { FontBytes } from "../fonts/fonts.js";
import { useShapers } from "./fast-text.js";
import type { Rect } from "./geometry.js";
import { pdfNumber } from "./pdf-ops.js";
import { createDocument, mergeViewerPreferences, setPageEntries, type Doc } from "./pdfkit-internals.js";
import type { DeckFonts } from "./text-measurer.js";

export type { Doc };
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
  /** The publisher's name (the deck brand's), as the author unless discreet. */
  author: string;
  /** What made the file, in the document's language ("… deck"; a neutral word when discreet): the deck brand's words. */
  creator: string;
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
  const { doc, finished } = createDocument({
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
      ...(options.discreet ? { Creator: options.creator } : { Author: options.author, Creator: options.creator }),
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
  useShapers(doc, options.shapers);
  const root = struct(doc, "Document");
  doc.addStructure(root);
  return {
    doc,
    root,
    finish() {
      root.end();
      doc.end();
      return finished;
    },
  };
}

/** Print hints, beside the DisplayDocTitle flag pdfkit sets for displayTitle. */
function setViewerPreferences(doc: Doc, duplex: boolean) {
  mergeViewerPreferences(doc, { DisplayDocTitle: true, PrintScaling: "None", ...(duplex ? { Duplex: "DuplexFlipLongEdge" } : {}) });
}

/** A structure element of type `type`; with children, it is complete (ended) at once. */
export function struct(doc: Doc, type: string, children?: StructChild[]): StructElement {
  return children ? doc.struct(type, {}, children) : doc.struct(type);
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
  doc.markContent("Artifact", { type });
  draw();
  doc.endMarkedContent();
}

/** TrimBox and BleedBox on the current page (pdfkit has no API for them), in PDF's bottom-up coordinates. */
export function setPageBoxes(doc: Doc, trim: Rect, bleed: Rect): void {
  const { height } = doc.page;
  const box = (r: Rect) => [r.x, height - r.y - r.height, r.x + r.width, height - r.y].map(pdfNumber);
  setPageEntries(doc, { TrimBox: box(trim), BleedBox: box(bleed) });
}

// Types for pdfkit-portable.js: the same document class @types/pdfkit describes, and the call that hands
// the portable build its standard-font metrics.
import type PDFDocument from "pdfkit";

declare const PortableDocument: typeof PDFDocument;
export default PortableDocument;
export function registerStdFonts(...fonts: object[]): void;

// Helpers to look inside produced PDFs: text per page with positions (unpdf/pdf.js) and raw dictionary checks.
import { inflateSync } from "node:zlib";
import { extractText, getDocumentProxy } from "unpdf";

export interface TextItem {
  str: string;
  x: number;
  /** From the top of the page, like pdfkit. */
  y: number;
  width: number;
}

export interface PdfPage {
  width: number;
  height: number;
  text: string;
  items: TextItem[];
}

/** Every page's size, extracted text (whitespace collapsed) and positioned text items. */
export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdf = await getDocumentProxy(bytes.slice());
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [x0, y0, x1, y1] = page.view;
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const item of content.items) {
      if (!("str" in item) || item.str === "") continue;
      items.push({ str: item.str, x: item.transform[4], y: y1 - item.transform[5], width: item.width });
    }
    pages.push({ width: x1 - x0, height: y1 - y0, text: normalise(items.map((i) => i.str).join(" ")), items });
  }
  await pdf.destroy();
  return pages;
}

export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(bytes.slice(), { mergePages: true });
  return normalise(text);
}

export const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

/** The PDF as a latin1 string: pdfkit writes dictionaries uncompressed, so catalog and page entries are searchable. */
export function rawPdf(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("latin1");
}

/** Each page object's dictionary text, in file order (pdfkit writes pages in page order). */
export function pageDictionaries(raw: string): string[] {
  return [...raw.matchAll(/\d+ 0 obj\s*<<\s*\/Type \/Page\b[\s\S]*?>>\s*endobj/g)].map((m) => m[0]);
}

export function boxOf(dictionary: string, name: "MediaBox" | "TrimBox" | "BleedBox"): number[] | undefined {
  const match = new RegExp(`/${name} \\[([^\\]]*)\\]`).exec(dictionary);
  return match ? match[1].trim().split(/\s+/).map(Number) : undefined;
}

/** Every font descriptor: its (subset) name and whether the font program is embedded. */
export function fontDescriptors(raw: string): { name: string; embedded: boolean }[] {
  return [...raw.matchAll(/<<[^>]*?\/Type \/FontDescriptor[\s\S]*?>>/g)].map((m) => ({
    name: /\/FontName \/(\S+)/.exec(m[0])?.[1] ?? "?",
    embedded: /\/FontFile2 \d+ 0 R/.test(m[0]),
  }));
}

/** Count of /Type /Font dictionaries that are not Type0 descendants: every font used on a page. */
export function fontCount(raw: string): number {
  return [...raw.matchAll(/\/Type \/Font\b/g)].length;
}

/** The decompressed content stream of every page, in page order. */
export function pageContents(bytes: Uint8Array): string[] {
  const raw = rawPdf(bytes);
  return pageDictionaries(raw).map((dictionary) => {
    const ref = /\/Contents (\d+) 0 R/.exec(dictionary)?.[1];
    const start = raw.indexOf(`\n${ref} 0 obj`);
    const streamStart = raw.indexOf("stream\n", start) + "stream\n".length;
    const streamEnd = raw.indexOf("\nendstream", streamStart);
    return inflateSync(Buffer.from(bytes.subarray(streamStart, streamEnd))).toString("latin1");
  });
}

const paintingOperators = new Set(["f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Tj", "TJ", "'", '"', "sh", "Do"]);

/** Painting operators outside any marked-content sequence: ink that is neither tagged content nor an artifact. */
export function unmarkedPainting(content: string): string[] {
  let depth = 0;
  const found: string[] = [];
  for (const [token] of content.matchAll(/<[0-9a-fA-F]*>|\/[^\s/[\]<>()]+|[^\s/[\]<>()]+/g)) {
    if (token === "BDC" || token === "BMC") depth++;
    else if (token === "EMC") depth--;
    else if (depth === 0 && paintingOperators.has(token)) found.push(token);
  }
  return found;
}

/** The decompressed stream of every form XObject (marks, icons, emblems drawn once and placed by reference). */
export function formContents(bytes: Uint8Array): string[] {
  const raw = rawPdf(bytes);
  return [...raw.matchAll(/\d+ 0 obj\s*<<((?:(?!endobj)[\s\S])*?\/Subtype \/Form[\s\S]*?)>>\s*stream\n/g)].map((m) => {
    const start = m.index! + m[0].length;
    const end = raw.indexOf("\nendstream", start);
    const data = Buffer.from(bytes.subarray(start, end));
    return /\/FlateDecode/.test(m[1]) ? inflateSync(data).toString("latin1") : data.toString("latin1");
  });
}

/** Fill operators (shapes painted solid), not counting text. */
export function fillOperators(content: string): string[] {
  return [...content.matchAll(/(?:^|\s)(f\*?|F|B\*?|b\*?)(?=\s|$)/g)].map((m) => m[1]);
}

// The deck relies on pdfkit internals behind one door: if pdfkit changes them, rendering fails naming
// pdfkit's version and the member, instead of writing a broken PDF.
import { readFileSync } from "node:fs";
import PDFDocument from "../scripts/deck/pdfkit-portable.js";
import { beforeAll, describe, expect, it } from "vitest";
import { readFontBytes, type FontBytes } from "../scripts/fonts/fonts.js";
import { fastText } from "../scripts/deck/fast-text.js";
import { deckFileById, siteBrand } from "./support/deck-brand.js";
import { openDocument } from "../scripts/deck/pdf-doc.js";
import { pdfkitVerified } from "../scripts/deck/pdfkit-check.js";
import { renderDeck } from "../scripts/deck/render.js";
import { makeCards } from "../scripts/deck/synthetic-cards.js";
import { deckFonts } from "../scripts/deck/text-measurer.js";

const installed = (JSON.parse(readFileSync("node_modules/pdfkit/package.json", "utf8")) as { version: string }).version;
const changed = (member: string, problem: string) =>
  `pdfkit ${installed} changed: ${member} ${problem}; the deck relies on it (see scripts/deck/pdfkit-internals.ts). Pin pdfkit ${pdfkitVerified} or update that module.`;

let fonts: FontBytes;
beforeAll(async () => {
  fonts = await readFontBytes();
});

describe("pdfkit's internals, behind one door", () => {
  it("were read from the pdfkit that is installed (bumping pdfkit means reading pdfkit-internals.ts again)", () => {
    expect(pdfkitVerified).toBe(installed);
  });

  it("a pdfkit without PDFDocument#_write fails the render with the version and the member", async () => {
    const prototype = PDFDocument.prototype as unknown as Record<string, unknown>;
    const write = prototype._write;
    prototype._write = undefined;
    try {
      const render = renderDeck(makeCards(2), fonts, deckFileById("home-duplex-letter"), { brand: siteBrand, updated: new Date(0) });
      await expect(render).rejects.toThrow(changed("PDFDocument#_write", "is no longer a function"));
    } finally {
      prototype._write = write;
    }
    await expect(renderDeck(makeCards(2), fonts, deckFileById("home-duplex-letter"), { brand: siteBrand, updated: new Date(0) })).resolves.toMatchObject({ pages: 2 });
  });

  it("an embedded font whose subset lost includeGlyph fails the first text drawn with it", () => {
    const { doc } = openDocument({ author: "Test", creator: "Test deck", title: "t", lang: "en", updated: new Date(0), duplex: false, discreet: false, fonts, shapers: deckFonts(fonts) });
    doc.addPage({ size: [200, 200], margin: 0 });
    doc.font("body");
    (doc as unknown as { _font: { subset: object } })._font.subset = {};
    expect(() => fastText(doc, { text: "Hello", role: "body", size: 9, colour: "#000000", x: 10, y: 20 })).toThrow(
      changed("EmbeddedFont#subset.includeGlyph", "is no longer a function"),
    );
  });

  it("a page without its XObject resources fails when it is added", () => {
    const { doc } = openDocument({ author: "Test", creator: "Test deck", title: "t", lang: "en", updated: new Date(0), duplex: false, discreet: false, fonts, shapers: deckFonts(fonts) });
    doc.addPage({ size: [200, 200], margin: 0 });
    const page = Object.getPrototypeOf(doc.page) as object;
    const descriptor = Object.getOwnPropertyDescriptor(page, "xobjects")!;
    delete (page as Record<string, unknown>).xobjects;
    try {
      expect(() => doc.addPage({ size: [200, 200], margin: 0 })).toThrow(changed("PDFPage#xobjects", "is no longer there"));
    } finally {
      Object.defineProperty(page, "xobjects", descriptor);
    }
  });
});

// The glyph check covers exactly what a card face prints: faceTexts lists every string drawFace draws,
// and a character missing from any printed field, not only title and body, stops the build naming that field.
import { beforeAll, describe, expect, it } from "vitest";
import { isContentError, loadContent, type Card, type ContentError } from "../scripts/content/index.js";
import { readFontBytes, type FontBytes, type FontRole } from "../scripts/fonts/fonts.js";
import { faceTexts, type FaceText } from "../scripts/deck/face-texts.js";
import { deckFiles, siteBrand } from "./support/deck-brand.js";
import { fitFaces, renderDeck } from "../scripts/deck/render.js";
import { makeCard, makeCards } from "../scripts/deck/synthetic-cards.js";
import { deckFonts, measurerFor, type TextMeasurer } from "../scripts/deck/text-measurer.js";
import { faceWords } from "../scripts/deck/face-words.js";
import { readPdf } from "./support/pdf.js";

let fonts: FontBytes;
let cards: Card[];
beforeAll(async () => {
  fonts = await readFontBytes();
  const content = await loadContent({ root: process.cwd() });
  const numbered: Card["blocks"] = [{ type: "list", ordered: true, items: [[{ text: "Breathe out", bold: true, italic: false }], [{ text: "Rest", bold: false, italic: true }]] }];
  // Real cards, synthetic ones with bold, italic and bulleted lists, and one numbered list.
  cards = [...content.cards.slice(0, 12), ...makeCards(8), makeCard(8, 9, { id: "numbered", blocks: numbered })];
});

/** Text without whitespace: titles and bodies wrap, and PDF text extraction spaces words its own way. */
const squash = (text: string) => text.replace(/\s+/g, "");
const textsOf = (card: Card) => faceTexts(card, faceWords(card, cards.length, siteBrand.faceLabels));

describe("faceTexts", () => {
  it("lists every string drawn on each card face, and each of them is drawn", async () => {
    const screen = deckFiles.find((file) => file.imposition.id === "screen")!;
    const pages = await readPdf((await renderDeck(cards, fonts, screen, { brand: siteBrand, updated: new Date(0) })).bytes);
    expect(pages).toHaveLength(cards.length);
    cards.forEach((card, i) => {
      const texts = textsOf(card).map((t) => squash(t.text));
      // A line of body text may join runs in one face (a run is cut where the face changes).
      const body = squash(textsOf(card).filter((t) => t.field === "body").map((t) => t.text).join(""));
      for (const item of pages[i].items.map((it) => squash(it.str)).filter(Boolean)) {
        expect(texts.some((text) => text.includes(item)) || body.includes(item), `${card.id}: “${item}” is drawn but not in faceTexts`).toBe(true);
      }
      const drawn = squash(pages[i].text);
      for (const text of texts) expect(drawn, `${card.id}: “${text}” is in faceTexts but not drawn`).toContain(text);
    });
  });

  it("covers the title, when it fits, body, kind, category, the three foot labels and the number", () => {
    expect([...new Set(cards.flatMap((card) => textsOf(card).map((t) => t.field)))].sort()).toEqual(
      ["body", "category", "duration", "energy", "kind", "number", "title", "touch", "when"],
    );
  });
});

/** The real measurer, except that `role` has no glyph for `char`. */
function measurerLacking(real: TextMeasurer, role: FontRole, char: string): TextMeasurer {
  const codePoint = char.codePointAt(0)!;
  return Object.assign(Object.create(real) as TextMeasurer, {
    hasGlyph: (r: FontRole, c: number) => !(r === role && c === codePoint) && real.hasGlyph(r, c),
  });
}

describe("a glyph missing from any printed field", () => {
  it("stops the fit naming that field, for every field the face prints", () => {
    const real = measurerFor(deckFonts(fonts));
    const card = cards.find((c) => c.id === "numbered")!;
    const texts = textsOf(card);
    const probes = new Map<string, FaceText>();
    for (const text of texts) probes.set(text.field, text);
    const probed: string[] = [];
    for (const [field, text] of probes) {
      // A character only this field prints in this face, so the problem can only come from it.
      const others = texts.filter((t) => t !== text && t.role === text.role).map((t) => t.text).join("");
      const char = [...text.text].find((c) => c.trim() && !others.includes(c))!;
      let error: unknown;
      try {
        fitFaces([card], "poker", measurerLacking(real, text.role, char), siteBrand.faceLabels);
      } catch (thrown) {
        error = thrown;
      }
      expect(isContentError(error), `${field}: ${String(error)}`).toBe(true);
      expect((error as ContentError).problems, field).toEqual([expect.objectContaining({ file: card.file, field, message: expect.stringContaining(`“${char}”`) })]);
      probed.push(field);
    }
    expect(probed.sort()).toEqual(["body", "category", "duration", "energy", "kind", "number", "title", "touch", "when"]);
  });
});

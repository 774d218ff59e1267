// The ink-saver deck: nothing painted solid but the letters, white backs, and every colour-coded mark still carrying its word.
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent, type Card } from "../scripts/content/index.js";
import { readFontBytes } from "../scripts/fonts/fonts.js";
import { deckFiles, siteBrand } from "./support/deck-brand.js";
import { renderDeck } from "../scripts/deck/render.js";
import { faceWords } from "../scripts/deck/face-words.js";
import { fillOperators, formContents, pageContents, readPdf } from "./support/pdf.js";

const savers = deckFiles.filter((file) => file.ink === "saver");
let cards: Card[];

beforeAll(async () => {
  cards = (await loadContent({ root: process.cwd() })).cards;
});

describe("ink saver", () => {
  it("exists for Letter and A4, two-sided, beside the full-colour files", () => {
    expect(savers.map((file) => `${file.imposition.id} ${file.paper}`).sort()).toEqual(["home-duplex a4", "home-duplex letter"]);
    expect(new Set(savers.map((file) => file.label)).size).toBe(2);
  });

  it("fills no shape on any page or in any placed drawing (the full-colour file does), and has no back field or pattern", async () => {
    const fonts = await readFontBytes();
    for (const file of savers) {
      const { bytes } = await renderDeck(cards, fonts, file, { brand: siteBrand, updated: new Date(0) });
      const streams = [...pageContents(bytes), ...formContents(bytes)];
      expect(formContents(bytes).length).toBeGreaterThan(5);
      for (const content of streams) expect(fillOperators(content)).toEqual([]);
      expect(streams.some((content) => /\/P\d+ scn/.test(content))).toBe(false);
      const full = deckFiles.find((f) => f.imposition === file.imposition && f.paper === file.paper && f.ink === "full" && !f.discreet && f.cardSize === "poker")!;
      const fullBytes = (await renderDeck(cards.slice(0, 9), fonts, full, { brand: siteBrand, updated: new Date(0) })).bytes;
      expect([...pageContents(fullBytes), ...formContents(fullBytes)].some((content) => fillOperators(content).length > 0)).toBe(true);
    }
  });

  it("still names each card's kind, duration, energy and touch in words beside the outlined marks, so greyscale loses nothing", async () => {
    const { bytes } = await renderDeck(cards, await readFontBytes(), savers[0], { brand: siteBrand, updated: new Date(0) });
    const pages = await readPdf(bytes);
    cards.forEach((card, i) => {
      const words = faceWords(card, cards.length, siteBrand.faceLabels);
      const page = pages[2 * Math.floor(i / 9)].text;
      for (const word of [words.kind.toUpperCase(), ...words.foot.map((item) => item.label)]) expect(page, `${card.file}: ${word}`).toContain(word);
    });
  });
});

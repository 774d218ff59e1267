// Every deck PDF, rendered from the real content: pages, sizes, full text, embedded fonts, tags, print hints, alignment.
import { beforeAll, describe, expect, it } from "vitest";
import { getDocumentProxy } from "unpdf";
import { loadContent, type Card } from "../scripts/content/index.js";
import { readFontBytes, type FontBytes } from "../scripts/fonts/fonts.js";
import { scaledFace } from "../scripts/deck/design.js";
import { mm, toMm } from "../scripts/deck/geometry.js";
import { type DeckFile } from "../scripts/deck/deck-files.js";
import { deckFiles, siteBrand } from "./support/deck-brand.js";
import { cardSizeOf, pageSizeOf, planDeck } from "../scripts/deck/plan-deck.js";
import { renderDeck } from "../scripts/deck/render.js";
import { cardSizes } from "../scripts/deck/sizes.js";
import { boxOf, fontDescriptors, pageContents, pageDictionaries, rawPdf, readPdf, unmarkedPainting, type PdfPage } from "./support/pdf.js";

let cards: Card[];
let fonts: FontBytes;
let updated: Date;
const rendered = new Map<string, { bytes: Uint8Array; pages: PdfPage[] }>();

beforeAll(async () => {
  const content = await loadContent({ root: process.cwd() });
  cards = content.cards;
  updated = content.updated;
  fonts = await readFontBytes();
  for (const layout of deckFiles) {
    const { bytes } = await renderDeck(cards, fonts, layout, { brand: siteBrand, updated });
    rendered.set(layout.id, { bytes, pages: await readPdf(bytes) });
  }
});

function expectedPages(layout: DeckFile, count: number): number {
  switch (layout.imposition.id) {
    case "home-duplex":
    case "cutting-machine": return 2 * Math.ceil(count / (layout.columns * layout.rows));
    case "fold-over": return Math.ceil(count / layout.columns);
    case "print-shop": return 2 * count;
    case "screen": return count;
    case "calibration": return 2;
    // The standard deck's box fits one sheet of Letter or A4 (tests/deck-tuck-box.test.ts covers the split).
    case "tuck-box": return 1;
  }
}

/** Text with all whitespace removed: line breaks and run boundaries fall where the layout put them. */
const squash = (text: string) => text.replace(/\s+/g, "");

function blockTexts(card: Card): string[] {
  return card.blocks.flatMap((block) =>
    block.type === "paragraph" ? [block.runs.map((r) => r.text).join("")] : block.items.map((item) => item.map((r) => r.text).join("")),
  );
}

describe.each(deckFiles.map((layout) => [layout.id, layout] as const))("%s", (_id, layout) => {
  const get = () => rendered.get(layout.id)!;

  it("has the expected page count and page size", () => {
    const { pages } = get();
    expect(pages).toHaveLength(expectedPages(layout, cards.length));
    const size = layout.imposition.id === "tuck-box" ? planDeck(layout, cards.length)[0].size : pageSizeOf(layout);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(size.width, 1);
      expect(page.height).toBeCloseTo(size.height, 1);
    }
  });

  it("embeds every font it uses, as a subset", () => {
    const descriptors = fontDescriptors(rawPdf(get().bytes));
    expect(descriptors.length).toBeGreaterThanOrEqual(2);
    for (const font of descriptors) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+/);
    }
  });

  it("is a tagged PDF 1.7 with language, PDF/UA identifier, a shown title and print hints", async () => {
    const { bytes } = get();
    const raw = rawPdf(bytes);
    expect(raw.startsWith("%PDF-1.7")).toBe(true);
    expect(raw).toMatch(/\/Lang \(en\)/);
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toContain("<pdfuaid:part>1</pdfuaid:part>");
    const prefs = /\/ViewerPreferences (\d+) 0 R/.exec(raw)!;
    const prefsObject = new RegExp(`\\n${prefs[1]} 0 obj\\s*<<([\\s\\S]*?)>>`).exec(raw)![1];
    expect(prefsObject).toContain("/DisplayDocTitle true");
    expect(prefsObject).toContain("/PrintScaling /None");
    if (layout.imposition.twoSided) expect(prefsObject).toContain("/Duplex /DuplexFlipLongEdge");
    else expect(prefsObject).not.toContain("/Duplex");
    const pdf = await getDocumentProxy(bytes.slice());
    const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> };
    expect(info.Title).toBe(layout.title);
    await pdf.destroy();
  });

  it("paints nothing outside tagged content or artifacts", () => {
    const contents = pageContents(get().bytes);
    contents.forEach((content, i) => expect(unmarkedPainting(content), `page ${i + 1}`).toEqual([]));
  });

  if (layout.imposition.carriesCards) {
    it("has one section per card in the structure tree", () => {
      const sections = rawPdf(get().bytes).match(/\/S \/Sect\b/g) ?? [];
      expect(sections).toHaveLength(cards.length);
    });

    it("shows every card's title and full body as text: nothing clipped", () => {
      const text = squash(get().pages.map((p) => p.text).join(" "));
      for (const card of cards) {
        expect(text, `${card.file} title`).toContain(squash(card.title));
        for (const block of blockTexts(card)) expect(text, `${card.file} body`).toContain(squash(block));
        expect(text, `${card.file} number`).toContain(squash(`${card.number} / ${cards.length}`));
      }
    });
  }
});

describe("the safe area", () => {
  it("keeps every word on a card at least 1/8 in (9 pt) inside the trim", () => {
    const screen = deckFiles.find((l) => l.imposition.id === "screen")!;
    for (const page of rendered.get(screen.id)!.pages) {
      for (const item of page.items) {
        expect(item.x, item.str).toBeGreaterThanOrEqual(9);
        expect(item.x + item.width, item.str).toBeLessThanOrEqual(page.width - 9);
        expect(item.y, item.str).toBeGreaterThanOrEqual(9);
        expect(item.y, item.str).toBeLessThanOrEqual(page.height - 9);
      }
    }
  });
});

describe("print-shop pages carry trim and bleed boxes", () => {
  it("every page has a TrimBox inset 3.175 mm inside a BleedBox equal to the page", () => {
    const shop = deckFiles.find((l) => l.imposition.id === "print-shop")!;
    const dictionaries = pageDictionaries(rawPdf(rendered.get(shop.id)!.bytes));
    expect(dictionaries).toHaveLength(2 * cards.length);
    const card = cardSizeOf(shop.cardSize);
    for (const page of dictionaries) {
      const media = boxOf(page, "MediaBox")!;
      expect(boxOf(page, "BleedBox")).toEqual(media);
      const trim = boxOf(page, "TrimBox")!;
      expect(toMm(trim[0])).toBeCloseTo(3.175, 2);
      expect(trim[2] - trim[0]).toBeCloseTo(card.width, 2);
      expect(trim[3] - trim[1]).toBeCloseTo(card.height, 2);
    }
  });
});

describe("on the produced duplex PDFs, card 1's back prints behind its front", () => {
  const duplex = deckFiles.filter((l) => l.imposition.id === "home-duplex" && !l.discreet);

  /** Horizontal centre of card 1's front (from its title) and of its back's word on page 2. */
  function centres(pages: PdfPage[], layout: DeckFile) {
    const inset = scaledFace(cardSizes[layout.cardSize].typeScale).inset;
    const card = cardSizeOf(layout.cardSize);
    const firstLine = pages[0].items.find((item) => cards[0].title.startsWith(item.str.trim()) && item.str.trim().length > 0)!;
    const frontCentre = firstLine.x - inset + card.width / 2;
    const topRowWords = pages[1].items.filter((item) => item.str === "Afterglow" && item.y < pages[1].height / (layout.rows + 0.5));
    return { frontCentre, backCentres: topRowWords.map((item) => item.x + item.width / 2), width: pages[0].width };
  }

  for (const layout of duplex) {
    it(`${layout.id}: card 1's back and front mirror across the page centre within 0.1 mm`, () => {
      const { frontCentre, backCentres, width } = centres(rendered.get(layout.id)!.pages, layout);
      expect(backCentres).toHaveLength(layout.columns);
      const mirrored = width - frontCentre;
      const nearest = Math.min(...backCentres.map((x) => Math.abs(x - mirrored)));
      expect(toMm(nearest)).toBeLessThanOrEqual(0.1);
      // Card 1 is top-left on the front, so its back is top-right on the back page.
      expect(Math.max(...backCentres)).toBeCloseTo(mirrored, 0);
    });
  }

  it("a back offset of (2, 0) mm moves the printed backs 2 mm to the right", async () => {
    const layout = duplex[0];
    const { bytes } = await renderDeck(cards.slice(0, 9), fonts, layout, { brand: siteBrand, updated, backOffset: { x: 2, y: 0 } });
    const shifted = centres(await readPdf(bytes), layout);
    const plain = centres(rendered.get(layout.id)!.pages, layout);
    expect(toMm(Math.max(...shifted.backCentres) - Math.max(...plain.backCentres))).toBeCloseTo(2, 1);
    expect(shifted.frontCentre).toBeCloseTo(plain.frontCentre, 3);
  });
});

describe("discreet files", () => {
  const discreet = deckFiles.filter((l) => l.discreet);
  it("exist for Letter and A4, as decks and as boxes, with neutral titles and file names", () => {
    for (const imposition of ["home-duplex", "tuck-box"]) {
      expect(discreet.filter((l) => l.imposition.id === imposition).map((l) => l.paper).sort(), imposition).toEqual(["a4", "letter"]);
    }
    for (const layout of discreet) {
      expect(layout.title).toMatch(/^(Cards|Card box)$/);
      expect(layout.fileName).not.toMatch(/afterglow/i);
    }
  });
  it("have backs and a box without the deck's name, and metadata that does not name the deck", async () => {
    for (const layout of discreet) {
      const { bytes, pages } = rendered.get(layout.id)!;
      if (layout.imposition.id === "home-duplex") for (let i = 1; i < pages.length; i += 2) expect(pages[i].text).toBe("");
      for (const page of pages) expect(page.text).not.toMatch(/afterglow/i);
      const pdf = await getDocumentProxy(bytes.slice());
      const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> };
      expect(JSON.stringify(info)).not.toMatch(/afterglow/i);
      await pdf.destroy();
    }
  });
});

describe("calibration sheet", () => {
  it("explains itself on the front and carries millimetre scales on the back", () => {
    for (const layout of deckFiles.filter((l) => l.imposition.id === "calibration")) {
      const { pages } = rendered.get(layout.id)!;
      expect(pages[0].text).toContain("Back alignment test");
      expect(pages[0].text).toMatch(/flipping on the long edge/);
      // Scale labels are artifacts (not read aloud) but still drawn as text.
      const labels = pages[1].items.map((i) => i.str);
      expect(labels).toEqual(expect.arrayContaining(["0", "+2", "−2", "+6", "−6"]));
      const zero = pages[1].items.filter((i) => i.str === "0");
      // The horizontal scale's 0 sits on the page centre line.
      expect(zero.some((i) => Math.abs(i.x + i.width / 2 - pages[1].width / 2) < mm(0.2))).toBe(true);
    }
  });
});

describe("repeated decoration is written once per file", () => {
  /** Form XObjects in a PDF: marks, icons, emblems and crop marks, each drawn once and placed by reference. */
  const forms = (bytes: Uint8Array) => (rawPdf(bytes).match(/\/Subtype \/Form\b/g) ?? []).length;

  it("a deck twice as long has no more forms, and the marks and icons are placed by reference on every page", async () => {
    const layout = deckFiles.find((l) => l.imposition.id === "print-shop")!;
    const render = async (count: number) => (await renderDeck([...cards, ...cards].slice(0, count), fonts, layout, { brand: siteBrand, updated })).bytes;
    const short = await render(cards.length);
    const long = await render(2 * cards.length);
    expect(forms(short)).toBeGreaterThan(0);
    expect(forms(long)).toBe(forms(short));
    // Every front places its kind mark and three foot icons; every back places its emblem.
    for (const [i, content] of pageContents(short).entries()) {
      expect((content.match(/\/Fm\d+ Do/g) ?? []).length, `page ${i + 1}`).toBeGreaterThanOrEqual(i % 2 === 0 ? 4 : 1);
    }
  });
});

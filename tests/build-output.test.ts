// What `npm run build` leaves in dist/ agrees with content/: every chapter and card has its page,
// and every PDF that decks.json lists is there, with the size, page count and cards it claims.
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadContent, type Content } from "../scripts/content/index.js";
import { deckManifestSchema, type DeckManifest } from "../scripts/manifest/deck-manifest.js";
import { backOffsetScale } from "../scripts/deck/geometry.js";
import { readPdf } from "./support/pdf.js";

const dist = () => inject("distDir");
let content: Content;
let manifest: DeckManifest;

beforeAll(async () => {
  content = await loadContent({ root: process.cwd() });
  manifest = deckManifestSchema.parse(JSON.parse(await readFile(join(dist(), "downloads", "decks.json"), "utf8")));
});

describe("the built site", () => {
  it("has the home page, every chapter page and every card page", () => {
    expect(existsSync(join(dist(), "index.html"))).toBe(true);
    for (const chapter of content.chapters) expect(existsSync(join(dist(), chapter.url, "index.html")), chapter.url).toBe(true);
    for (const card of content.cards) expect(existsSync(join(dist(), card.url, "index.html")), card.url).toBe(true);
  });
});

describe("the built deck", () => {
  it("lists the US Letter duplex deck, the print-shop file, the screen file and a calibration sheet", () => {
    const kinds = manifest.decks.map((deck) => `${deck.imposition} ${deck.paper}`);
    expect(kinds).toContain("home-duplex US Letter");
    expect(kinds).toContain("home-duplex A4");
    expect(kinds.some((l) => l.startsWith("fold-over"))).toBe(true);
    expect(kinds.some((l) => l.startsWith("print-shop"))).toBe(true);
    expect(kinds.some((l) => l.startsWith("screen"))).toBe(true);
    expect(kinds.some((l) => l.startsWith("calibration"))).toBe(true);
  });

  it("labels every file so that a person can tell it from the others", () => {
    const labels = manifest.decks.map((deck) => deck.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("offers a corrected file for exactly the two-sided card files, within what the calibration sheet measures", () => {
    for (const deck of manifest.decks) {
      const imposition = manifest.impositions.find((entry) => entry.id === deck.imposition)!;
      expect(imposition.twoSided, deck.file).toBe(["home-duplex", "cutting-machine", "calibration"].includes(deck.imposition));
      if (imposition.twoSided && imposition.carriesCards) expect(deck.backOffset, deck.file).toEqual(backOffsetScale);
      else expect(deck.backOffset, deck.file).toBeUndefined();
    }
  });

  it("writes every cutting machine's cut files beside its PDF, and says what each box holds", async () => {
    const cutters = manifest.decks.filter((deck) => deck.imposition === "cutting-machine");
    expect(cutters.map((deck) => deck.paper).sort()).toEqual(["A4", "US Letter"]);
    for (const deck of cutters) {
      expect(deck.cutFiles?.map((cut) => cut.cornerRadiusMm)).toEqual([0, 3]);
      for (const cut of deck.cutFiles!) expect(await readFile(join(dist(), "downloads", cut.file), "utf8")).toMatch(/^<svg[^>]* viewBox="0 0 [\d.]+ [\d.]+"/);
    }
    const boxes = manifest.decks.filter((deck) => deck.imposition === "tuck-box");
    expect(boxes).toHaveLength(4);
    for (const deck of boxes) expect(deck.box, deck.file).toMatchObject({ cards: content.cards.length, stock: "200 g/m² card" });
  });

  it("has every listed file, with the byte size, page count and card count it claims", async () => {
    for (const deck of manifest.decks) {
      const path = join(dist(), "downloads", deck.file);
      expect((await stat(path)).size, deck.file).toBe(deck.bytes);
      const pages = await readPdf(new Uint8Array(await readFile(path)));
      expect(pages.length, deck.file).toBe(deck.pages);
      const carries = manifest.impositions.find((entry) => entry.id === deck.imposition)!.carriesCards;
      expect(deck.cards, deck.file).toBe(carries ? content.cards.length : 0);
      if (deck.diagram) expect(existsSync(join(dist(), "downloads", deck.diagram)), deck.diagram).toBe(true);
    }
  });

  it("prints the Letter deck on 612 × 792 pt pages with every card title on them", async () => {
    const letter = manifest.decks.find((deck) => deck.imposition === "home-duplex" && deck.paper === "US Letter" && deck.cardSize === "poker" && !deck.discreet)!;
    const pages = await readPdf(new Uint8Array(await readFile(join(dist(), "downloads", letter.file))));
    for (const page of pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([612, 792]);
    const text = pages.map((page) => page.text).join(" ");
    for (const card of content.cards) expect(text, card.file).toContain(card.title.replace(/\s+/g, " "));
  });
});

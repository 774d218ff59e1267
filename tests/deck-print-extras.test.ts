// The print extras as printed: one page of each new PDF rendered to pixels (pdftoppm) shows ink where it should, and rebuilds are byte-identical.
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent, type Card } from "../scripts/content/index.js";
import { readFontBytes, type FontBytes } from "../scripts/fonts/fonts.js";
import { registrationMarks } from "../scripts/deck/cutter.js";
import { type DeckFile } from "../scripts/deck/deck-files.js";
import { deckFiles, siteBrand } from "./support/deck-brand.js";
import { mm } from "../scripts/deck/geometry.js";
import { planDeck } from "../scripts/deck/plan-deck.js";
import { renderDeck } from "../scripts/deck/render.js";
import { scaleCheck } from "../scripts/deck/scale-check.js";
import { inkShare, meanLevel, rasterise } from "./support/raster.js";

let cards: Card[];
let fonts: FontBytes;
let updated: Date;

beforeAll(async () => {
  const content = await loadContent({ root: process.cwd() });
  cards = content.cards;
  updated = content.updated;
  fonts = await readFontBytes();
});

const render = async (file: DeckFile) => (await renderDeck(cards, fonts, file, { brand: siteBrand, updated })).bytes;

/** A new file, the page to look at, and what must be seen on it. */
interface Look {
  file: DeckFile;
  page: number;
  sees: (raster: ReturnType<typeof rasterise>) => void;
}

const byImposition = (id: string) => deckFiles.filter((file) => file.imposition.id === id);

const looks: Look[] = [
  ...byImposition("cutting-machine").map((file): Look => ({
    file,
    page: 1,
    sees: (raster) => {
      const [front] = planDeck(file, 8);
      // Registration marks print solid; the cards carry text.
      for (const mark of registrationMarks(front.size)) expect(inkShare(raster, mark)).toBeGreaterThan(0.6);
      for (const card of front.fronts) expect(inkShare(raster, card.trim)).toBeGreaterThan(0.01);
    },
  })),
  ...byImposition("tuck-box").map((file): Look => ({
    file,
    page: 1,
    sees: (raster) => {
      const box = planDeck(file, cards.length)[0].box!;
      const front = box.panels.find((p) => p.role === "front")!.rect;
      expect(inkShare(raster, front)).toBeGreaterThan(0.03); // the emblem
      // The cut line: a thin line down the glue flap's outer edge darkens the strip around it.
      const left = Math.min(...box.outline.map((p) => p.x));
      expect(meanLevel(raster, { x: left - 2, y: front.y + 20, width: 4, height: front.height - 40 })).toBeLessThan(248);
    },
  })),
  ...byImposition("calibration").map((file): Look => ({
    file,
    page: 1,
    sees: (raster) => {
      const check = scaleCheck({ width: raster.width / raster.scale, height: raster.height / raster.scale });
      const { from, to } = check.ruler;
      expect(inkShare(raster, { x: from.x, y: from.y - mm(4), width: to.x - from.x, height: mm(8) })).toBeGreaterThan(0.1);
      expect(inkShare(raster, { x: check.square.x - 2, y: check.square.y, width: 4, height: check.square.height })).toBeGreaterThan(0.2);
    },
  })),
  ...deckFiles.filter((file) => file.ink === "saver").map((file): Look => ({
    file,
    page: 2,
    sees: (raster) => {
      const [, backs] = planDeck(file, 9);
      for (const { trim } of backs.backs) {
        // The outlined emblem in the middle, and white paper (no field) in the corners.
        expect(inkShare(raster, { x: trim.x + trim.width / 4, y: trim.y + trim.height / 4, width: trim.width / 2, height: trim.height / 2 })).toBeGreaterThan(0.01);
        expect(meanLevel(raster, { x: trim.x + 2, y: trim.y + 2, width: mm(8), height: mm(8) })).toBeGreaterThan(253);
      }
    },
  })),
];

describe.each(looks.map((look) => [`${look.file.id}, page ${look.page}`, look] as const))("%s", (_name, look) => {
  it("prints ink where it should", async () => {
    look.sees(rasterise(await render(look.file), look.page));
  });

  it("is byte-identical when rendered again", async () => {
    expect(Buffer.from(await render(look.file)).equals(Buffer.from(await render(look.file)))).toBe(true);
  });
});

describe("the check can fail", () => {
  it("a full-colour back is not white in its corners", async () => {
    const file = deckFiles.find((f) => f.id === "home-duplex-letter")!;
    const raster = rasterise(await render(file), 2);
    const [, page] = planDeck(file, 9);
    expect(meanLevel(raster, { ...page.backs[0].trim, width: mm(8), height: mm(8) })).toBeLessThan(245);
  });
});

// What the site says about each way of printing is true of the file: every claim the words make is
// checked against the page plan (and, for what the plan cannot show, against the rendered PDF).
import { describe, expect, it } from "vitest";
import { readFontBytes } from "../scripts/fonts/fonts.js";
import { type DeckFile } from "../scripts/deck/deck-files.js";
import { deckFiles, siteBrand, siteStrings } from "./support/deck-brand.js";
import { flipOnLongEdge, mm, toMm, type Rect } from "../scripts/deck/geometry.js";
import { describedImpositions, impositionById, type Imposition, type ImpositionWords } from "../scripts/deck/impositions.js";
import { sayIn } from "../scripts/deck/say.js";
import { cutFilesOf } from "../scripts/deck/deck-files.js";
import { registrationMarks, registrationRule } from "../scripts/deck/cutter.js";
import { cardsPerSheet, planDeck, type PagePlan } from "../scripts/deck/plan-deck.js";
import { renderDeck } from "../scripts/deck/render.js";
import { makeCards } from "../scripts/deck/synthetic-cards.js";
import { pageContents, rawPdf, readPdf } from "./support/pdf.js";
import { lineSegments, rectangles } from "./support/pdf-paths.js";

const onOutline = (p: { x: number; y: number }, outline: { x: number; y: number }[]) =>
  outline.some((a, i) => {
    const b = outline[(i + 1) % outline.length];
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const cross = Math.abs((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) / (length || 1);
    const along = ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / (length * length || 1);
    return cross < 1e-6 && along >= -1e-9 && along <= 1 + 1e-9;
  });
const near = (a: Rect, b: Rect) => Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y), Math.abs(a.width - b.width), Math.abs(a.height - b.height)) < mm(0.1);
const frontsOf = (plan: PagePlan[]) => plan.flatMap((page) => page.fronts);
const backsOf = (plan: PagePlan[]) => plan.flatMap((page) => page.backs);

interface Case {
  file: DeckFile;
  /** Two sheets' worth of cards, the second one short. */
  plan: PagePlan[];
}

/** A phrase the words may use, and what must then be true of the file's pages. */
interface Claim {
  says: RegExp;
  holds: (c: Case) => void | Promise<void>;
}

const render = async (file: DeckFile, cards = 0) => (await renderDeck(makeCards(cards), await readFontBytes(), file, { brand: siteBrand, updated: new Date(0) })).bytes;

const claims: Claim[] = [
  {
    says: /fronts on one page, their backs on the next/i,
    holds: ({ plan }) => {
      expect(plan.length % 2).toBe(0);
      for (let i = 0; i < plan.length; i += 2) {
        expect(plan[i].backs).toHaveLength(0);
        expect(plan[i + 1].fronts).toHaveLength(0);
        expect(plan[i + 1].backs.map((b) => b.card)).toEqual(plan[i].fronts.map((f) => f.card));
      }
    },
  },
  {
    says: /mirrored so that each back lands behind its front when the sheet flips on its long edge/i,
    holds: ({ plan }) => {
      for (let i = 0; i < plan.length; i += 2) {
        for (const back of plan[i + 1].backs) {
          const front = plan[i].fronts.find((f) => f.card === back.card)!;
          expect(near(flipOnLongEdge(back.trim, plan[i + 1].size.width), front.trim)).toBe(true);
        }
      }
    },
  },
  {
    says: /one side only/i,
    holds: ({ file, plan }) => {
      expect(file.imposition.twoSided).toBe(false);
      for (const page of plan) if (page.backs.length) expect(page.fronts.length).toBeGreaterThan(0);
    },
  },
  {
    says: /each card’s front (?:sits|is printed) above its back/i,
    holds: ({ plan }) => {
      for (const page of plan) {
        for (const back of page.backs) {
          const front = page.fronts.find((f) => f.card === back.card)!;
          expect(back.trim.y).toBeGreaterThanOrEqual(front.trim.y + front.trim.height);
          expect(back.trim.x).toBeCloseTo(front.trim.x, 6);
        }
      }
    },
  },
  { says: /turned upside down/i, holds: ({ plan }) => expect(backsOf(plan).every((back) => back.rotation === 180)).toBe(true) },
  {
    says: /folding the sheet across the middle brings them together/i,
    holds: ({ plan }) => {
      for (const page of plan) {
        expect(page.foldLine!.from.y).toBeCloseTo(page.size.height / 2, 6);
        for (const back of page.backs) {
          const front = page.fronts.find((f) => f.card === back.card)!;
          expect(page.size.height - (back.trim.y + back.trim.height)).toBeCloseTo(front.trim.y, 6);
        }
      }
    },
  },
  {
    says: /one card per page/i,
    holds: ({ plan }) => expect(plan.every((page) => page.fronts.length + page.backs.length === 1)).toBe(true),
  },
  {
    says: /each front followed by its back/i,
    holds: ({ plan }) => {
      plan.forEach((page, i) => {
        if (i % 2 === 0) expect(page.fronts.map((f) => f.card)).toEqual([i / 2]);
        else expect(page.backs.map((b) => b.card)).toEqual([(i - 1) / 2]);
      });
    },
  },
  {
    says: /with bleed/i,
    holds: ({ plan }) => {
      for (const page of plan) expect(toMm(page.trimBox!.x - page.bleedBox!.x)).toBeGreaterThanOrEqual(3);
    },
  },
  { says: /fronts only/i, holds: ({ plan }) => expect(backsOf(plan)).toHaveLength(0) },
  { says: /without marks/i, holds: ({ plan }) => expect(plan.every((page) => page.marks.length === 0)).toBe(true) },
  {
    says: /one test sheet/i,
    holds: ({ plan }) => {
      expect(plan).toHaveLength(2);
      expect(frontsOf(plan)).toHaveLength(0);
    },
  },
  {
    says: /a 100 mm ruler with inch marks/i,
    holds: async ({ file }) => {
      const [front] = await readPdf(await render(file));
      const [content] = pageContents(await render(file));
      // One horizontal line exactly 100 mm (283.46 pt) long, with tick labels 0 to 100 above and inches below.
      expect(lineSegments(content).some((l) => l.y1 === l.y2 && Math.abs(Math.abs(l.x2 - l.x1) - mm(100)) < 0.01)).toBe(true);
      for (const label of ["10", "50", "100", "mm", "1", "3", "inches"]) expect(front.items.map((i) => i.str)).toContain(label);
    },
  },
  {
    says: /a 50 mm square/i,
    holds: async ({ file }) => {
      const [content] = pageContents(await render(file));
      expect(rectangles(content).some((r) => Math.abs(r.width - mm(50)) < 0.01 && Math.abs(r.height - mm(50)) < 0.01)).toBe(true);
    },
  },
  {
    says: /eight cards to a sheet/i,
    holds: ({ file, plan }) => {
      expect(cardsPerSheet(file)).toBe(8);
      expect(plan[0].fronts).toHaveLength(8);
    },
  },
  {
    says: /turned sideways/i,
    holds: ({ plan }) => {
      expect(frontsOf(plan).every((f) => f.rotation === 90 && f.trim.width > f.trim.height)).toBe(true);
      // Turned the other way on the back, so that each back is upright when its card is turned over sideways.
      expect(backsOf(plan).every((b) => b.rotation === 270)).toBe(true);
    },
  },
  {
    says: /1\.25 mm apart/i,
    holds: ({ plan }) => {
      const [a, b] = plan[0].fronts; // neighbours in a row
      expect(toMm(b.trim.x - (a.trim.x + a.trim.width))).toBeCloseTo(1.25, 6);
      const below = plan[0].fronts[2];
      expect(toMm(below.trim.y - (a.trim.y + a.trim.height))).toBeCloseTo(1.25, 6);
    },
  },
  {
    says: /registration marks in the corners of the front pages/i,
    holds: ({ plan }) => {
      for (const page of plan) {
        if (page.fronts.length) expect(page.registration).toEqual(registrationMarks(page.size));
        else expect(page.registration ?? []).toEqual([]);
      }
    },
  },
  {
    says: /cut along the solid lines and folded along the dashed ones/i,
    holds: ({ plan }) => {
      for (const page of plan) {
        const box = page.box!;
        expect(box.outline.length).toBeGreaterThan(8);
        expect(box.folds.length).toBeGreaterThan(4);
        for (const fold of box.folds) for (const end of [fold.from, fold.to]) expect(onOutline(end, box.outline)).toBe(true);
      }
    },
  },
  {
    says: /sized for the whole deck printed two-sided on 200 g\/m² card/i,
    holds: ({ file, plan }) => {
      const count = cardsPerSheet(file) + 1;
      expect(sayIn(siteBrand.words)(`stocks.${file.stock}`)).toBe("200 g/m² card");
      expect(plan[0].box!.size.inner.depth).toBeCloseTo(count * 0.25 + 2, 6);
    },
  },
  {
    says: /a box too big for one sheet is split over two, joined by a glue tab/i,
    holds: ({ file }) => {
      const split = planDeck(file, 400);
      expect(split).toHaveLength(2);
      expect(split[1].box!.panels.map((p) => p.role)).toContain("tab");
      expect(planDeck(file, 63)).toHaveLength(1);
    },
  },
  {
    says: /crossing lines on the front, millimetre scales on the back/i,
    holds: async ({ file }) => {
      const [front, back] = await readPdf(await render(file));
      expect(front.text).toMatch(/where this side’s lines cross the scales/i);
      expect(back.text).toContain("X (mm)");
      expect(back.text).toContain("Y (mm)");
      for (const label of ["+6", "0", "−6"]) expect(back.text).toContain(label);
    },
  },
];

/** Claims about sides, in the printing instructions. */
const printingClaims: Claim[] = [
  { says: /print two-sided/i, holds: ({ file }) => expect(file.imposition.twoSided).toBe(true) },
  { says: /print one-sided/i, holds: ({ file }) => expect(file.imposition.twoSided).toBe(false) },
  { says: /flipping on the long edge/i, holds: ({ file }) => expect(file.imposition.twoSided).toBe(true) },
  {
    says: /registration marks \(type 1: 5 mm long, 1 mm thick, 10 mm inset\)/i,
    holds: ({ plan }) => {
      expect(registrationRule).toEqual({ insetMm: 10, lengthMm: 5, thicknessMm: 1 });
      const square = plan[0].registration![0];
      expect([square.x, square.y, square.width, square.height].map(toMm).map((v) => +v.toFixed(6))).toEqual([10, 10, 5, 5]);
    },
  },
  { says: /the SVG cut file/i, holds: ({ file }) => expect(cutFilesOf(file).length).toBeGreaterThan(0) },
  {
    says: /glue the flap inside the panel it meets/i,
    holds: ({ plan }) => expect(plan[0].box!.panels.some((p) => p.role === "glue")).toBe(true),
  },
];

function caseFor(imposition: Imposition): Case {
  const file = deckFiles.find((candidate) => candidate.imposition.id === imposition.id)!;
  const count = imposition.id === "calibration" ? 0 : Math.max(1, cardsPerSheet(file)) + 1;
  return { file, plan: planDeck(file, count) };
}

/** The impositions in the default language's words (content/strings/en/deck.yaml), which these claims read. */
const impositions: (Imposition & ImpositionWords)[] = describedImpositions(sayIn(siteBrand.words));

describe.each(impositions.map((imposition) => [imposition.id, imposition] as const))("%s", (_id, imposition) => {
  it("has at least one file, and only its own facts", () => {
    expect(deckFiles.some((file) => file.imposition === impositionById(imposition.id))).toBe(true);
  });

  it("arranges its pages the way its words say", async () => {
    const made = claims.filter((claim) => claim.says.test(imposition.arrangement));
    // Words that claim nothing checkable would be words nobody checks.
    expect(made.length, imposition.arrangement).toBeGreaterThanOrEqual(2);
    const c = caseFor(imposition);
    for (const claim of made) await claim.holds(c);
  });

  it("is printed the way its instructions say", async () => {
    const made = printingClaims.filter((claim) => claim.says.test(imposition.howToPrint));
    const c = caseFor(imposition);
    for (const claim of made) await claim.holds(c);
  });

  it(imposition.acceptsBackOffset ? "moves every back, and no front, by a back offset" : "ignores a back offset", () => {
    const { file } = caseFor(imposition);
    const count = imposition.id === "calibration" ? 0 : cardsPerSheet(file);
    const plain = planDeck(file, count);
    const moved = planDeck(file, count, { x: 1.5, y: -2 });
    expect(frontsOf(moved)).toEqual(frontsOf(plain));
    if (!imposition.acceptsBackOffset) return expect(moved).toEqual(plain);
    backsOf(moved).forEach((back, i) => {
      expect(toMm(back.trim.x - backsOf(plain)[i].trim.x)).toBeCloseTo(1.5, 6);
      expect(toMm(back.trim.y - backsOf(plain)[i].trim.y)).toBeCloseTo(-2, 6);
    });
  });

  it(imposition.marks ? "has crop marks" : "has no crop marks", () => {
    const { plan } = caseFor(imposition);
    expect(plan.some((page) => page.marks.length > 0)).toBe(imposition.marks);
  });
});

describe("the printed file", () => {
  it("asks the print dialog for long-edge duplex exactly on the two-sided files", async () => {
    for (const imposition of impositions) {
      const { file } = caseFor(imposition);
      expect(rawPdf(await render(file, 2)).includes("/Duplex /DuplexFlipLongEdge"), file.id).toBe(imposition.twoSided);
    }
  });
});

describe("what the other pages say about a file", () => {
  // Downloads shows each file's purpose, and How to print's note without JavaScript describes the
  // fold-over files: the same claims hold them to the page plan, so "beside its front" cannot return.
  const said = [
    ...deckFiles.map((file) => ({ where: `${file.id} purpose`, file, text: file.purpose })),
    { where: "print.noJs", file: deckFiles.find((file) => file.imposition.id === "fold-over")!, text: siteStrings["print.form.noJs"] },
  ];
  it.each(said.map((item) => [item.where, item] as const))("%s is true of the file", async (_where, { file, text }) => {
    const made = claims.filter((claim) => claim.says.test(text));
    if (file.imposition.id === "fold-over") expect(made.length, text).toBeGreaterThanOrEqual(1);
    const count = file.imposition.id === "calibration" ? 0 : Math.max(1, cardsPerSheet(file)) + 1;
    for (const claim of made) await claim.holds({ file, plan: planDeck(file, count) });
  });
});

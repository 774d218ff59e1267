// What the site says about each way of printing is true of the file: every claim the words make is
// checked against the page plan (and, for what the plan cannot show, against the rendered PDF).
import { describe, expect, it } from "vitest";
import { readFontBytes } from "../scripts/fonts/fonts.js";
import { deckFiles, type DeckFile } from "../scripts/deck/deck-files.js";
import { flipOnLongEdge, mm, toMm, type Rect } from "../scripts/deck/geometry.js";
import { impositions, type Imposition } from "../scripts/deck/impositions.js";
import { cardsPerSheet, planDeck, type PagePlan } from "../scripts/deck/plan.js";
import { renderDeck } from "../scripts/deck/render.js";
import { makeCards } from "../scripts/deck/synthetic.js";
import { rawPdf, readPdf } from "./support/pdf.js";

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

const render = async (file: DeckFile, cards = 0) => (await renderDeck(makeCards(cards), await readFontBytes(), file, { updated: new Date(0) })).bytes;

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
    says: /each card’s front sits above its back/i,
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
];

function caseFor(imposition: Imposition): Case {
  const file = deckFiles.find((candidate) => candidate.imposition.id === imposition.id)!;
  const count = imposition.id === "calibration" ? 0 : Math.max(1, cardsPerSheet(file)) + 1;
  return { file, plan: planDeck(file, count) };
}

describe.each(impositions.map((imposition) => [imposition.id, imposition] as const))("%s", (_id, imposition) => {
  it("has at least one file, and only its own words", () => {
    expect(deckFiles.some((file) => file.imposition === imposition)).toBe(true);
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

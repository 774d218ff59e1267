// "Our plan" as cards that join the deck: its lists become blocks of styled runs, set by the deck's own
// fitting rules (the body fits at 8 pt or more, or the plan moves on to another card; nothing is clipped).
import type { FaceLabels } from "../content/brand.js";
import { ContentError } from "../content/errors.js";
import type { Strings } from "../content/translate.js";
import type { Block } from "../content/markdown.js";
import type { Card } from "../content/types.js";
import type { Touch } from "../content/vocabulary.js";
import { composeFace } from "./compose-face.js";
import { scaledFace } from "./design.js";
import { missingGlyphs } from "./glyphs.js";
import { cardSizeOf } from "./plan-deck.js";
import { cardSizes, type CardSizeId } from "./sizes.js";
import type { TextMeasurer } from "./text-measurer.js";
import { sayIn, type Say } from "./say.js";
import { faceWords } from "./face-words.js";

/** One list on the card: "Our go-tos: a cuddle, water or a snack." */
export interface PlanCardSection {
  label: string;
  items: string[];
}

export interface PlanCardInput {
  /** "Sam and Alex · 3 March 2026": who and when, on the first card. */
  byline: string;
  /** Lists in print order; empty ones are left out. */
  sections: PlanCardSection[];
  /** The closest touch the listed ideas ask for, for the card's foot. */
  touch: Touch;
  /** Said when every list is empty. */
  whenEmpty: string;
}

/** The name content errors give the plan card, in place of a file. */
export const planCardFile = "our plan";

/** A stretch of one section printed on one card: items [from, to). */
interface Part {
  section: number;
  from: number;
  to: number;
}

function cardOf(input: PlanCardInput, parts: Part[], { index, say }: { index: number; say: Say }): Card {
  const blocks: Block[] = [];
  if (index === 0) blocks.push({ type: "paragraph", runs: [{ text: input.byline, bold: false, italic: true }] });
  for (const { section, from, to } of parts) {
    const { label, items } = input.sections[section];
    const heading = from > 0 ? say("plan.continued", { label }) : label;
    const end = to === items.length ? "." : ",";
    blocks.push({ type: "paragraph", runs: [{ text: `${heading}: `, bold: true, italic: false }, { text: `${items.slice(from, to).join(", ")}${end}`, bold: false, italic: false }] });
  }
  if (parts.length === 0 && index === 0) blocks.push({ type: "paragraph", runs: [{ text: input.whenEmpty, bold: false, italic: false }] });
  const text = blocks.map((block) => (block.type === "paragraph" ? block.runs.map((run) => run.text).join("") : "")).join("\n\n");
  return {
    id: index === 0 ? "our-plan" : `our-plan-${index + 1}`,
    file: planCardFile,
    url: "",
    title: say("plan.title"),
    kind: "check-in",
    category: "together",
    when: "right-after",
    duration: "quick",
    energy: "low",
    touch: input.touch,
    number: index + 1,
    body: "",
    blocks,
    text,
  };
}

/** Every item in print order, as (section, index) pairs. */
const itemsOf = (input: PlanCardInput) => input.sections.flatMap((section, s) => section.items.map((_, i) => ({ section: s, index: i })));

/** The parts that print items [start, end) of the flattened list. */
function partsBetween(input: PlanCardInput, start: number, end: number): Part[] {
  const parts: Part[] = [];
  for (const { section, index } of itemsOf(input).slice(start, end)) {
    const last = parts[parts.length - 1];
    if (last && last.section === section) last.to = index + 1;
    else parts.push({ section, from: index, to: index + 1 });
  }
  return parts;
}

/** Whether a card's face fits by the deck's rules (throws for anything else, e.g. a missing glyph). */
export type FitsCard = (card: Card, total: number) => boolean;

/**
 * The plan on as few cards as fit: each card takes as many items as fit at 8 pt or more, ending at
 * the end of a list when that costs no extra card. Throws the deck's own overflow error if a single
 * item cannot fit on a card of its own.
 */
export function planCards(input: PlanCardInput, fits: FitsCard, words: Strings): Card[] {
  const say = sayIn(words);
  const count = itemsOf(input).length;
  let running = 0;
  const listEnds = input.sections.map((section) => (running += section.items.length));
  /** Where the card starting at item `start` ends when it takes the most items that fit. */
  const greedyEnd = (start: number, index: number): number => {
    const fitsUpTo = (end: number) => fits(cardOf(input, partsBetween(input, start, end), { index, say }), index + 2);
    if (fitsUpTo(count)) return count;
    let lo = start; // invariant: items [start, lo) fit, [start, hi) do not
    let hi = count;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (fitsUpTo(mid)) lo = mid;
      else hi = mid;
    }
    if (lo === start) throw new ContentError([{ file: planCardFile, field: "body", message: "has an item too long for a card of its own" }]);
    return lo;
  };
  const split = (preferListEnds: boolean): number[] => {
    const cuts: number[] = [];
    for (let start = 0; start < count; start = cuts[cuts.length - 1]) {
      const end = greedyEnd(start, cuts.length);
      const listEnd = Math.max(start, ...listEnds.filter((at) => at > start && at <= end));
      cuts.push(preferListEnds && end < count && listEnd > start ? listEnd : end);
    }
    return cuts.length ? cuts : [0];
  };
  const fewest = split(false);
  const tidy = split(true);
  const cuts = tidy.length === fewest.length ? tidy : fewest;
  return cuts.map((end, index) => cardOf(input, partsBetween(input, index === 0 ? 0 : cuts[index - 1], end), { index, say }));
}

/**
 * The deck's fitting rules for a card size, as a FitsCard: a face fits when composeFace can set its body
 * at the floor size or more. Characters the card fonts lack are refused first, with the deck's message.
 */
export function fitsCardSize(cardSize: CardSizeId, measurer: TextMeasurer, labels: FaceLabels): FitsCard {
  const design = scaledFace(cardSizes[cardSize].typeScale);
  const size = cardSizeOf(cardSize);
  return (card, total) => {
    const glyphProblems = missingGlyphs(card, faceWords(card, total, labels), measurer);
    if (glyphProblems.length) throw new ContentError(glyphProblems);
    try {
      composeFace({ card, total, size, design, measurer, cardLabel: cardSize, labels });
      return true;
    } catch (error) {
      if (error instanceof ContentError) return false;
      throw error;
    }
  };
}

// Tonight's runs and the draws' dealing as pure functions, on the real deck: a run opens with a
// check-in and closes with kind words, never repeats a card, never deals "start here", deals only
// what fits the time; Pass stays within its step's kind; the questions reach every run; a draw
// history shows the whole set before any card comes again; pools stay inside their source.
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent, tonightRunUrl, type Card } from "../scripts/content/index.js";
import type { Strings } from "../scripts/content/strings.js";
import { hasPacer, hasTimer, nearestPace } from "../scripts/site/card-extras.js";
import { cardWhen, dealableLater, dealableRightAfter } from "../scripts/site/dealable.js";
import { numberPicks, seedOf } from "../scripts/site/draw-order.js";
import { tonightPages } from "../scripts/site/tonight-pages.js";
import { passesPerStep, runShapes } from "../scripts/site/tonight-questions.js";
import { afterDeal, dealFresh, freshFirst, remember, seededNext } from "../templates/js/lib/draw-history.js";
import { drawPool, drawSourceQuery, readDrawSource } from "../templates/js/lib/draw-pool.js";

let cards: Card[];
let strings: Strings;
let pages: ReturnType<typeof tonightPages>;
beforeAll(async () => {
  ({ cards, strings } = await loadContent({ root: process.cwd() }));
  pages = tonightPages(cards, seedOf(cards.map((card) => card.id).join(",")), strings);
});

/** A generator of the same "random" numbers every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe("which cards may be dealt", () => {
  it("never deals a start-here card, and deals later cards only when later is asked for", () => {
    for (const card of cards) {
      if (card.kind === "start") expect(dealableRightAfter(card) || dealableLater(card), card.id).toBe(false);
      else expect(dealableRightAfter(card) !== dealableLater(card), card.id).toBe(true);
      expect(cardWhen(card), card.id).toBe(card.when);
    }
  });
});

describe("Tonight's runs", () => {
  it("exist for each of the 3 × 2 × 3 answers, each at its own address", () => {
    expect(pages.runs).toHaveLength(18);
    expect(new Set(pages.runs.map((run) => run.url)).size).toBe(18);
  });

  it("open with a check-in, close with kind words, repeat nothing and never deal start-here cards", () => {
    for (const run of pages.runs) {
      const kinds = run.steps.map((step) => step.kind);
      expect(kinds[0], run.url).toBe("check-in");
      expect(kinds.at(-1), run.url).toBe("affirmation");
      expect(kinds.length, run.url).toBeGreaterThanOrEqual(3);
      const dealt = run.steps.flatMap((step) => step.cards.map((card) => card.id));
      expect(new Set(dealt).size, run.url).toBe(dealt.length);
      expect(dealt.every((id) => cards.find((card) => card.id === id)!.kind !== "start"), run.url).toBe(true);
    }
  });

  it("keep every Pass within its step's kind, a few passes deep at most", () => {
    for (const run of pages.runs) {
      for (const step of run.steps) {
        expect(step.cards.length).toBeGreaterThan(0);
        expect(step.cards.length).toBeLessThanOrEqual(passesPerStep);
        expect(step.cards.every((card) => card.kind === step.kind), `${run.url} ${step.kind}`).toBe(true);
      }
    }
  });

  it("deal right-after cards for a few minutes or longer, later ones for the next day, never more touch or energy than asked", () => {
    const touch = { none: 0, light: 1, close: 2 };
    for (const run of pages.runs) {
      const { time, energy } = run.choice;
      for (const [index, step] of run.steps.entries()) for (const card of step.cards) {
        // The opening check-in and the closing kind words may come from another time when none fits
        // this one (dealRun's documented fallback); the middle steps never do.
        const framing = index === 0 || index === run.steps.length - 1;
        const fitsTime = time === "next-day" ? dealableLater(card) : dealableRightAfter(card);
        expect(fitsTime || (framing && time === "next-day" && dealableRightAfter(card)), `${run.url} ${card.id}`).toBe(true);
        if (time !== "next-day") expect(dealableRightAfter(card), `${run.url} ${card.id}`).toBe(true);
        if (time === "quick") expect(card.duration, `${run.url} ${card.id}`).toBe("quick");
        expect(touch[card.touch] <= touch[run.choice.touch], `${run.url} ${card.id}`).toBe(true);
        if (energy === "low") expect(card.energy, `${run.url} ${card.id}`).toBe("low");
      }
      const middle = run.steps.slice(1, -1).length;
      expect(middle, run.url).toBeLessThanOrEqual(runShapes[time].length - 2);
      if (time === "longer") expect(middle, run.url).toBe(2);
    }
  });

  it("the next day, close with kind words meant for later, never ones written for right after (the deck has them for every answer)", () => {
    for (const run of pages.runs.filter((run) => run.choice.time === "next-day")) {
      const closing = run.steps.at(-1)!;
      expect(closing.kind, run.url).toBe("affirmation");
      for (const card of closing.cards) expect(dealableLater(card), `${run.url} ${card.id} (${card.when})`).toBe(true);
    }
  });

  it("put the closest fit first: asked for close touch, a close card opens the ritual step", () => {
    const close = pages.runs.find((run) => run.choice.time === "quick" && run.choice.touch === "close")!;
    expect(close.steps.find((step) => step.kind === "ritual")!.cards[0].touch).toBe("close");
  });

  it("are reached by the question screens' links, each answer leading to the next question or a run", () => {
    const screens = new Map(pages.screens.map((screen) => [`#${screen.id}`, screen]));
    expect(pages.screens).toHaveLength(1 + 3 + 6);
    const runs = new Set(pages.runs.map((run) => run.url));
    const reached = new Set<string>();
    for (const screen of pages.screens) {
      for (const href of [...screen.options.map((option) => option.href), screen.skip]) {
        expect(screens.has(href) || runs.has(href), href).toBe(true);
        if (runs.has(href)) reached.add(href);
      }
    }
    expect(reached).toEqual(runs);
    expect(pages.skipAll).toBe(tonightRunUrl({ time: "quick", energy: "low", touch: "none" }));
  });
});

describe("draw history", () => {
  const ids = Array.from({ length: 63 }, (_, i) => `card-${i}`);

  it("shows 63 different cards in 63 draws before any comes again, then starts a new round", () => {
    const random = seeded(7);
    let seen: string[] = [];
    const shown: string[] = [];
    for (let i = 0; i < 63; i++) {
      const deal = dealFresh(ids, seen, { count: 1, showing: shown.slice(-1), random });
      expect(deal.newRound).toBe(false);
      seen = afterDeal(seen, ids, deal, { max: 1000, showing: shown.slice(-1) });
      shown.push(deal.ids[0]);
    }
    expect(new Set(shown).size).toBe(63);
    const again = dealFresh(ids, seen, { count: 1, showing: shown.slice(-1), random });
    expect(again.newRound).toBe(true);
    expect(again.ids[0]).not.toBe(shown.at(-1));
    seen = afterDeal(seen, ids, again, { max: 1000, showing: shown.slice(-1) });
    expect(new Set(seen)).toEqual(new Set([again.ids[0], shown.at(-1)]));
  });

  it("opens each new round with the cards seen longest ago, so a small set never repeats a card two draws apart", () => {
    const four = ["a", "b", "c", "d"];
    for (let seed = 1; seed <= 20; seed++) {
      const random = seeded(seed);
      let seen: string[] = [];
      const shown: string[] = [];
      for (let draw = 0; draw < 40; draw++) {
        const showing = shown.slice(-1);
        const deal = dealFresh(four, seen, { count: 1, showing, random });
        seen = afterDeal(seen, four, deal, { max: 1000, showing });
        shown.push(deal.ids[0]);
      }
      // Any three draws in a row are three different cards, and every card comes back within a round and a half.
      for (let i = 2; i < shown.length; i++) expect(new Set(shown.slice(i - 2, i + 1)).size, `seed ${seed}: ${shown.join("")}`).toBe(3);
      for (const id of four) expect(shown.slice(-6)).toContain(id);
    }
  });

  it("deals hands of three that are not the hand on screen, and tops a short set up at a new round", () => {
    const random = seeded(3);
    const first = dealFresh(ids.slice(0, 7), [], { count: 3, random });
    const second = dealFresh(ids.slice(0, 7), first.ids, { count: 3, showing: first.ids, random });
    expect(second.ids.filter((id) => first.ids.includes(id))).toEqual([]);
    const third = dealFresh(ids.slice(0, 7), [...first.ids, ...second.ids], { count: 3, showing: second.ids, random });
    expect(third.newRound).toBe(true);
    expect(new Set(third.ids).size).toBe(3);
    expect(third.ids.filter((id) => second.ids.includes(id))).toEqual([]);
  });

  it("remembers the newest last within its cap, and orders unseen cards first, the longest-seen next", () => {
    expect(remember(["a", "b", "c"], ["a"], 3)).toEqual(["b", "c", "a"]);
    expect(remember(["a", "b", "c"], ["d"], 3)).toEqual(["b", "c", "d"]);
    expect(freshFirst(["a", "b", "c", "d"], ["c", "a"])).toEqual(["b", "d", "c", "a"]);
  });

  it("without a history, follows the seeded order after the card on screen, wrapping", () => {
    expect(seededNext(["a", "b", "c"], "b", 1)).toEqual(["c"]);
    expect(seededNext(["a", "b", "c"], "c", 2)).toEqual(["a", "b"]);
    expect(seededNext([], "a", 1)).toEqual([]);
  });
});

describe("draw pools", () => {
  const vocabulary = [{ id: "kind", values: ["ritual", "affirmation"] }, { id: "touch", values: ["none", "close"] }];

  it("read their source from the address and write it back", () => {
    expect(readDrawSource("?from=favourites", vocabulary)).toEqual({ favourites: true, filter: {} });
    expect(readDrawSource("?touch=none&kind=ritual&x=1", vocabulary)).toEqual({ favourites: false, filter: { kind: "ritual", touch: "none" } });
    expect(drawSourceQuery({ favourites: false, filter: { touch: "none", kind: "ritual" } }, vocabulary)).toBe("?kind=ritual&touch=none");
  });

  it("stay inside favourites or the filter, leave out cards marked not for us, and deal only what fits right after", () => {
    const favourites = cards.filter((card) => card.kind !== "start").slice(0, 6).map((card) => card.id);
    const hidden = [cards.find((card) => card.kind === "ritual" && card.touch === "none" && dealableRightAfter(card))!.id];
    const kept = { favourites, hidden, leaveOutHidden: true };
    const fav = drawPool(cards, { favourites: true, filter: {} }, kept);
    expect(fav.length).toBeGreaterThan(0);
    expect(fav.every((id) => favourites.includes(id))).toBe(true);
    const filtered = drawPool(cards, { favourites: false, filter: { kind: "ritual", touch: "none" } }, kept);
    expect(filtered.length).toBeGreaterThan(0);
    for (const id of filtered) expect(cards.find((card) => card.id === id)).toMatchObject({ kind: "ritual", touch: "none" });
    expect(filtered).not.toContain(hidden[0]);
    expect(drawPool(cards, { favourites: false, filter: { kind: "ritual", touch: "none" } }, { ...kept, leaveOutHidden: false })).toContain(hidden[0]);
    const all = drawPool(cards, { favourites: false, filter: {} }, kept);
    expect(all.every((id) => dealableRightAfter(cards.find((card) => card.id === id)!))).toBe(true);
  });

  it("start a draw without JavaScript at a number the reader thinks of, each number elsewhere", () => {
    const draws = Array.from({ length: 49 }, (_, i) => i);
    const picks = numberPicks(draws);
    expect(picks.map((p) => p.pick)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(picks.map((p) => p.draw)).size).toBe(9);
    expect(numberPicks([1, 2])).toHaveLength(2);
  });
});

describe("card extras", () => {
  it("give quiet cards a pacer and longer rituals a timer; a remembered pace maps to the nearest offered", () => {
    expect(cards.filter(hasPacer).map((card) => card.id)).toContain("breathe-in-time");
    expect(cards.filter(hasTimer).every((card) => card.kind === "ritual" && card.duration === "longer")).toBe(true);
    expect(nearestPace(undefined).id).toBe("steady");
    expect(nearestPace({ inSeconds: 5, outSeconds: 7 }).id).toBe("slower");
  });
});

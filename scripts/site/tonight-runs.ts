// Deals Tonight's runs (pure): for each combination of answers, the cards of each step in a seeded
// order, the closest fit first. Each step is one kind, so no card can come up twice in a run.
import type { Kind } from "../content/index.js";
import { dealableLater, dealableRightAfter, type DealableCard } from "./dealable.js";
import { seededShuffle, seedOf } from "./draw-order.js";
import { allChoices, runShapes, type TonightChoice } from "./tonight-questions.js";

type RunCard = DealableCard & { readonly id: string };

export interface RunStep<C> {
  kind: Kind;
  /** The card shown first, then what each Pass brings, in order; never empty. */
  cards: C[];
}

export interface TonightRun<C> {
  choice: TonightChoice;
  steps: RunStep<C>[];
}

const touchLevel = { none: 0, light: 1, close: 2 } as const;

/** Whether a card suits the time chosen: right after (quick ones only for "a few minutes"), or later. */
function fitsTime(card: DealableCard, time: TonightChoice["time"]): boolean {
  if (time === "next-day") return dealableLater(card);
  return dealableRightAfter(card) && (time === "longer" || card.duration === "quick");
}

/** Whether a card asks for no more energy and no closer touch than was chosen (less is always fine). */
function fitsReader(card: DealableCard, choice: TonightChoice): boolean {
  const touch = touchLevel[card.touch as keyof typeof touchLevel] ?? Infinity;
  return (choice.energy === "some" || card.energy === "low") && touch <= touchLevel[choice.touch];
}

/** How far a card is from what was chosen (0: exactly it): the closest come first. */
function distance(card: DealableCard, choice: TonightChoice): number {
  const touch = touchLevel[choice.touch] - (touchLevel[card.touch as keyof typeof touchLevel] ?? 0);
  const energy = choice.energy === "some" && card.energy !== "medium" ? 1 : 0;
  const time = choice.time === "longer" && card.duration !== "longer" ? 1 : 0;
  return touch + energy + time;
}

/**
 * One run: per kind of its shape, the fitting cards in a seeded order, closest first, at most
 * `perStep`. A middle step nothing fits is left out; a run still opens with a check-in and closes
 * with kind words: when none fits the time, one that fits the rest is taken (for right after, only
 * among right-after cards).
 */
export function dealRun<C extends RunCard>(cards: readonly C[], choice: TonightChoice, seed: number, perStep: number): TonightRun<C> {
  const shape = runShapes[choice.time];
  const steps = shape.flatMap((kind, index): RunStep<C>[] => {
    const ofKind = cards.filter((card) => card.kind === kind && card.kind !== "start" && fitsReader(card, choice));
    let fitting = ofKind.filter((card) => fitsTime(card, choice.time));
    const framing = index === 0 || index === shape.length - 1;
    // A card for later is never dealt right after; the next day, kind words from right after still fit.
    if (fitting.length === 0 && framing) fitting = ofKind.filter((card) => dealableRightAfter(card) || (choice.time === "next-day" && dealableLater(card)));
    if (fitting.length === 0) return [];
    const shuffled = seededShuffle(fitting, seed ^ seedOf(`${choice.time}/${choice.energy}/${choice.touch}/${kind}`));
    const ordered = shuffled.map((card, order) => ({ card, order, distance: distance(card, choice) })).sort((a, b) => a.distance - b.distance || a.order - b.order);
    return [{ kind, cards: ordered.slice(0, perStep).map((entry) => entry.card) }];
  });
  return { choice, steps };
}

/** Every combination's run, in question order (3 × 2 × 3 = 18). */
export function tonightRuns<C extends RunCard>(cards: readonly C[], seed: number, perStep: number): TonightRun<C>[] {
  return allChoices().map((choice) => dealRun(cards, choice, seed, perStep));
}

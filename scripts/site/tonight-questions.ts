// Tonight's three questions, what skipping one means, and the shape of the run the answers lead to:
// ids and order as data, read by the dealing (tonight-runs.ts) and the pages (their words: tonight-words.ts).
import type { Kind } from "../content/index.js";

const timeIds = ["quick", "longer", "next-day"] as const;
const energyIds = ["low", "some"] as const;
const touchIds = ["none", "light", "close"] as const;

export interface TonightChoice {
  time: (typeof timeIds)[number];
  energy: (typeof energyIds)[number];
  touch: (typeof touchIds)[number];
}

interface Question<K extends keyof TonightChoice> {
  id: K;
  /** What a skipped question counts as: the gentlest answer. */
  skip: TonightChoice[K];
  /** The answers, in order; their words are tonight.questions.<id>.* in the strings files. */
  options: readonly TonightChoice[K][];
}

/** Asked in this order, one to a screen; every one can be skipped. */
export const tonightQuestions: readonly [Question<"time">, Question<"energy">, Question<"touch">] = [
  { id: "time", skip: "quick", options: timeIds },
  { id: "energy", skip: "low", options: energyIds },
  { id: "touch", skip: "none", options: touchIds },
];

/** The kinds a run deals, in order: a check-in to open, one or two rituals or conversations, kind words to close. */
export const runShapes: Record<TonightChoice["time"], readonly Kind[]> = {
  quick: ["check-in", "ritual", "affirmation"],
  longer: ["check-in", "ritual", "conversation", "affirmation"],
  "next-day": ["check-in", "conversation", "ritual", "affirmation"],
};

/** How many cards of a kind a run offers before saying none is left (each is one Pass): enough to choose, light enough to load. */
export const passesPerStep = 5;

/** Every combination of answers, in question order: 3 × 2 × 3 = 18. */
export function allChoices(): TonightChoice[] {
  return timeIds.flatMap((time) => energyIds.flatMap((energy) => touchIds.map((touch) => ({ time, energy, touch }))));
}

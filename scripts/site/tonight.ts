// Tonight's three questions, what skipping one means, and the shape of the run the answers lead to:
// words and order as data, read by the dealing (tonight-runs.ts) and the pages.
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
  question: string;
  /** What a skipped question counts as: the gentlest answer. */
  skip: TonightChoice[K];
  options: readonly { id: TonightChoice[K]; label: string; hint?: string; summary: string }[];
}

/** Asked in this order, one to a screen; every one can be skipped. */
export const tonightQuestions: readonly [Question<"time">, Question<"energy">, Question<"touch">] = [
  {
    id: "time",
    question: "How much time is there?",
    skip: "quick",
    options: [
      { id: "quick", label: "A few minutes", summary: "a few minutes" },
      { id: "longer", label: "Longer", hint: "20 to 30 minutes", summary: "a longer while" },
      { id: "next-day", label: "The next day", hint: "cards for later on", summary: "the next day" },
    ],
  },
  {
    id: "energy",
    question: "How much energy is left?",
    skip: "low",
    options: [
      { id: "low", label: "Not much", summary: "low energy" },
      { id: "some", label: "Some", summary: "some energy" },
    ],
  },
  {
    id: "touch",
    question: "How close would you like to be?",
    skip: "none",
    options: [
      { id: "none", label: "No touch", hint: "near each other is plenty", summary: "no touch" },
      { id: "light", label: "Light touch", summary: "light touch" },
      { id: "close", label: "Close", summary: "close" },
    ],
  },
];

/** The kinds a run deals, in order: a check-in to open, one or two rituals or conversations, kind words to close. */
export const runShapes: Record<TonightChoice["time"], readonly Kind[]> = {
  quick: ["check-in", "ritual", "affirmation"],
  longer: ["check-in", "ritual", "conversation", "affirmation"],
  "next-day": ["check-in", "conversation", "ritual", "affirmation"],
};

/** A step in the words of the run's introduction: "a check-in, a ritual and kind words". */
export const stepWords: Partial<Record<Kind, string>> = {
  "check-in": "a check-in",
  ritual: "a ritual",
  conversation: "a conversation",
  affirmation: "kind words",
};

/** The steps of a run as one phrase. */
export function stepsPhrase(kinds: readonly Kind[]): string {
  const words = kinds.map((kind) => stepWords[kind] ?? kind);
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** How many cards of a kind a run offers before saying none is left (each is one Pass): enough to choose, light enough to load. */
export const passesPerStep = 5;

/** Every combination of answers, in question order: 3 × 2 × 3 = 18. */
export function allChoices(): TonightChoice[] {
  return timeIds.flatMap((time) => energyIds.flatMap((energy) => touchIds.map((touch) => ({ time, energy, touch }))));
}

/** A choice as words: "a few minutes, low energy, no touch". */
export function choiceSummary(choice: TonightChoice): string {
  return tonightQuestions.map((q) => q.options.find((option) => option.id === choice[q.id])!.summary).join(", ");
}

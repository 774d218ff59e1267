// What a card carries besides its words: a breathing pacer on quiet cards, a gentle timer on the
// longer rituals, and the paces a reader can breathe at (data, read by the pages and their scripts).
import type { DealableCard } from "./dealable.js";

/** Seconds in and out; "steady" (in 4, out 6) is where everyone starts. Their names: extras.paces.<id> in the strings files. */
export const breathPaces = [
  { id: "quicker", inSeconds: 3, outSeconds: 5 },
  { id: "steady", inSeconds: 4, outSeconds: 6 },
  { id: "slower", inSeconds: 5, outSeconds: 8 },
] as const;

export type BreathPace = (typeof breathPaces)[number];
export const defaultPace: BreathPace = breathPaces[1];

/** The pace nearest to a remembered in/out pair (an imported file may hold any allowed numbers). */
export function nearestPace(breath: { inSeconds: number; outSeconds: number } | undefined): BreathPace {
  if (!breath) return defaultPace;
  const gap = (pace: BreathPace) => Math.abs(pace.inSeconds - breath.inSeconds) + Math.abs(pace.outSeconds - breath.outSeconds);
  return breathPaces.reduce((best, pace) => (gap(pace) < gap(best) ? pace : best));
}

/** How long the gentle timer runs: the short end of a longer ritual (20 to 30 minutes). */
export const timerMinutes = 20;

/** Breathing and quiet cards get the pacer. */
export const hasPacer = (card: DealableCard) => card.category === "quiet";

/** The longer rituals get the timer. */
export const hasTimer = (card: DealableCard) => card.kind === "ritual" && card.duration === "longer";

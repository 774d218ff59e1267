// The order cards are drawn in without JavaScript: a shuffle seeded by the deck itself, so builds repeat.

/** A small, well-known PRNG (mulberry32): same seed, same sequence, on every machine. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the text: the seed changes only when the deck's ids change. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Fisher–Yates with a seeded generator: a fixed "random" order of the items. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface Draw<T> {
  /** 1-based number of this draw page. */
  number: number;
  item: T;
  /** The draw that "pass" leads to. */
  next: number;
}

/** One draw per item, in shuffled order; passing on the last one wraps to the first. */
export function drawSequence<T>(items: readonly T[], seed: number): Draw<T>[] {
  const order = seededShuffle(items, seed);
  return order.map((item, index) => ({ number: index + 1, item, next: index + 1 === order.length ? 1 : index + 2 }));
}

export interface Deal<T> {
  number: number;
  hand: T[];
  next: number;
}

/** Hands of three from a second shuffle; a short last hand is topped up from the start so every hand has three. */
export function dealsOfThree<T>(items: readonly T[], seed: number): Deal<T>[] {
  const order = seededShuffle(items, seed ^ 0x9e3779b9);
  if (order.length < 3) return order.length ? [{ number: 1, hand: order, next: 1 }] : [];
  const count = Math.ceil(order.length / 3);
  return Array.from({ length: count }, (_, i) => {
    const hand = [0, 1, 2].map((k) => order[(i * 3 + k) % order.length]);
    return { number: i + 1, hand, next: i + 1 === count ? 1 : i + 2 };
  });
}

/**
 * "Think of a number from 1 to n and tap it": where each number starts, spread evenly over the
 * draws, so a draw without JavaScript does not open on the same card for everyone, every time.
 */
export function numberPicks<T>(draws: readonly T[], n = 9): { pick: number; draw: T }[] {
  const count = Math.min(n, draws.length);
  return Array.from({ length: count }, (_, i) => ({ pick: i + 1, draw: draws[Math.floor((i * draws.length) / count)] }));
}

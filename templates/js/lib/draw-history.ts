// The draw history's arithmetic (pure, no storage): cards seen recently come last until the set is
// through, then a new round starts; without a history, the deck's own seeded order is followed.

/** `seen` with `ids` moved to its end (most recent), the oldest dropped beyond `max`. */
export function remember(seen: readonly string[], ids: readonly string[], max: number): string[] {
  const fresh = new Set(ids);
  return [...seen.filter((id) => !fresh.has(id)), ...ids].slice(-max);
}

/** The ids not seen yet, in their order, then the seen ones, the longest ago first. */
export function freshFirst(ids: readonly string[], seen: readonly string[]): string[] {
  const when = new Map(seen.map((id, at) => [id, at]));
  const unseen = ids.filter((id) => !when.has(id));
  const seenHere = ids.filter((id) => when.has(id)).sort((a, b) => when.get(a)! - when.get(b)!);
  return [...unseen, ...seenHere];
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface Deal {
  ids: string[];
  /** Every card of the set had been seen, so the set starts over: the caller forgets the set's history. */
  newRound: boolean;
}

/**
 * Up to `count` cards from `pool`: ones not seen yet at random, then, when the set is through, a new
 * round from the rest, the longest seen first. The cards on screen now (`showing`) come only when nothing else is left.
 */
export function dealFresh(pool: readonly string[], seen: readonly string[], options: { count: number; showing?: readonly string[]; random: () => number }): Deal {
  const showing = new Set(options.showing ?? []);
  const seenSet = new Set(seen);
  const unseen = shuffle(pool.filter((id) => !seenSet.has(id) && !showing.has(id)), options.random);
  const ids = unseen.slice(0, options.count);
  const newRound = ids.length < options.count;
  if (newRound) {
    const taken = new Set(ids);
    // The new round opens with the cards seen longest ago, so one seen a draw or two back waits its turn.
    const rest = freshFirst(pool.filter((id) => !taken.has(id) && !showing.has(id)), seen);
    ids.push(...rest.slice(0, options.count - ids.length));
    ids.push(...[...showing].filter((id) => pool.includes(id)).slice(0, options.count - ids.length));
  }
  return { ids, newRound };
}

/** Without a history: the `count` cards after `after` in the deck's seeded order (the pool's order), wrapping. */
export function seededNext(order: readonly string[], after: string | undefined, count: number): string[] {
  if (order.length === 0) return [];
  const start = after === undefined ? -1 : order.indexOf(after);
  return Array.from({ length: Math.min(count, order.length) }, (_, i) => order[(start + 1 + i + order.length) % order.length]);
}

/**
 * The history after a deal: on a new round the set's cards are forgotten first (but for those on
 * screen, just seen), then the dealt ones are remembered as the most recent.
 */
export function afterDeal(seen: readonly string[], pool: readonly string[], deal: Deal, options: { max: number; showing?: readonly string[] }): string[] {
  const inPool = new Set(pool);
  const keep = new Set([...deal.ids, ...(options.showing ?? [])]);
  return remember(deal.newRound ? seen.filter((id) => !inPool.has(id) || keep.has(id)) : seen, deal.ids, options.max);
}

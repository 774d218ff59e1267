// "Did you mean…?": a word the index does not know, corrected to the nearest word it does (edit
// distance with swapped letters, as typos go), preferring the more frequent word on a tie.

/** Edits between a and b (insert, delete, substitute, swap two neighbours), or Infinity when more than max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row.push(d);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length] <= max ? previous[b.length] : Infinity;
}

/** How many typos a word of this length may carry and still be recognised. */
const allowance = (word: string) => (word.length <= 5 ? 1 : 2);

/**
 * The query with each unknown word of three letters or more replaced by its nearest known word
 * (`words` most frequent first); undefined when nothing needed or allowed a correction.
 */
export function correctQuery(query: string, words: readonly string[]): string | undefined {
  const known = new Set(words);
  let changed = false;
  const corrected = query.replace(/\p{L}{3,}/gu, (word) => {
    const lower = word.toLowerCase();
    if (known.has(lower) || words.some((candidate) => candidate.startsWith(lower))) return word;
    let best: string | undefined;
    let bestDistance = allowance(lower) + 1;
    for (const candidate of words) {
      const distance = editDistance(lower, candidate, bestDistance - 1);
      if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
      if (bestDistance === 1) break;
    }
    if (!best) return word;
    changed = true;
    return best;
  });
  return changed ? corrected : undefined;
}

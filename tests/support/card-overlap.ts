// How alike two card bodies are: the share of idea-carrying words they have in common (Jaccard).

/**
 * Words that carry no idea of their own: the grammar every offer shares ("would you like to…?", "can I…?").
 * Counting them made unrelated offers look alike, and left real repeats hidden among them.
 */
const glue = new Set(
  `a an and or but so if then than as at by for from in into of on out over to up with about
  i me my we us our you your they them their it its this that these those there here
  is are was were be been am do does did have has had will would can could may might shall should
  what which who how when where why not no nor too very just only also any some every each all one now
  like want anything something nothing much more im ill ive youre youd youll its dont doesnt isnt thats whats lets`.split(/\s+/),
);

/** A word folded to a rough stem, so "feeling", "feelings" and "feel" count once. */
const stem = (word: string) => word.replace(/(ings?|ed|es|s|ly)$/, "").replace(/e$/, "");

/** The set of idea-carrying words (shingles of one stemmed word) in a card's body. */
export function ideaWords(text: string): Set<string> {
  const words = text.toLowerCase().replace(/[’']/g, "").match(/[a-z]+/g) ?? [];
  return new Set(words.filter((word) => word.length > 2 && !glue.has(word)).map(stem));
}

/** Jaccard overlap: the words two bodies share, over all the words either uses. */
export function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

// Numbers as people type them: "1,5" and "1.5" alike, a typographic minus, a leading plus.

/** The number in `text`, or undefined when it is not one (never a silently different number). */
export function parseDecimal(text: string): number | undefined {
  const plain = text.trim().replace(/^[−–]/, "-").replace(",", ".");
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(plain) ? Number(plain) : undefined;
}

/** "1.5" shown the way the reader typed numbers: with a comma if they used one. */
export function formatDecimal(value: number, likeText: string): string {
  const text = String(Math.round(value * 100) / 100);
  return likeText.includes(",") ? text.replace(".", ",") : text;
}

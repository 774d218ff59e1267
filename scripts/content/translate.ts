// One language's words by dotted key, and filling a key's {placeholders}: no Node APIs, so the deck's
// renderer can say its words in a browser too.

/** One language's words by dotted key: "nav.guide" → "Guide". */
export type Strings = Readonly<Record<string, string>>;

/** Fills {placeholders} from values; a key without words is a bug in the template, so it throws. */
export function translate(strings: Strings, key: string, values: Record<string, string | number> = {}): string {
  const text = strings[key];
  if (text === undefined) throw new Error(`no interface words for "${key}": add it to content/strings/ in every language`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

// JSON from outside (an imported file, a shared link) parsed without prototype keys and within a size cap.

const forbidden = new Set(["__proto__", "prototype", "constructor"]);

export class UnsafeInput extends Error {}

/** Parses `text`, refusing more than `maxBytes` and any object key that could reach a prototype. */
export function parseSafeJson(text: string, maxBytes: number): unknown {
  if (new TextEncoder().encode(text).length > maxBytes) throw new UnsafeInput(`is larger than ${Math.round(maxBytes / 1024)} KB`);
  let value: unknown;
  try {
    value = JSON.parse(text, (key, item) => {
      if (forbidden.has(key)) throw new UnsafeInput(`contains a key named “${key}”`);
      return item;
    });
  } catch (error) {
    if (error instanceof UnsafeInput) throw error;
    throw new UnsafeInput("is not readable data (not JSON)");
  }
  return value;
}

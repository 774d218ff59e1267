// JSON from outside (an imported file, a shared link) parsed without prototype keys and within a size cap.

const forbidden = new Set(["__proto__", "prototype", "constructor"]);

/** Why the input is refused: `message` in English (for the command line), `reason` for a reader's words (yourData.transfer.js in the strings). */
export class UnsafeInput extends Error {
  readonly reason: UnsafeReason;
  constructor(message: string, reason: UnsafeReason) {
    super(message);
    this.reason = reason;
  }
}

export interface UnsafeReason {
  key: "tooLarge" | "forbiddenKey" | "notJson";
  values?: Record<string, string | number>;
}

/** Parses `text`, refusing more than `maxBytes` and any object key that could reach a prototype. */
export function parseSafeJson(text: string, maxBytes: number): unknown {
  if (new TextEncoder().encode(text).length > maxBytes) {
    const kb = Math.round(maxBytes / 1024);
    throw new UnsafeInput(`is larger than ${kb} KB`, { key: "tooLarge", values: { kb } });
  }
  let value: unknown;
  try {
    value = JSON.parse(text, (key, item) => {
      if (forbidden.has(key)) throw new UnsafeInput(`contains a key named “${key}”`, { key: "forbiddenKey", values: { key } });
      return item;
    });
  } catch (error) {
    if (error instanceof UnsafeInput) throw error;
    throw new UnsafeInput("is not readable data (not JSON)", { key: "notJson" });
  }
  return value;
}

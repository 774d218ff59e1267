// Checks that pdfkit still has the members the deck relies on, and the error that names the one that changed.
import { version as installedPdfkit } from "./pdfkit-version.js";

/** The pdfkit release the members in pdfkit-internals.ts were read from; a test keeps it equal to the installed one. */
export const pdfkitVerified = "0.20.2";

/** Fails naming pdfkit's version and the member, instead of letting a changed pdfkit write a broken PDF. */
export function pdfkitChanged(member: string, problem: string): Error {
  return new Error(
    `pdfkit ${installedPdfkit} changed: ${member} ${problem}; the deck relies on it (see scripts/deck/pdfkit-internals.ts). Pin pdfkit ${pdfkitVerified} or update that module.`,
  );
}

/** A member's dotted path from the checked value, and what it must be ("present": there, but not read, since some are getters that create entries). */
export type Expect = [path: string, kind: "function" | "object" | "array" | "number" | "string" | "present"];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

function holds(value: unknown, kind: Expect[1]): boolean {
  if (kind === "array") return Array.isArray(value);
  if (kind === "object") return isObject(value);
  return typeof value === kind;
}

/** Throws pdfkitChanged for the first expectation `subject` (called `owner` in the message) does not meet. */
export function expectShape(subject: unknown, owner: string, expectations: Expect[]): void {
  for (const [path, kind] of expectations) {
    const keys = path.split(".");
    const last = keys.pop()!;
    let parent: unknown = subject;
    for (const key of keys) parent = isObject(parent) ? parent[key] : undefined;
    const present = isObject(parent) && last in parent;
    if (kind === "present" ? present : present && holds((parent as Record<string, unknown>)[last], kind)) continue;
    const article = kind === "array" || kind === "object" ? "an" : "a";
    throw pdfkitChanged(`${owner}#${path}`, kind === "present" ? "is no longer there" : `is no longer ${article} ${kind}`);
  }
}

// Turns zod's findings into content problems a person can act on: file, line, field, expected, found.
import { z } from "zod";
import type { ContentProblem, ProblemCode } from "./errors.js";
import type { LineOf } from "./yaml-lines.js";

/** Where the checked data was written: its file, and the line of each field. */
export interface Written {
  file: string;
  lineOf: LineOf;
}

const found = (value: unknown) =>
  value === undefined ? "nothing" : typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);

/** A field's path as a reader writes it: "title", "sources[2].year". */
export const fieldName = (path: readonly PropertyKey[]) =>
  path.map((step, i) => (typeof step === "number" ? `[${step}]` : i === 0 ? String(step) : `.${String(step)}`)).join("") || undefined;

export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  written: Written,
): { ok: true; value: z.infer<S> } | { ok: false; problems: ContentProblem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const problems: ContentProblem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({ file: written.file, line: written.lineOf(path), field: fieldName(path), message: `is not a known field${suggest(key, schemaAt(schema, issue.path))}` });
      }
      continue;
    }
    problems.push({ file: written.file, line: written.lineOf(issue.path), field: fieldName(issue.path), message: describe(issue), ...kindOf(issue) });
  }
  return { ok: false, problems };
}

function describe(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "invalid_type":
      return input === undefined ? "is missing" : `must be ${article(issue.expected)} (found ${found(input)})`;
    case "invalid_value":
      return input === undefined
        ? `is missing (one of ${issue.values.map(String).join(", ")})`
        : `must be one of ${issue.values.map(String).join(", ")} (found ${found(input)})`;
    case "invalid_format":
      if (issue.format === "url") return `must be a full web address, e.g. https://example.org/ (found ${found(input)})`;
      return `${issue.message} (found ${found(input)})`;
    default:
      return `${issue.message.replace(/^Too (small|big): expected \w+ to have /, "must have ")} (found ${found(input)})`;
  }
}

/** The kind of an issue a reader can meet on an own card, for the page to say in its language (none for the rest). */
function kindOf(issue: z.core.$ZodIssue): { code?: ProblemCode; values?: Record<string, number> } {
  if ((issue as { input?: unknown }).input === undefined) return issue.code === "invalid_type" || issue.code === "invalid_value" ? { code: "missing" } : {};
  if (issue.code === "invalid_value") return { code: "oneOf" };
  if (issue.code === "too_small" && issue.origin === "string" && Number(issue.minimum) === 1) return { code: "empty" };
  if (issue.code === "too_big" && issue.origin === "string") return { code: "tooLong", values: { max: Number(issue.maximum) } };
  return {};
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/** The object schema that validates the value at a path, if it is one. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodObject | undefined {
  let current: z.ZodType | undefined = schema;
  for (const step of path) {
    if (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
    current = current instanceof z.ZodObject ? current.shape[String(step)] : current instanceof z.ZodArray ? current.element : undefined;
  }
  return current instanceof z.ZodObject ? current : undefined;
}

function suggest(key: string, schema: z.ZodObject | undefined): string {
  if (!schema) return "";
  const known = Object.keys(schema.shape);
  const close = known.find((name) => editDistance(name, key) <= 2);
  return close ? ` (did you mean "${close}"?)` : ` (known fields: ${known.join(", ")})`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

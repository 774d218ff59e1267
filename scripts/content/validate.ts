// Turns zod's findings into content problems a person can act on: file, line, field, expected, found.
import type { z } from "zod";
import type { ContentProblem } from "./errors.js";
import type { SourceFile } from "./read.js";

const found = (value: unknown) =>
  value === undefined ? "nothing" : typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);

export function validateFrontMatter<S extends z.ZodType>(
  schema: S,
  source: SourceFile,
): { ok: true; value: z.infer<S> } | { ok: false; problems: ContentProblem[] } {
  const result = schema.safeParse(source.data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const problems: ContentProblem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.push({ file: source.file, line: source.fieldLines.get(key), field: key, message: `is not a known field${suggest(key, schema)}` });
      }
      continue;
    }
    const field = issue.path.map(String).join(".") || undefined;
    const line = field ? source.fieldLines.get(field.split(".")[0]) : undefined;
    problems.push({ file: source.file, line, field, message: describe(issue) });
  }
  return { ok: false, problems };
}

function describe(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "invalid_type":
      return input === undefined ? "is missing" : `must be ${article(issue.expected)} (found ${found(input)})`;
    case "invalid_value":
      return `must be one of ${issue.values.map(String).join(", ")} (found ${found(input)})`;
    default:
      return `${issue.message.replace(/^Too (small|big): expected \w+ to have /, "must have ")} (found ${found(input)})`;
  }
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function suggest(key: string, schema: z.ZodType): string {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  if (!shape) return "";
  const known = Object.keys(shape);
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

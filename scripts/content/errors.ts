// Content errors: one message per mistake, naming the file, line and field, collected and reported together.

export interface ContentProblem {
  /** Path relative to the project root, e.g. "content/cards/warm-towel.md". */
  file: string;
  line?: number;
  field?: string;
  /** For authors, in English; a reader's page words `code` with `values` instead (deck maker, problem-words.ts). */
  message: string;
  code?: ProblemCode;
  values?: Record<string, string | number>;
}

/** The kinds of problem a reader's own card can have, each said in the page's language (make.problems.<code>). */
export type ProblemCode = "missing" | "oneOf" | "empty" | "tooLong" | "markup" | "unprintable" | "emptyBody" | "overflow" | "glyph";

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const what = problem.field ? `${problem.field} ${problem.message}` : problem.message;
  return `${where}: ${what}`;
}

/** Thrown when content cannot be built; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `${problems.length} content ${problems.length === 1 ? "error" : "errors"}:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join("\n"),
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}

export function isContentError(error: unknown): error is ContentError {
  return error instanceof Error && error.name === "ContentError" && Array.isArray((error as ContentError).problems);
}

/** Finds a ContentError behind wrappers (Eleventy wraps errors thrown while rendering, a few causes deep). */
export function findContentError(error: unknown): ContentError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 10; depth++) {
    if (isContentError(current)) return current;
    const wrapper = current as { originalError?: unknown; cause?: unknown };
    current = wrapper.originalError ?? wrapper.cause;
  }
  return undefined;
}

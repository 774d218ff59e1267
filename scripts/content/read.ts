// Reads content files: strict UTF-8, front matter split by gray-matter, with the file lines errors point at.
import matter from "gray-matter";
import type { ContentProblem } from "./errors.js";
import { lazyFieldLines, parseYaml, syntaxErrorLine, type LineOf } from "./yaml-lines.js";

/** A markdown content file, split into its front matter (as gray-matter read it) and its body. */
export interface MarkdownFile {
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** The file line of a front-matter field; line 1 (the opening "---") for a field that is not there. */
  lineOf: LineOf;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function decodeUtf8(file: string, bytes: Uint8Array): string | ContentProblem {
  try {
    return utf8.decode(bytes); // drops a leading byte-order mark, refuses invalid sequences
  } catch {
    return { file, message: "is not valid UTF-8 text; save it as UTF-8" };
  }
}

const lineCount = (text: string) => text.split("\n").length;

export function splitFrontMatter(file: string, text: string): MarkdownFile | ContentProblem {
  if (!/^---\r?\n/.test(text)) {
    return { file, line: 1, message: 'has no front matter: it must start with a "---" line, the fields, and another "---"' };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object each time: gray-matter caches results by content otherwise.
    parsed = matter(text, {});
  } catch (error) {
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split("\n")[0];
    return { file, line: yamlErrorLine(text, error), message: `front matter is not valid YAML: ${reason}` };
  }
  // gray-matter's matter is the text from the end of the opening "---", so its line n is file line n.
  const lineOf = lazyFieldLines(parsed.matter);
  const data = parsed.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { file, line: lineOf([]), message: "front matter must be a list of fields (key: value)" };
  }
  // The body is the end of the text, so it starts on the line after everything before it.
  const bodyLine = lineCount(text.slice(0, text.length - parsed.content.length));
  return { file, data, body: parsed.content, bodyLine, lineOf };
}

/** The file line of gray-matter's YAML error (from js-yaml, whose lines count from 0 after the opening "---"). */
function yamlErrorLine(text: string, error: unknown): number | undefined {
  const { mark, reason } = error as { mark?: { line?: number }; reason?: string };
  if (mark?.line === undefined) return undefined;
  // A quote or bracket left open is noticed only where the front matter ends; point at where it was opened.
  if (reason?.includes("end of the stream")) {
    const close = text.indexOf("\n---", 3); // where gray-matter ends the front matter
    const yaml = parseYaml(text.slice(3, close === -1 ? undefined : close));
    const [syntaxError] = yaml.document.errors;
    if (syntaxError) return syntaxErrorLine(yaml, syntaxError.pos[0]);
  }
  return Math.min(mark.line + 1, lineCount(text.trimEnd()));
}

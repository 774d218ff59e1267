// Reads content files: strict UTF-8, front matter split by gray-matter, with line numbers for errors.
import matter from "gray-matter";
import type { ContentProblem } from "./errors.js";

export interface SourceFile {
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** Line of each top-level front-matter key, for pointing at a field. */
  fieldLines: Map<string, number>;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function decodeUtf8(file: string, bytes: Uint8Array): string | ContentProblem {
  try {
    return utf8.decode(bytes); // drops a leading byte-order mark, refuses invalid sequences
  } catch {
    return { file, message: "is not valid UTF-8 text; save it as UTF-8" };
  }
}

export function splitFrontMatter(file: string, text: string): SourceFile | ContentProblem {
  if (!/^---\r?\n/.test(text)) {
    return { file, line: 1, message: 'has no front matter: it must start with a "---" line, the fields, and another "---"' };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object each time: gray-matter caches results by content otherwise.
    parsed = matter(text, {});
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split("\n")[0];
    return { file, line: mark?.line !== undefined ? mark.line + 2 : undefined, message: `front matter is not valid YAML: ${reason}` };
  }
  const data = parsed.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { file, line: 2, message: "front matter must be a list of fields (key: value)" };
  }
  const matterLines = parsed.matter.replace(/^\r?\n/, "").split(/\r?\n/);
  const fieldLines = new Map<string, number>();
  matterLines.forEach((line, index) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key && !fieldLines.has(key)) fieldLines.set(key, index + 2);
  });
  return { file, data, body: parsed.content, bodyLine: matterLines.length + 3, fieldLines };
}

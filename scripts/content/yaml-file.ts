// Reads a YAML content file (sources.yaml, plan.yaml): strict UTF-8, parsed with the line of every
// field, syntax errors at their real line; and the one check for ids listed twice in such a file.
import { readFile } from "node:fs/promises";
import type { ContentProblem } from "./errors.js";
import { decodeUtf8 } from "./read.js";
import { fieldName } from "./validate.js";
import { fieldLines, parseYaml, syntaxErrorLine, type LineOf } from "./yaml-lines.js";

/** What a YAML file held: nothing (no file), or its data and lines, or undefined data after reporting why. */
export type YamlFile = { found: false } | { found: true; data?: unknown; lineOf?: LineOf };

export async function readYamlFile(path: string, file: string, problems: ContentProblem[]): Promise<YamlFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return { found: false };
  }
  const text = decodeUtf8(file, bytes);
  if (typeof text !== "string") {
    problems.push(text);
    return { found: true };
  }
  const yaml = parseYaml(text);
  const [syntaxError] = yaml.document.errors;
  if (syntaxError) {
    problems.push({ file, line: syntaxErrorLine(yaml, syntaxError.pos[0]), message: `is not valid YAML: ${syntaxError.message}` });
    return { found: true };
  }
  return { found: true, data: yaml.document.toJS(), lineOf: fieldLines(yaml) };
}

/** Reports every id listed again after its first use, at the line of the repeat, naming the first line. */
export function reportRepeatedIds(entries: { id: string; path: PropertyKey[] }[], written: { file: string; lineOf: LineOf }, problems: ContentProblem[]): void {
  const first = new Map<string, PropertyKey[]>();
  for (const { id, path } of entries) {
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, path);
      continue;
    }
    problems.push({ file: written.file, line: written.lineOf(path), field: fieldName(path), message: `must be unique (found "${id}", also used on line ${written.lineOf(earlier)})` });
  }
}

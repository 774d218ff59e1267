// Reads content/sources.yaml, the list of works the guide cites, validated like front matter and
// reported at the line of each mistake.
import { readFile } from "node:fs/promises";
import type { ContentProblem } from "./errors.js";
import { decodeUtf8 } from "./read.js";
import { sourcesFileSchema } from "./schema.js";
import type { Source } from "./types.js";
import { fieldName, validate } from "./validate.js";
import { fieldLines, parseYaml, syntaxErrorLine } from "./yaml-lines.js";

/** The sources listed in the file, and whether there was a file to read. */
export async function readSources(path: string, file: string, problems: ContentProblem[]): Promise<{ sources: Source[]; found: boolean }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return { sources: [], found: false }; // sources are optional until a page cites them; a citing link then fails with a clear message
  }
  const text = decodeUtf8(file, bytes);
  if (typeof text !== "string") {
    problems.push(text);
    return { sources: [], found: false };
  }

  const yaml = parseYaml(text);
  const [syntaxError] = yaml.document.errors;
  if (syntaxError) {
    problems.push({ file, line: syntaxErrorLine(yaml, syntaxError.pos[0]), message: `is not valid YAML: ${syntaxError.message}` });
    return { sources: [], found: true };
  }
  const lineOf = fieldLines(yaml);
  const checked = validate(sourcesFileSchema, yaml.document.toJS(), { file, lineOf });
  if (!checked.ok) {
    problems.push(...checked.problems);
    return { sources: [], found: true };
  }

  // Each source is a section id on /sources/, so an id may be listed once.
  const firstWithId = new Map<string, number>();
  checked.value.sources.forEach((source, index) => {
    const first = firstWithId.get(source.id);
    if (first === undefined) return void firstWithId.set(source.id, index);
    const path = ["sources", index, "id"];
    problems.push({ file, line: lineOf(path), field: fieldName(path), message: `must be unique (found "${source.id}", also used on line ${lineOf(["sources", first, "id"])})` });
  });
  return { sources: checked.value.sources, found: true };
}

// Reads content/sources.yaml, the list of works the guide cites, validated like front matter and
// reported at the line of each mistake.
import type { ContentProblem } from "./errors.js";
import { sourcesFileSchema } from "./schema.js";
import type { Source } from "./types.js";
import { validate } from "./validate.js";
import { readYamlFile, reportRepeatedIds } from "./yaml-file.js";

/** The sources listed in the file, and whether there was a file to read. */
export async function readSources(path: string, file: string, problems: ContentProblem[]): Promise<{ sources: Source[]; found: boolean }> {
  // Sources are optional until a page cites them; a citing link then fails with a clear message.
  const yaml = await readYamlFile(path, file, problems);
  if (!yaml.found || !yaml.lineOf) return { sources: [], found: yaml.found };
  const checked = validate(sourcesFileSchema, yaml.data, { file, lineOf: yaml.lineOf });
  if (!checked.ok) {
    problems.push(...checked.problems);
    return { sources: [], found: true };
  }
  // Each source is a section id on /sources/, so an id may be listed once.
  const entries = checked.value.sources.map((source, index) => ({ id: source.id, path: ["sources", index, "id"] }));
  reportRepeatedIds(entries, { file, lineOf: yaml.lineOf }, problems);
  return { sources: checked.value.sources, found: true };
}

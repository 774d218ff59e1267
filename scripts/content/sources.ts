// Reads content/sources.yaml, the list of works the guide cites, if there is one.
import { readFile } from "node:fs/promises";
import matter from "gray-matter";
import type { ContentProblem } from "./errors.js";
import { decodeUtf8 } from "./read.js";
import { sourcesFileSchema } from "./schema.js";
import type { Source } from "./types.js";

/** The sources listed in the file, and whether there was a file to read. */
export async function readSources(path: string, file: string, problems: ContentProblem[]): Promise<{ sources: Source[]; found: boolean }> {
  let text: string;
  try {
    const decoded = decodeUtf8(file, await readFile(path));
    if (typeof decoded !== "string") return void problems.push(decoded), { sources: [], found: false };
    text = decoded;
  } catch {
    return { sources: [], found: false }; // sources are optional until a page cites them; a citing link then fails with a clear message
  }
  let data: unknown;
  try {
    data = matter(`---\n${text}\n---\n`, {}).data;
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    problems.push({ file, line: mark?.line, message: `is not valid YAML: ${(error as { reason?: string }).reason ?? (error as Error).message}` });
    return { sources: [], found: true };
  }
  const result = sourcesFileSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ file, field: issue.path.join("."), message: issue.message });
    return { sources: [], found: true };
  }
  const ids = new Set<string>();
  for (const source of result.data.sources) {
    if (ids.has(source.id)) problems.push({ file, field: "id", message: `"${source.id}" is listed twice` });
    ids.add(source.id);
  }
  return { sources: result.data.sources, found: true };
}

// Reads one content folder: which files belong there, the id each file name gives, and clashing ids.
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { ContentProblem } from "./errors.js";
import { decodeUtf8, splitFrontMatter, type MarkdownFile } from "./read.js";
import { mapInBatches } from "../files/batch-io.js";

/** What a folder held: the files ready to validate, and every markdown file's id and path. */
export interface FolderFiles {
  /** Files with readable front matter and a good id, sorted by path. */
  readable: MarkdownFile[];
  /** The id of every markdown file found, readable or not (links to a broken file are not reported twice). */
  ids: string[];
  /** Absolute paths of every markdown file found, for watchers and the "updated" date. */
  paths: string[];
}

/** Ids become addresses, so lowercase words joined by single hyphens. */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface FolderToRead {
  /** Absolute path of the folder. */
  dir: string;
  /** Its path relative to the project root, as problems name it. */
  relDir: string;
  /** What lives there, for the "is missing" message: "deck's cards". */
  label: string;
  required: boolean;
}

export async function readFolder(folder: FolderToRead, problems: ContentProblem[]): Promise<FolderFiles> {
  const { dir, relDir } = folder;
  const found: FolderFiles = { readable: [], ids: [], paths: [] };
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => !name.startsWith(".")).sort();
  } catch {
    if (folder.required) problems.push({ file: relDir, message: `is missing: the ${folder.label} live here, one markdown file each` });
    return found;
  }
  // Ids come from file names; names differing only in case would clash on many file systems and URLs.
  const seenIds = new Map<string, string>();
  for (const name of names.filter((n) => n.endsWith(".md"))) {
    const key = name.slice(0, -3).toLowerCase();
    const clash = seenIds.get(key);
    if (clash) problems.push({ file: `${relDir}/${name}`, field: "id", message: `duplicates the id "${key}" of ${relDir}/${clash}` });
    else seenIds.set(key, name);
  }
  // A batch at a time: ten thousand files read at once held them all in memory at once.
  await mapInBatches(
    names,
    async (name) => {
      const path = join(dir, name);
      const file = `${relDir}/${name}`;
      if (!(await stat(path)).isFile()) return;
      if (!name.endsWith(".md")) {
        problems.push({ file, message: `is not a markdown file: only .md files belong in ${relDir}/` });
        return;
      }
      found.paths.push(path);
      const id = name.slice(0, -3);
      found.ids.push(id);
      const text = decodeUtf8(file, await readFile(path));
      if (typeof text !== "string") return void problems.push(text);
      const source = splitFrontMatter(file, text);
      if ("message" in source) return void problems.push(source);
      if (seenIds.get(id.toLowerCase()) !== name) return; // reported above as a duplicate
      if (!idPattern.test(id)) {
        problems.push({ file, message: "file name must be lowercase letters, digits and single hyphens (it becomes the page address)" });
        return;
      }
      found.readable.push(source);
    },
  );
  found.readable.sort((a, b) => (a.file < b.file ? -1 : 1));
  return found;
}

/** A file's id: its name without ".md". */
export const idOf = (source: MarkdownFile) => source.file.replace(/^.*\//, "").slice(0, -3);

// What version of the code made an output: a hash of the source folders it comes from and of the
// lockfile (every tool's exact version), so a cached output is reused only by the code that made it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hashOf } from "./build-cache.js";

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
const memo = new Map<string, string>();

/** The hash of every file in the given folders or files (relative to the project) and of package-lock.json. */
export function sourceVersion(folders: readonly string[]): string {
  const id = folders.join("|");
  let version = memo.get(id);
  if (version) return version;
  const parts: (string | Uint8Array)[] = [];
  for (const place of [...folders].sort()) {
    const path = join(projectRoot, place);
    const names = statSync(path).isDirectory() ? readdirSync(path, { recursive: true, encoding: "utf8" }).sort().map((name) => join(place, name)) : [place];
    for (const name of names) {
      if (statSync(join(projectRoot, name)).isFile()) parts.push(name, readFileSync(join(projectRoot, name)));
    }
  }
  parts.push(readFileSync(join(projectRoot, "package-lock.json")));
  memo.set(id, (version = hashOf(...parts)));
  return version;
}

const texts = new Map<string, string>();

/** The text of every file in a folder (relative to the project) whose name matches, joined; read once until forgotten. */
export function sourceText(folder: string, names: RegExp): string {
  const id = `${folder}|${names.source}`;
  let text = texts.get(id);
  if (text === undefined) {
    const path = join(projectRoot, folder);
    const files = readdirSync(path, { recursive: true, encoding: "utf8" }).filter((name) => names.test(name)).sort();
    texts.set(id, (text = files.map((name) => readFileSync(join(path, name), "utf8")).join("\n")));
  }
  return text;
}

/** Forgets the versions and texts worked out so far: the dev server's templates (or scripts) changed under it. */
export function forgetSourceVersions(): void {
  memo.clear();
  texts.clear();
}

/** The code that draws the PDFs: the deck, the content model it reads, the fonts and the manifest. */
export const deckSources = ["scripts/deck", "scripts/content", "scripts/fonts", "scripts/manifest"] as const;
/** The code bundled for browsers: their scripts and everything they import from scripts/. */
export const browserSources = ["templates/js", ...deckSources, "scripts/site/custom-deck-paths.ts"] as const;

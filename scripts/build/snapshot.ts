// A whole build kept in the build cache, under a hash of everything it is made from: every file of the
// content, the date the content carries (and the files' times when the date comes from them), the code
// and the lockfile, Node's version and the options (drafts included or not among them). A build whose inputs did not change restores it,
// byte for byte, instead of building (in a fraction of the time: no Eleventy, no content to parse);
// any change makes a full build, which keeps its own output for next time. Light on purpose: the
// build command reaches for this before it imports anything that builds.
import { createHash } from "node:crypto";
import { readdir, readFile, rm, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { hashOf, type BuildCache } from "../cache/build-cache.js";
import { sourceVersion } from "../cache/source-version.js";
import { contentDateOf } from "../content/dates.js";
import { mapInBatches, writeFiles } from "../files/batch-io.js";
import { buildAtomically } from "./atomic.js";

/** What the build command says it built. */
export interface BuiltCounts {
  chapters: number;
  cards: number;
  pdfs: number;
}

/** Builds larger than this are not kept whole (10,000 cards make ~400 MB): they would cost their size in memory. */
const largestKept = 256 * 2 ** 20;
/** Snapshots kept besides the one just made: a site rarely goes back further. */
const kept = 3;

interface SnapshotMeta {
  built: BuiltCounts;
  /** Each file's path, size and SHA-256, in the order of the pack. */
  files: [string, number, string][];
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** The key of a build of `contentDir` (from `root`: the model names its files from there) with these options by this code. */
export async function snapshotKey(root: string, contentDir: string, options: { pathPrefix: string; siteUrl: string; includeDrafts: boolean }): Promise<string> {
  const files = await filesUnder(contentDir);
  const contents = await mapInBatches(files, (file) => readFile(join(contentDir, file)));
  const { date, from } = contentDateOf(contentDir, files.map((file) => join(contentDir, file)));
  const times = from === "files" ? await mapInBatches(files, async (file) => String(Math.floor((await stat(join(contentDir, file))).mtimeMs / 1000))) : [];
  return hashOf(
    sourceVersion(["scripts", "templates", "eleventy.config.ts"]),
    process.version,
    options.pathPrefix,
    options.siteUrl,
    options.includeDrafts ? "drafts included" : "drafts left out",
    relative(root, contentDir),
    date.toISOString(),
    ...files.flatMap((file, i) => [file, contents[i], times[i] ?? ""]),
  );
}

/**
 * Restores the build kept under `key` into outDir (atomically); what it built, or undefined when none
 * is kept (or it is damaged). When outDir already holds exactly that build (every file there, with its
 * hash, and nothing else: `npm run build` run again), nothing is written.
 */
export async function restoreSnapshot(cache: BuildCache, key: string, outDir: string): Promise<BuiltCounts | undefined> {
  const index = await cache.get<SnapshotMeta>("site", key, { metaOnly: true });
  if (index && (await holds(outDir, index.meta.files))) return index.meta.built;
  const entry = index && (await cache.get<SnapshotMeta>("site", key));
  if (!entry) return undefined;
  const pack = entry.files.get("pack")!;
  await buildAtomically(outDir, async (staging) => {
    let offset = 0;
    await writeFiles(
      staging,
      entry.meta.files.map(([path, size]) => {
        const bytes = pack.subarray(offset, offset + size);
        offset += size;
        return [path, bytes];
      }),
    );
  });
  return entry.meta.built;
}

/** Whether dir holds exactly these files, with these sizes and hashes. */
async function holds(dir: string, files: SnapshotMeta["files"]): Promise<boolean> {
  const found = await filesUnder(dir).catch(() => []);
  if (found.length !== files.length || found.some((path, i) => path !== files[i][0])) return false;
  const same = await mapInBatches(files, async ([path, size, hash]) => (await stat(join(dir, path))).size === size && sha256(await readFile(join(dir, path))) === hash);
  return same.every(Boolean);
}

/** Keeps the build in outDir under `key`, unless it is too large; drops all but the newest few. */
export async function saveSnapshot(cache: BuildCache, key: string, outDir: string, built: BuiltCounts): Promise<void> {
  if (!cache.dir) return;
  const files = await filesUnder(outDir);
  const sizes = await mapInBatches(files, async (file) => (await stat(join(outDir, file))).size);
  if (sizes.reduce((sum, size) => sum + size, 0) > largestKept) return;
  const contents = await mapInBatches(files, (file) => readFile(join(outDir, file)));
  const meta: SnapshotMeta = { built, files: files.map((file, i) => [file, contents[i].length, sha256(contents[i])]) };
  await cache.put("site", key, { files: new Map([["pack", Buffer.concat(contents)]]), meta });
  const snapshots = await readdir(join(cache.dir, "site")).catch(() => []);
  const ages = await Promise.all(snapshots.filter((name) => !name.startsWith(".")).map(async (name) => ({ name, time: (await stat(join(cache.dir!, "site", name))).mtimeMs })));
  for (const { name } of ages.sort((a, b) => b.time - a.time).slice(kept + 1)) await rm(join(cache.dir, "site", name), { recursive: true, force: true });
}

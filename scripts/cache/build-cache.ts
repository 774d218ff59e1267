// A content-addressed build cache: each output is stored under a hash of exactly its inputs, and its
// bytes are checked against their recorded hashes when read, so a truncated or corrupted entry is
// rebuilt, never shipped. Entries are written under a temporary name and renamed into place, so
// builds running at once never see half an entry.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { mapInBatches, writeFiles } from "../files/batch-io.js";

export type Files = Map<string, Uint8Array>;

export interface CacheEntry<Meta = unknown> {
  files: Files;
  meta: Meta;
}

/** One line of what a build took from the cache ("hit") or had to make. */
export interface CacheUse {
  kind: string;
  key: string;
  hit: boolean;
}

export interface BuildCache {
  /** The cache folder, or null when caching is off. */
  readonly dir: string | null;
  /** The entry stored under (kind, key), its files checked against their hashes; with `metaOnly`, its meta alone (no file read). */
  get<Meta>(kind: string, key: string, options?: { metaOnly: boolean }): Promise<CacheEntry<Meta> | undefined>;
  put(kind: string, key: string, entry: CacheEntry): Promise<void>;
  /** Whether an entry is stored under (kind, key), unchecked and not counted as a use: to plan work early. */
  has(kind: string, key: string): Promise<boolean>;
  /** Every get of this build, in order: for the build's report and the tests. */
  readonly uses: CacheUse[];
  /** Removes entries no build has used for `days` days, so the cache does not grow without end. */
  prune(days: number): Promise<void>;
}

/** A hash of the parts, each length-prefixed so that ("ab", "c") and ("a", "bc") differ. */
export function hashOf(...parts: (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) {
    // A string is hashed as its UTF-8 bytes, without copying it into a buffer first.
    if (typeof part === "string") hash.update(`${Buffer.byteLength(part, "utf8")}:`).update(part, "utf8");
    else hash.update(`${part.length}:`).update(part);
  }
  return hash.digest("hex");
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

interface EntryIndex {
  files: { name: string; size: number; sha256: string }[];
  meta: unknown;
}

/** A cache in `dir`, or one that stores nothing (`dir` null: --no-cache). */
export function openBuildCache(dir: string | null): BuildCache {
  const uses: CacheUse[] = [];
  const entryDir = (kind: string, key: string) => join(dir!, kind, key);
  return {
    dir,
    uses,
    async get<Meta>(kind: string, key: string, options?: { metaOnly: boolean }): Promise<CacheEntry<Meta> | undefined> {
      const found = dir ? await readEntry<Meta>(entryDir(kind, key), options?.metaOnly ?? false) : undefined;
      uses.push({ kind, key, hit: found !== undefined });
      if (found) await utimes(entryDir(kind, key), new Date(), new Date()).catch(() => {}); // last used: now
      return found;
    },
    async has(kind, key) {
      return dir !== null && (await stat(join(entryDir(kind, key), "index.json")).then(() => true, () => false));
    },
    async prune(days) {
      if (!dir) return;
      const before = Date.now() - days * 86_400_000;
      for (const kind of await readdir(dir).catch(() => [])) {
        for (const key of await readdir(join(dir, kind)).catch(() => [])) {
          const info = await stat(join(dir, kind, key)).catch(() => undefined);
          if (info && info.mtimeMs < before) await rm(join(dir, kind, key), { recursive: true, force: true });
        }
      }
    },
    async put(kind, key, { files, meta }) {
      if (!dir) return;
      const temporary = join(dir, kind, `.tmp-${process.pid}-${randomBytes(6).toString("hex")}`);
      await mkdir(join(temporary, "data"), { recursive: true }); // also when the entry holds no file
      const list = [...files];
      await writeFiles(join(temporary, "data"), list.map(([, bytes], n) => [String(n), bytes]));
      const index: EntryIndex = { files: list.map(([name, bytes]) => ({ name, size: bytes.length, sha256: sha256(bytes) })), meta };
      // Written last: an entry without its index is never read.
      await writeFile(join(temporary, "index.json"), JSON.stringify(index));
      try {
        await rename(temporary, entryDir(kind, key));
      } catch {
        // Another build stored the same entry first: the same inputs made the same bytes.
      }
      await rm(temporary, { recursive: true, force: true });
    },
  };
}

/** The entry's files, each checked against its recorded size and hash; a damaged entry is removed. */
async function readEntry<Meta>(path: string, metaOnly: boolean): Promise<CacheEntry<Meta> | undefined> {
  let text: string;
  try {
    text = await readFile(join(path, "index.json"), "utf8");
  } catch {
    return undefined; // not stored yet
  }
  const files: Files = new Map();
  let index: EntryIndex;
  try {
    index = JSON.parse(text) as EntryIndex;
    if (metaOnly) return { files, meta: index.meta as Meta };
    const contents = await mapInBatches(index.files, (_, n) => readFile(join(path, "data", String(n))));
    for (const [n, file] of index.files.entries()) {
      const bytes = new Uint8Array(contents[n]);
      if (bytes.length !== file.size || sha256(bytes) !== file.sha256) throw new Error("damaged");
      files.set(file.name, bytes);
    }
  } catch {
    await rm(path, { recursive: true, force: true });
    return undefined;
  }
  return { files, meta: index.meta as Meta };
}

/** The cache folder for a build: AFTERGLOW_CACHE_DIR, else `<root>/.cache`; null when turned off. */
export function cacheDirFor(root: string, enabled: boolean): string | null {
  if (!enabled || process.env.AFTERGLOW_CACHE === "off") return null;
  return process.env.AFTERGLOW_CACHE_DIR || join(root, ".cache");
}

/** The files stored under (kind, key), or those `make` returns, stored for next time. */
export async function cachedFiles(cache: BuildCache, kind: string, key: string, make: () => Promise<Files>): Promise<Files> {
  const hit = await cache.get(kind, key);
  if (hit) return hit.files;
  const files = await make();
  await cache.put(kind, key, { files, meta: null });
  return files;
}

/** Caching turned off: every get misses and nothing is stored. */
export const noCache: BuildCache = openBuildCache(null);

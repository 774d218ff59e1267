// Lists what the service worker precaches (everything but PDFs) and stamps it with a content hash.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { offlineFileRoute } from "../content/routes.js";
import { isRendererFile } from "./custom-deck-paths.js";
import { mapInBatches } from "../files/batch-io.js";

export const precacheFile = "precache.json";
/** The service worker's source holds this until the build replaces it with the cache version. */
export const versionPlaceholder = "PRECACHE_VERSION";
/** …and this, until it becomes the offline-file page's address relative to the worker's scope. */
export const offlineFilePlaceholder = "OFFLINE_FILE_PAGE";

/** Files the reader never needs offline, or that the service worker must not cache itself. */
const skipped = [
  /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/,
  /^pagefind\/playground\//,
  /\.pdf$/i,
  /^sw\.js$/,
  new RegExp(`^${precacheFile.replace(".", "\\.")}$`),
  /^_headers$/,
  /^_redirects$/,
  /^robots\.txt$/,
  /^sitemap\.xml$/,
  /^downloads\/decks\.json$/,
];

/** The on-device renderer (code, print fonts, cards): ~600 KB that only someone making a file needs. */
const isPrecached = (path: string) => !isRendererFile(path) && !skipped.some((pattern) => pattern.test(path));

export interface PrecacheEntry {
  /** Path inside the output folder, with "/" separators. */
  path: string;
  /** Hash of the file's bytes. */
  hash: string;
}

export interface PrecacheManifest {
  version: string;
  files: string[];
}

/** Pure: which URLs to cache (pages as their folder URL) and one version hash over all of them. */
export function precacheManifest(entries: readonly PrecacheEntry[], pathPrefix: string): PrecacheManifest {
  const prefix = pathPrefix.endsWith("/") ? pathPrefix : `${pathPrefix}/`;
  const kept = entries.filter((entry) => isPrecached(entry.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const version = createHash("sha256");
  for (const entry of kept) version.update(`${entry.path}\0${entry.hash}\n`);
  const files = kept.map((entry) => prefix + entry.path.replace(/(^|\/)index\.html$/, "$1"));
  return { version: version.digest("hex").slice(0, 16), files };
}

async function listFiles(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  return found.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"));
}

/** Writes <outDir>/precache.json and puts its version (and the offline-file page) into <outDir>/sw.js, so a new build installs anew. */
export async function writePrecacheManifest(outDir: string, pathPrefix: string): Promise<void> {
  // Only the files it keeps are read and hashed (not the PDFs, tens of megabytes in a big deck).
  const paths = (await listFiles(outDir)).filter(isPrecached);
  const entries = await mapInBatches(paths, async (path): Promise<PrecacheEntry> => ({ path, hash: createHash("sha256").update(await readFile(join(outDir, path))).digest("hex") }));
  const manifest = precacheManifest(entries, pathPrefix);
  await writeFile(join(outDir, precacheFile), JSON.stringify(manifest, null, 1) + "\n");
  const workerPath = join(outDir, "sw.js");
  const worker = await readFile(workerPath, "utf8");
  await writeFile(workerPath, worker.replace(versionPlaceholder, manifest.version).replace(`"${offlineFilePlaceholder}"`, JSON.stringify(offlineFileRoute.replace(/^\//, ""))));
}

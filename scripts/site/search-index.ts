// Builds the Pagefind search index of the guide and the cards, after Eleventy has written the pages.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { mapInBatches, writeFiles } from "../files/batch-io.js";
import * as pagefind from "pagefind";
import { cachedFiles, hashOf, type BuildCache, type Files } from "../cache/build-cache.js";
import { sourceVersion } from "../cache/source-version.js";

/** The search page carries this placeholder until the index exists; then it becomes the index's hash. */
export const cacheTagPlaceholder = "PAGEFIND_CACHE_TAG";

/** What Pagefind indexes: the chapter and card pages (their data-pagefind-body parts). */
const indexed = ["guide", "cards"];

async function filesUnder(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return found.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/")).sort();
}

/**
 * Indexes the pages into <outDir>/pagefind (or takes the index from the build cache when the same
 * pages were indexed before), then stamps the search page with a hash of the index entry file:
 * Pagefind fetches its entry with that tag instead of a timestamp, so the file caches well and the
 * service worker can answer offline.
 */
export async function buildSearchIndex(outDir: string, cache: BuildCache, lang: string): Promise<void> {
  const pages = (await Promise.all(indexed.map(async (folder) => (await filesUnder(join(outDir, folder))).filter((f) => f.endsWith(".html")).map((f) => `${folder}/${f}`)))).flat();
  const key = hashOf(sourceVersion(["scripts/site/search-index.ts"]), lang, ...(await mapInBatches(pages, async (page) => hashOf(page, await readFile(join(outDir, page))))));
  const files = await cachedFiles(cache, "search-index", key, () => runPagefind(outDir, lang));
  await writeFiles(join(outDir, "pagefind"), files);
  const tag = createHash("sha256").update(files.get("pagefind-entry.json")!).digest("hex").slice(0, 12);
  const searchPage = join(outDir, "search", "index.html");
  const html = await readFile(searchPage, "utf8");
  await writeFile(searchPage, html.replaceAll(cacheTagPlaceholder, tag));
}

/** Pagefind's index of the pages in outDir, as files relative to pagefind/. */
async function runPagefind(outDir: string, lang: string): Promise<Files> {
  // One index per language, each in its own folder: a search finds pages of its own language only.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outDir, glob: `{${indexed.join(",")}}/**/*.html` });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages to index under ${indexed.join(" and ")}`);
    const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
  const files: Files = new Map();
  const paths = await filesUnder(join(outDir, "pagefind"));
  const contents = await mapInBatches(paths, (path) => readFile(join(outDir, "pagefind", path)));
  paths.forEach((path, i) => files.set(path, new Uint8Array(contents[i])));
  return files;
}

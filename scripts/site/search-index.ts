// Builds the Pagefind search index of the guide and the cards, after Eleventy has written the pages.
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";

/** The search page carries this placeholder until the index exists; then it becomes the index's hash. */
export const cacheTagPlaceholder = "PAGEFIND_CACHE_TAG";

/**
 * Indexes the chapter and card pages (their data-pagefind-body parts) into <outDir>/pagefind, then
 * stamps the search page with a hash of the index entry file: Pagefind fetches its entry with that
 * tag instead of a timestamp, so the file caches well and the service worker can answer offline.
 */
export async function buildSearchIndex(outDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outDir, glob: "{guide,cards}/**/*.html" });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    if (added.page_count === 0) throw new Error("Pagefind found no pages to index under guide/ and cards/");
    const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
  const entry = await readFile(join(outDir, "pagefind", "pagefind-entry.json"));
  const tag = createHash("sha256").update(entry).digest("hex").slice(0, 12);
  const searchPage = join(outDir, "search", "index.html");
  const html = await readFile(searchPage, "utf8");
  await writeFile(searchPage, html.replaceAll(cacheTagPlaceholder, tag));
}

// `npm start`: serves dist/ on localhost with live reload. A saved card rebuilds its pages and the
// PDFs; a broken edit is explained in the terminal (and in the browser's error overlay) while the
// last good pages stay served, and the next good save recovers without a restart.
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { findContentError, formatProblem, loadContent, type Content } from "./content/index.js";
import { readFontBytes } from "./fonts/fonts.js";
import type { DeckManifest } from "./manifest/deck-manifest.js";
import { startDeckWorker } from "./deck/worker.js";
import { readDeckManifest } from "./manifest/read-deck-manifest.js";
import { buildAll } from "./build/run.js";
import { pathPrefixFromEnv, siteUrlFromEnv } from "./build/environment.js";
import { afterglowSite } from "../eleventy.config.js";
import { cacheDirFor, openBuildCache } from "./cache/build-cache.js";
import { deckSources, sourceVersion } from "./cache/source-version.js";

const { values } = parseArgs({
  options: { port: { type: "string", default: "8080" }, out: { type: "string", default: "dist" }, content: { type: "string", default: "content" } },
});
const root = process.cwd();
const contentDir = resolve(root, values.content!);
const outDir = resolve(root, values.out!);
const downloadsDir = join(outDir, "downloads");
const pathPrefix = pathPrefixFromEnv();
const cacheDir = cacheDirFor(root, true);
const cache = openBuildCache(cacheDir);

function report(error: unknown): void {
  const contentError = findContentError(error);
  if (!contentError) return void console.error(error);
  console.error(`\n✗ ${contentError.problems.length} problem(s) in the content; still serving the last good build:`);
  for (const problem of contentError.problems) console.error(`  ${formatProblem(problem)}`);
}

// A full build first, so the search index, PDFs and offline manifest exist from the start.
try {
  await buildAll({ root, outDir, contentDir, pathPrefix });
} catch (error) {
  report(error);
}

// One long-lived worker keeps its fonts and caches warm between saves.
const deckWorker = startDeckWorker();

/** Renders the deck beside the live folder, then swaps the files in: the last good PDFs stay until then. */
async function rebuildDeck(content: Content): Promise<DeckManifest> {
  const next = join(outDir, ".downloads-next");
  await rm(next, { recursive: true, force: true });
  const { manifest } = await deckWorker.render({
    cards: content.cards,
    outDir: next,
    updated: content.updated.toISOString(),
    fonts: await readFontBytes(),
    cache: { dir: cacheDir, codeVersion: sourceVersion(deckSources) },
  });
  await mkdir(downloadsDir, { recursive: true });
  for (const name of await readdir(next)) await rename(join(next, name), join(downloadsDir, name));
  await rm(next, { recursive: true, force: true });
  return manifest;
}

let content: Promise<Content> = loadContent({ root, contentDir });
let decks: Promise<DeckManifest> = readDeckManifest(downloadsDir);
let changedFiles: string[] = [];
content.catch(() => {});

const site = new Eleventy(contentDir, outDir, {
  // No config file: the site's wiring is handed the content and the manifest as they are after each save.
  configPath: "",
  runMode: "serve",
  pathPrefix,
  quietMode: true,
  config(config: UserConfig) {
    afterglowSite({ content: () => content, decks: () => decks, pathPrefix, siteUrl: siteUrlFromEnv(), cache })(config);
    config.addWatchTarget(contentDir);
    config.on("eleventy.beforeWatch", (changed: string[]) => {
      changedFiles = changed;
    });
    config.on("eleventy.before", async () => {
      if (changedFiles.length === 0) return; // the first pass reuses what buildAll just made
      const started = performance.now();
      const cardsDir = join(contentDir, "cards");
      const cardsChanged = changedFiles.some((file) => resolve(root, file).startsWith(cardsDir));
      content = loadContent({ root, contentDir });
      content.catch(report); // Eleventy also reports it, and shows it in the browser
      if (cardsChanged) {
        decks = content.then(rebuildDeck);
        decks.then(
          () => console.log(`✓ deck rebuilt in ${Math.round(performance.now() - started)} ms`),
          report,
        );
      }
      changedFiles = [];
    });
  },
});

await site.init();
await site.watch();
await site.serve(Number(values.port));
console.log(`Afterglow is served at http://localhost:${values.port}${pathPrefix} (Ctrl+C stops).`);

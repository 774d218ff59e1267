// The build runner: content loaded once, the deck rendered in a worker while Eleventy renders the
// site, then the search index and the offline manifest, all into one staging folder.
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import type Eleventy from "@11ty/eleventy";
import { loadContent, type Content } from "../content/index.js";
import { readFontBytes } from "../fonts/fonts.js";
import type { DeckManifest } from "../manifest/deck-manifest.js";
import { deckPoolSize, startDeckPool } from "../deck/worker.js";
import { deckBrandOfContent, settingsDeckFiles } from "../deck/settings-deck-files.js";
import { normalisePrefix, siteUrlFor } from "./environment.js";
import { buildSearchIndex } from "../site/search-index.js";
import { writePrecacheManifest } from "../site/precache.js";
import { buildAtomically } from "./atomic.js";
import { cacheDirFor, openBuildCache, type CacheUse } from "../cache/build-cache.js";
import { deckSources, sourceVersion } from "../cache/source-version.js";
import type { PageLedger } from "../site/page-ledger.js";
import { PageBatches } from "../site/page-batches.js";
import { siteLanguages } from "../site/languages.js";
import { releaseMemory } from "./release-memory.js";

export interface BuildOptions {
  root: string;
  outDir: string;
  /** Content folder, if not `<root>/content` (tests point this at fixtures). */
  contentDir?: string;
  /** Site sub-path, e.g. "/my-site/" for GitHub Pages; defaults to PATH_PREFIX or "/". */
  pathPrefix?: string;
  /** Reuse and keep outputs whose inputs did not change (default true; see cacheDirFor for where). */
  cache?: boolean;
  /** Build drafts too, marked as drafts (`npm start`); by default they are left out of every output. */
  includeDrafts?: boolean;
  /** Filled with the pages written and what each was made from (the dev server's, for its partial passes). */
  pages?: PageLedger;
  /** The same, for each translation's pages (by language). */
  translationPages?: (lang: string) => PageLedger;
  /** When a big site is rendered in passes, and how many pages of a template a pass holds (default: pageBatches). */
  batches?: { fromCards: number; size: number };
}

export interface BuildReport {
  content: Content;
  decks: DeckManifest;
  /** What came from the build cache and what had to be made. */
  cacheUses: CacheUse[];
  /** Milliseconds: loading the content, the site and deck together (of which the deck alone), the search index and offline list, all. */
  timings: Record<"content" | "siteAndDeck" | "deck" | "search" | "total", number>;
}

/**
 * Above this many cards, pages are rendered in batches of this many a template. At 10,000 cards, passes of
 * 1,000 peaked at ~680 MB against ~750 MB for 2,000, for a few more seconds of Eleventy restarts.
 */
export const pageBatches = { fromCards: 2500, size: 1000 };

/** Renders every page: in one pass, or pass after pass while a batch leaves pages for another. */
async function writeSite(site: Eleventy, batches: PageBatches | undefined): Promise<void> {
  await site.write();
  while (batches?.more) {
    await site.restart();
    await site.init(); // the last pass's pages are let go here, with the writer that held them
    releaseMemory();
    await site.write();
  }
}

export async function buildAll(options: BuildOptions): Promise<BuildReport> {
  const root = resolve(options.root);
  const outDir = resolve(root, options.outDir);
  const contentDir = resolve(root, options.contentDir ?? "content");
  const pathPrefix = normalisePrefix(options.pathPrefix ?? process.env.PATH_PREFIX ?? "/");
  const started = performance.now();

  // Content errors are found before anything is written or any worker started.
  const content = await loadContent({ root, contentDir, includeDrafts: options.includeDrafts });
  const loaded = performance.now();

  const cacheDir = cacheDirFor(root, options.cache !== false);
  const cache = openBuildCache(cacheDir);

  return buildAtomically(outDir, async (staging) => {
    const fonts = await readFontBytes();
    // Each language's deck (its cards, titles and words) into its own downloads/, on one pool of workers.
    const pool = startDeckPool(deckPoolSize(content.cards.length * (1 + content.translations.length)));
    const renderIn = (language: Content, outDir: string) => {
      const brand = deckBrandOfContent(language);
      const written = pool.render({
        cards: language.cards,
        brand,
        options: { files: settingsDeckFiles(content.settings, brand) },
        outDir: join(outDir, "downloads"),
        updated: content.updated.toISOString(),
        fonts,
        cache: { dir: cacheDir, codeVersion: sourceVersion(deckSources) },
      });
      written.catch(() => {}); // awaited below; this only keeps an early failure from being "unhandled"
      return written;
    };
    const decks = [renderIn(content, staging), ...content.translations.map((translation) => renderIn(translation, join(staging, translation.lang)))];
    const deck = Promise.all(decks).finally(() => pool.close());
    deck.catch(() => {});
    const manifestOf = (index: number) => {
      const manifest = decks[index].then((written) => written.manifest);
      manifest.catch(() => {});
      return manifest;
    };
    const manifest = manifestOf(0);
    let deckDone = 0;
    deck.then(() => (deckDone = performance.now()), () => {});
    // A big deck's pages are rendered in batches, so Eleventy never holds all of them at once (each language's).
    const { fromCards, size } = options.batches ?? pageBatches;
    const batchesUnless = (ledger: PageLedger | undefined) => (!ledger && content.cards.length > fromCards ? new PageBatches(size) : undefined);
    const batches = batchesUnless(options.pages);
    // Eleventy (and the site's wiring, which imports it) load only now, while the deck's workers start.
    const [{ default: EleventyBuild }, { afterglowSite }] = await Promise.all([import("@11ty/eleventy"), import("../../eleventy.config.js")]);
    const site = new EleventyBuild(contentDir, staging, {
      // No config file: the site's wiring is handed the content loaded above and the deck's manifest.
      configPath: "",
      config: afterglowSite({ content: async () => content, decks: () => manifest, pathPrefix, siteUrl: siteUrlFor(content.settings), cache, pages: options.pages ?? batches }),
      pathPrefix,
      quietMode: true,
    });
    // Each translation after the default language's site (one Eleventy at a time in a process), into /<lang>/.
    const languages = siteLanguages(content);
    const translations = async () => {
      await writeSite(site, batches);
      for (const [index, translation] of content.translations.entries()) {
        const ledger = options.translationPages?.(translation.lang);
        const translatedBatches = batchesUnless(ledger);
        const translated = new EleventyBuild(contentDir, join(staging, translation.lang), {
          configPath: "",
          config: afterglowSite({ content: async () => translation, translation: translation.lang, languages: async () => languages, decks: () => manifestOf(index + 1), pathPrefix, siteUrl: siteUrlFor(content.settings), cache, pages: ledger ?? translatedBatches }),
          pathPrefix,
          quietMode: true,
        });
        await writeSite(translated, translatedBatches);
      }
    };
    const [siteResult, deckResult] = await Promise.allSettled([translations(), deck]);
    // A deck content error (overflow, missing glyph) is the real cause when both fail.
    if (deckResult.status === "rejected") throw deckResult.reason;
    if (siteResult.status === "rejected") throw siteResult.reason;
    const rendered = performance.now();
    await buildSearchIndex(staging, cache, content.lang);
    for (const translation of content.translations) await buildSearchIndex(join(staging, translation.lang), cache, translation.lang);
    await writePrecacheManifest(staging, pathPrefix);
    await cache.prune(30);
    const finished = performance.now();
    return {
      content,
      decks: deckResult.value[0].manifest,
      cacheUses: [...deckResult.value.flatMap((written) => written.cacheUses), ...cache.uses],
      timings: { content: loaded - started, siteAndDeck: rendered - loaded, deck: deckDone - loaded, search: finished - rendered, total: finished - started },
    };
  });
}

// `npm start`: serves dist/ on localhost with live reload. A saved file re-renders only the pages that
// show what changed (its card's page first, then the lists when a title or facet changed; every "n / 64"
// when a card came or went) and removes the pages of deleted or renamed files; the PDFs (from the reload
// on) and the search index follow in the background, and the terminal says when they are current. A broken edit is explained
// in the terminal (and in the browser's error overlay) while the last good pages stay served, and the
// next good save recovers without a restart. Drafts are shown, each marked as one.
import { availableParallelism } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { findContentError, formatProblem, loadContent, type Content } from "./content/index.js";
import type { DeckManifest } from "./manifest/deck-manifest.js";
import { readDeckManifest } from "./manifest/read-deck-manifest.js";
import { buildAll } from "./build/run.js";
import { pathPrefixFromEnv, siteUrlFromEnv } from "./build/environment.js";
import { cacheDirFor, openBuildCache } from "./cache/build-cache.js";
import { PageLedger } from "./site/page-ledger.js";
import { buildSearchIndex } from "./site/search-index.js";
import { devSite, type DevSite } from "./dev/dev-site.js";
import { siteLanguages } from "./site/languages.js";
import { clearEleventyCaches } from "./site/eleventy-caches.js";
import { deckFollower } from "./dev/deck-follower.js";
import { coalesced, serialQueue } from "./dev/queue.js";
import { ownPages } from "./dev/own-pages.js";
import { watchFolders, type ChangedFiles } from "./dev/watch-folders.js";

const { values } = parseArgs({
  options: { port: { type: "string", default: "8080" }, out: { type: "string", default: "dist" }, content: { type: "string", default: "content" } },
});
const root = process.cwd();
const contentDir = resolve(root, values.content!);
const outDir = resolve(root, values.out!);
const templatesDir = fileURLToPath(new URL("../templates/", import.meta.url));
const pathPrefix = pathPrefixFromEnv();
const cacheDir = cacheDirFor(root, true);
const cache = openBuildCache(cacheDir);
const ledger = new PageLedger();
// Each translation's pages, rendered after the default language's in every pass, under /<lang>/.
const translationLedgers = new Map<string, PageLedger>();
const ledgerFor = (lang: string) => translationLedgers.get(lang) ?? translationLedgers.set(lang, new PageLedger()).get(lang)!;
const since = (start: number) => `${Math.round(performance.now() - start)} ms`;

function report(error: unknown): void {
  const contentError = findContentError(error);
  if (!contentError) return void console.error(error);
  console.error(`\n✗ ${contentError.problems.length} problem(s) in the content; still serving the last good pages:`);
  for (const problem of contentError.problems) console.error(`  ${formatProblem(problem)}`);
}

// A full build first, so the search index, PDFs and offline manifest exist from the start; it also
// fills the ledger, against which every save renders only what changed.
let content: Promise<Content>;
try {
  content = Promise.resolve((await buildAll({ root, outDir, contentDir, pathPrefix, pages: ledger, translationPages: ledgerFor, includeDrafts: true })).content);
} catch (error) {
  report(error);
  content = loadContent({ root, contentDir, includeDrafts: true });
  content.catch(() => {});
}
let decks: Promise<DeckManifest> = readDeckManifest(`${outDir}/downloads`);

const site = devSite(contentDir, outDir, { content: () => content, decks: () => decks, pathPrefix, siteUrl: siteUrlFromEnv(), cache, pages: ledger });
const siteWork = serialQueue();
let templatesWereChanged = false;

const translationSites = new Map<string, DevSite>();
const translationDecks = new Map<string, Promise<DeckManifest>>();
function translationSite(lang: string): DevSite {
  let found = translationSites.get(lang);
  if (!found) {
    const translation = async () => (await content).translations.find((edition) => edition.lang === lang)!;
    const languages = async () => siteLanguages(await content);
    if (!translationDecks.has(lang)) translationDecks.set(lang, readDeckManifest(join(outDir, lang, "downloads")));
    found = devSite(contentDir, join(outDir, lang), { content: translation, translation: lang, languages, decks: () => translationDecks.get(lang)!, pathPrefix, siteUrl: siteUrlFromEnv(), cache, pages: ledgerFor(lang) });
    translationSites.set(lang, found);
  }
  return found;
}

/**
 * One pass of the site over what changed, every language; false when it could not be built (the error is
 * shown). `reloaded` runs once the default language's pages are written and the browser reloaded.
 */
async function pass(files: string[], what: string, start: number, reloaded?: () => void): Promise<boolean> {
  try {
    // Each language's Eleventy compiles its own templates: the caches they share are cleared between them.
    const translations = (await content).translations;
    if (translations.length) clearEleventyCaches();
    // The saved card's or chapter's own page first, so the browser shows it sooner; then the rest.
    const first = ownPages(contentDir, files);
    if (first.length) ledger.renderFirst(first);
    const written = first.length ? await site.pass(files) : [];
    written.push(...(await site.pass(files)));
    reloaded?.();
    if (templatesWereChanged) for (const other of translationSites.values()) other.templatesChanged();
    templatesWereChanged = false;
    for (const translation of translations) {
      clearEleventyCaches();
      written.push(...(await translationSite(translation.lang).pass(files)));
    }
    console.log(`✓ ${written.length} page${written.length === 1 ? "" : "s"} rendered (${what}), ${since(start)} after the save`);
    return true;
  } catch (error) {
    report(error);
    site.showError(error);
    return false;
  }
}

// The search index reads the pages: it waits for passes, and passes wait for it. It is made after the
// PDFs when they are redrawn (both want the two cores), else right after the pages.
const refreshSearch = coalesced(() =>
  siteWork(async () => {
    const model = await content;
    await buildSearchIndex(outDir, cache, model.lang);
    for (const translation of model.translations) await buildSearchIndex(join(outDir, translation.lang), cache, translation.lang);
  }).catch(report),
);

const deck = deckFollower({
  workers: Math.min(2, availableParallelism()),
  outDir,
  cacheDir,
  initial: content,
  onDone: async (manifests, start) => {
    console.log(`✓ PDFs current, ${since(start)} after the save`);
    const model = await content;
    decks = Promise.resolve(manifests.get(model.lang)!);
    for (const translation of model.translations) translationDecks.set(translation.lang, Promise.resolve(manifests.get(translation.lang)!));
    await siteWork(() => pass([], "the pages that list the PDFs", start));
    refreshSearch();
  },
  onError: report,
});

async function onChange({ files, since: start }: ChangedFiles): Promise<void> {
  const templates = files.some((file) => file.startsWith(templatesDir));
  const inContent = files.filter((file) => file.startsWith(contentDir + sep));
  if (!templates && inContent.length === 0) return;
  const built = await siteWork(async () => {
    if (templates) {
      site.templatesChanged();
      templatesWereChanged = true;
    }
    const next = loadContent({ root, contentDir, includeDrafts: true });
    try {
      await next;
    } catch (error) {
      report(error);
      site.showError(error);
      return undefined;
    }
    content = next;
    const model = await next;
    const names = [...inContent.filter((file) => /\.(md|ya?ml)$/.test(file)).map((file) => relative(dirname(contentDir), file)), ...(templates ? ["templates"] : [])].join(", ");
    // The PDFs start once the reader's page is reloaded, while the other languages' pages render.
    let following = false;
    const rendered = await pass(files, names, start, () => void (following = deck.follow(model, start)));
    return { rendered, following };
  });
  if (built?.rendered && !built.following) refreshSearch();
}

await site.serve(Number(values.port));
watchFolders([contentDir, templatesDir], (changed) => void onChange(changed));
console.log(`The site is served at http://localhost:${values.port}${pathPrefix} (Ctrl+C stops).`);

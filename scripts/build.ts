// `npm run build`: builds the site and the deck into dist/ (or --out DIR), atomically. A build whose
// inputs did not change since one the cache kept is restored from it instead (build/snapshot.ts).
// Exit codes: 0 built, 1 content errors (each printed with file, line and field), 2 anything else.
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { findContentError, formatProblem } from "./content/errors.js";
import { normalisePrefix, siteUrlFromEnv } from "./build/environment.js";
import { cacheDirFor, openBuildCache, type CacheUse } from "./cache/build-cache.js";
import { restoreSnapshot, saveSnapshot, snapshotKey, type BuiltCounts } from "./build/snapshot.js";

const ms = (n: number) => `${Math.round(n)} ms`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      out: { type: "string", default: "dist" },
      content: { type: "string" },
      "path-prefix": { type: "string" },
      "no-cache": { type: "boolean", default: false },
    },
  });
  const started = performance.now();
  const root = process.cwd();
  const contentDir = resolve(root, values.content ?? "content");
  const outDir = resolve(root, values.out!);
  const pathPrefix = normalisePrefix(values["path-prefix"] ?? process.env.PATH_PREFIX ?? "/");
  const cache = openBuildCache(cacheDirFor(root, !values["no-cache"]));
  try {
    // No key without a readable content folder: the build then says what is wrong with it.
    const keyNow = () => (cache.dir ? snapshotKey(root, contentDir, { pathPrefix, siteUrl: siteUrlFromEnv(), includeDrafts: false }).catch(() => "") : Promise.resolve(""));
    const key = await keyNow();
    const restored = key ? await restoreSnapshot(cache, key, outDir) : undefined;
    let built: BuiltCounts;
    let cacheUses: CacheUse[] = cache.uses;
    let timings: Record<string, number>;
    if (restored) {
      built = restored;
      timings = { total: performance.now() - started };
      console.log(`Nothing changed since a build the cache kept: restored it into ${values.out} in ${ms(timings.total)}.`);
    } else {
      const { buildAll } = await import("./build/run.js"); // Eleventy and the content model load only when building
      const report = await buildAll({ root, outDir: values.out!, contentDir: values.content, pathPrefix, cache: !values["no-cache"] });
      built = { chapters: report.content.chapters.length, cards: report.content.cards.length, pdfs: report.decks.decks.length };
      cacheUses = [...cacheUses, ...report.cacheUses];
      // Kept for next time, unless the content changed while this build ran.
      if (key && key === (await keyNow())) await saveSnapshot(cache, key, outDir, built);
      timings = { ...report.timings, total: performance.now() - started };
      const { content, siteAndDeck, deck, search } = report.timings;
      console.log(
        `Built ${built.chapters} chapters, ${built.cards} cards and ${built.pdfs} PDFs into ${values.out} ` +
          `in ${ms(timings.total)} (content ${ms(content)}, site + deck ${ms(siteAndDeck)} (PDFs ${ms(deck)}), search ${ms(search)}).`,
      );
      // A translation that lacks files is built all the same, those pages in the default language: said here.
      for (const { lang, untranslated } of report.content.translations) {
        if (untranslated.length) console.warn(`Warning: ${untranslated.length} file${untranslated.length === 1 ? "" : "s"} not translated into "${lang}" yet, shown in "${report.content.lang}" there: ${untranslated.join(", ")}`);
      }
      const reused = report.cacheUses.filter((use) => use.hit);
      if (report.cacheUses.length) console.log(`Reused ${reused.length} of ${report.cacheUses.length} outputs from the build cache${reused.length ? ` (${[...new Set(reused.map((use) => use.kind))].join(", ")})` : ""}.`);
    }
    if (process.env.AFTERGLOW_BUILD_STATS) {
      // For the benchmark: timings and this process's peak memory (worker threads included).
      const stats = { timings, maxRssMb: process.resourceUsage().maxRSS / 1024, cacheUses, built };
      await writeFile(process.env.AFTERGLOW_BUILD_STATS, JSON.stringify(stats));
    }
    return 0;
  } catch (error) {
    const cause = findContentError(error);
    if (cause) {
      console.error(`The build stopped: ${cause.problems.length} problem${cause.problems.length === 1 ? "" : "s"} in the content. Nothing in ${values.out} was changed.\n`);
      for (const problem of cause.problems) console.error(`  ${formatProblem(problem)}`);
      return 1;
    }
    console.error(`The build failed for a reason outside the content (a bug or the environment). Nothing in ${values.out} was changed.\n`);
    console.error(error);
    return 2;
  }
}

process.exitCode = await main();

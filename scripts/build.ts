// `npm run build`: builds the site and the deck into dist/ (or --out DIR), atomically.
// Exit codes: 0 built, 1 content errors (each printed with file, line and field), 2 anything else.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { findContentError, formatProblem } from "./content/index.js";
import { buildAll } from "./build/run.js";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      out: { type: "string", default: "dist" },
      content: { type: "string" },
      "path-prefix": { type: "string" },
      "no-cache": { type: "boolean", default: false },
    },
  });
  try {
    const report = await buildAll({ root: process.cwd(), outDir: values.out!, contentDir: values.content, pathPrefix: values["path-prefix"], cache: !values["no-cache"] });
    const { chapters, cards } = report.content;
    const ms = (n: number) => `${Math.round(n)} ms`;
    console.log(
      `Built ${chapters.length} chapters, ${cards.length} cards and ${report.decks.decks.length} PDFs into ${values.out} ` +
        `in ${ms(report.timings.total)} (content ${ms(report.timings.content)}, site + deck ${ms(report.timings.siteAndDeck)} (PDFs ${ms(report.timings.deck)}), search ${ms(report.timings.search)}).`,
    );
    const reused = report.cacheUses.filter((use) => use.hit);
    if (report.cacheUses.length) console.log(`Reused ${reused.length} of ${report.cacheUses.length} outputs from the build cache${reused.length ? ` (${[...new Set(reused.map((use) => use.kind))].join(", ")})` : ""}.`);
    if (process.env.AFTERGLOW_BUILD_STATS) {
      // For the benchmark: timings and this process's peak memory (worker threads included).
      const stats = { timings: report.timings, maxRssMb: process.resourceUsage().maxRSS / 1024, cacheUses: report.cacheUses };
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

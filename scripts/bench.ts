// `npm run bench`: one table of what the build costs. Not part of `npm test`; targets are reported,
// not asserted. `--quick` runs smaller sizes; `--only site,dev` some parts; `--readme` writes the table into README.md.
import { execFile } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, promisify } from "node:util";
import { benchDeck } from "./bench/deck-bench.js";
import { benchDevLoop } from "./bench/dev-loop.js";
import { benchMaker } from "./bench/make-bench.js";
import { formatMs, formatSummary } from "./bench/timing.js";
import { pageWeight } from "./bench/page-weights.js";
import { benchSite, type SiteBenchResult } from "./bench/site-bench.js";
import { benchLanguages } from "./bench/languages-bench.js";
import { writeSyntheticContent } from "./bench/synthetic-content.js";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, readme: { type: "boolean", default: false }, only: { type: "string" } } });
const root = process.cwd();
const quick = values.quick!;
/** `--only site,dev` runs those parts (site, languages, deck, dev, memory, weights, maker); the README is written only from a whole run. */
const only = values.only?.split(",");
const runs = (name: string) => !only || only.includes(name);
const rows: string[][] = [];
const add = (measure: string, result: string, target: string, verdict: boolean | undefined) => {
  rows.push([measure, result, target, verdict === undefined ? "" : verdict ? "met" : "missed"]);
  console.error(`  ${measure}: ${result}`); // as it comes, so a long run shows progress
};
const log = (line: string) => console.error(`… ${line}`);

/** One part of the benchmark; a failure becomes a row saying so, and the other parts still run. */
async function part(name: string, run: () => Promise<void>): Promise<void> {
  log(name);
  try {
    await run();
  } catch (error) {
    add(name, `failed: ${(error as Error).message.split("\n")[0]}`, "", false);
  }
}

// 1. Builds against bare Eleventy on the same markdown: cold at 1,000 cards, warm with nothing
// changed and after one card changed, and the real content cold.
const siteRow = (measure: string, result: SiteBenchResult, limit: number) =>
  add(
    measure,
    `${formatSummary(result.ours)} vs bare Eleventy ${formatSummary(result.bare)}: ${result.ratio.toFixed(2)}×${result.pdfs ? `; PDFs ${formatMs(result.pdfs.median)} of it` : ""}`,
    `≤ ${limit}×`,
    result.ratio <= limit,
  );
const synthetic = { cards: quick ? 100 : 1000, chapters: 10 };
const repetitions = quick ? 3 : 5;
if (runs("site")) {
  for (const [mode, limit] of [["cold", 2.5], ["warm", 1.3], ["one card changed", 1.6]] as const) {
    await part(`${mode} build vs bare Eleventy at ${synthetic.cards} cards`, async () => {
      const what = mode === "cold" ? "cold full build" : mode === "warm" ? "warm rebuild, nothing changed" : "warm rebuild, one card changed";
      siteRow(`${what}, ${synthetic.cards} cards + 10 chapters`, await benchSite(root, { mode, repetitions, content: synthetic }), limit);
    });
  }
  await part("cold build of the real content vs bare Eleventy", async () => {
    siteRow("cold full build, the real content", await benchSite(root, { mode: "cold", repetitions, content: { copyOf: join(root, "content") } }), 2);
  });
}

// A second language: the real content in all its languages against the default language alone.
if (runs("languages")) {
  await part("the real content in every language vs the default alone", async () => {
    const result = await benchLanguages(root, repetitions);
    add(
      `cold full build, the real content in ${result.languages.join(" + ")}`,
      `${formatSummary(result.all)} vs ${result.languages[0]} alone ${formatSummary(result.one)}: ${result.ratio.toFixed(2)}×`,
      "≤ 1.8×",
      result.ratio <= 1.8,
    );
  });
}

// 2. Deck render against the raw-pdfkit baseline.
for (const count of !runs("deck") ? [] : quick ? [1000] : [1000, 10000]) {
  await part(`deck render at ${count} cards`, async () => {
    for (const r of await benchDeck({ count })) {
      add(
        `deck ${r.file}, ${count} cards`,
        `${Math.round(r.cardsPerSecond)} cards/s; ${r.ratio.toFixed(2)}× raw pdfkit (${r.seconds.toFixed(2)} s vs ${r.baselineSeconds.toFixed(2)} s); peak ${Math.round(r.peakRssMb)} MB`,
        count === 10000 ? "≥ 1,000 cards/s, ≤ 1.5× baseline" : "",
        count === 10000 ? r.cardsPerSecond >= 1000 && r.ratio <= 1.5 : undefined,
      );
    }
  });
}

// 3. The dev loop.
if (runs("dev")) await part("dev loop", async () => {
  const dev = await benchDevLoop(root, quick ? 3 : 10);
  add("npm start: save a card → its page served", formatSummary(dev.cardPage), "≤ 300 ms", dev.cardPage.median <= 300);
  add("npm start: save a card → all PDFs current", formatSummary(dev.pdfs), "≤ 1 s", dev.pdfs.median <= 1000);
  add("npm start: save a chapter → its page served", formatSummary(dev.chapterPage), "≤ 300 ms", dev.chapterPage.median <= 300);
});

// 4. Peak memory of a whole build at 10,000 cards.
if (!quick && runs("memory")) await part("full build at 10,000 cards (peak memory)", async () => {
  const work = await mkdtemp(join(tmpdir(), "bench-mem-"));
  try {
    const contentDir = await writeSyntheticContent(work, 10_000, 10);
    const statsFile = join(work, "stats.json");
    await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/build.ts", "--content", contentDir, "--out", join(work, "out")], {
      cwd: root,
      env: { ...process.env, AFTERGLOW_BUILD_STATS: statsFile, AFTERGLOW_CACHE: "off" },
      maxBuffer: 64 * 1024 * 1024,
    });
    const stats = JSON.parse(await readFile(statsFile, "utf8"));
    add("full build, 10,000 cards: peak memory", `${Math.round(stats.maxRssMb)} MB (build ${formatMs(stats.timings.total)}, PDFs ${formatMs(stats.timings.deck)})`, "≤ 800 MB", stats.maxRssMb <= 800);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

// 5. Page weights of the real site, by page type.
if (runs("weights")) await part("page weights", async () => {
  const site = await mkdtemp(join(tmpdir(), "bench-pages-"));
  try {
    await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", site], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    const pages: [string, string][] = [
      ["home", "index.html"],
      ["guide chapter", "guide/why-it-matters/index.html"],
      ["card browser", "cards/index.html"],
      ["card page", "cards/warm-towel-or-blanket/index.html"],
      ["draw", "draw/index.html"],
      ["downloads", "downloads/index.html"],
      ["search", "search/index.html"],
    ];
    for (const [type, path] of pages) {
      const w = await pageWeight(site, path).catch(() => undefined);
      if (!w) continue;
      add(`page weight: ${type}`, `${(w.total / 1024).toFixed(1)} KB gzip (HTML ${(w.html / 1024).toFixed(1)}, CSS ${(w.css / 1024).toFixed(1)}, JS ${(w.js / 1024).toFixed(1)})`, type === "search" ? "HTML+CSS ≤ 14 KB" : "HTML+CSS ≤ 14 KB, JS ≤ 10 KB", w.html + w.css <= 14 * 1024 && (type === "search" || w.js <= 10 * 1024));
    }
  } finally {
    await rm(site, { recursive: true, force: true });
  }
});

// 6. The deck maker in Chromium: a deck made on the device, and what its page weighs before the maker loads.
if (runs("maker")) await part("deck maker", async () => {
  const made = await benchMaker(root, quick ? 3 : 5);
  add(`deck maker: ${made.cards}-card Letter duplex, cold (maker not loaded)`, formatMs(made.cold), "≤ 1.5 s", made.cold <= 1500);
  add(`deck maker: ${made.cards}-card Letter duplex, warm`, formatSummary(made.warm), "≤ 0.4 s", made.warm.median <= 400);
  add(`deck maker: ${made.large.cards}-card Letter duplex, warm`, formatMs(made.large.ms), "≤ 3 s", made.large.ms <= 3000);
  add("deck maker: longest main-thread task while rendering", made.longestTask ? formatMs(made.longestTask) : "none of 50 ms or more", "≤ 200 ms", made.longestTask <= 200);
  const w = made.weight;
  add("page weight: deck maker, before it loads", `${(w.total / 1024).toFixed(1)} KB gzip (HTML ${(w.html / 1024).toFixed(1)}, CSS ${(w.css / 1024).toFixed(1)}, JS ${(w.js / 1024).toFixed(1)})`, "HTML+CSS ≤ 14 KB, JS ≤ 10 KB", w.html + w.css <= 14 * 1024 && w.js <= 10 * 1024);
});

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
const table = [
  `Measured on ${machine}${quick ? " (quick run)" : ""}.`,
  "",
  "| measure | result | target | |",
  "|---|---|---|---|",
  ...rows.map((row) => `| ${row.join(" | ")} |`),
].join("\n");
console.log(table);

if (values.readme && !only) {
  const readme = await readFile(join(root, "README.md"), "utf8");
  await writeFile(join(root, "README.md"), readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
}

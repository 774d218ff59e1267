// `npm run build`'s command against bare Eleventy building the same markdown, A/B alternating, in
// three situations: cold (nothing reused), warm with nothing changed (the same output folder, the
// cache kept), and warm after one card changed (a new sentence in one card before each pair).
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summarise, timeCommand, type Summary } from "./timing.js";
import { writeSyntheticContent } from "./synthetic-content.js";

export type SiteBenchMode = "cold" | "warm" | "one card changed";

export interface SiteBenchResult {
  ours: Summary;
  bare: Summary;
  ratio: number;
  /** Median time our builds spent on the PDFs (beside the pages), when they drew any. */
  pdfs?: Summary;
}

// Bare Eleventy: a plain config, one layout, no plugins.
const bareConfig = `export default function (config) {
  config.addGlobalData("layout", "base.njk");
  return { dir: { includes: "../bare-includes" } };
}
`;
const bareLayout = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main>{{ content | safe }}</main></body></html>\n`;

export interface SiteBenchOptions {
  mode: SiteBenchMode;
  repetitions: number;
  /** Synthetic content of this many cards and chapters, or a copy of a real content folder. */
  content: { cards: number; chapters: number } | { copyOf: string };
}

export async function benchSite(root: string, options: SiteBenchOptions): Promise<SiteBenchResult> {
  const work = await mkdtemp(join(tmpdir(), "bench-site-"));
  try {
    const contentDir = "copyOf" in options.content ? join(work, "content") : await writeSyntheticContent(work, options.content.cards, options.content.chapters);
    if ("copyOf" in options.content) await cp(options.content.copyOf, contentDir, { recursive: true });
    await mkdir(join(work, "bare-includes"));
    await writeFile(join(work, "bare-includes", "base.njk"), bareLayout);
    await writeFile(join(work, "bare.config.mjs"), bareConfig);
    const stats = join(work, "stats.json");
    // A fixed date, as a checkout's last commit gives: the content's files are rewritten below.
    const env = { SOURCE_DATE_EPOCH: "1767225600", AFTERGLOW_BUILD_STATS: stats, ...(options.mode === "cold" ? { AFTERGLOW_CACHE: "off" } : { AFTERGLOW_CACHE_DIR: join(work, "cache") }) };
    const pdfTimes: number[] = [];
    const ours = async () => {
      const ms = await timeCommand(process.execPath, ["--import", "tsx", "scripts/build.ts", "--content", contentDir, "--out", join(work, "out-ours")], { cwd: root, env });
      const deck = (JSON.parse(await readFile(stats, "utf8")) as { timings: { deck?: number } }).timings.deck;
      if (deck) pdfTimes.push(deck);
      return ms;
    };
    const bare = () =>
      timeCommand(
        process.execPath,
        [join(root, "node_modules/@11ty/eleventy/cmd.cjs"), `--input=${contentDir}`, `--output=${join(work, "out-bare")}`, `--config=${join(work, "bare.config.mjs")}`, "--quiet"],
        { cwd: work },
      );
    // One card's words changed before each pair: a sentence no earlier build had, so nothing of it is cached.
    const card = join(contentDir, "cards", (await readdir(join(contentDir, "cards"))).sort()[0]);
    const original = await readFile(card, "utf8");
    let edits = 0;
    const change = async () => {
      if (options.mode === "one card changed") await writeFile(card, `${original.trimEnd()} Edit number ${++edits}.\n`);
    };

    // One untimed run each (disk caches, tsx's transform cache, and for warm runs the build cache), then alternate A/B.
    await ours();
    await bare();
    pdfTimes.length = 0;
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < options.repetitions; i++) {
      await change();
      if (i % 2 === 0) {
        a.push(await ours());
        b.push(await bare());
      } else {
        b.push(await bare());
        a.push(await ours());
      }
    }
    const oursSummary = summarise(a);
    const bareSummary = summarise(b);
    return { ours: oursSummary, bare: bareSummary, ratio: oursSummary.median / bareSummary.median, pdfs: pdfTimes.length ? summarise(pdfTimes) : undefined };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

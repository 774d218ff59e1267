// Full build (`npm run build`'s command) against bare Eleventy building the same markdown, A/B alternating.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summarise, timeCommand, type Summary } from "./timing.js";
import { writeSyntheticContent } from "./synthetic.js";

export interface SiteBenchResult {
  cards: number;
  chapters: number;
  afterglow: Summary;
  bare: Summary;
  ratio: number;
}

// Bare Eleventy: a plain config, one layout, no plugins.
const bareConfig = `export default function (config) {
  config.addGlobalData("layout", "base.njk");
  return { dir: { includes: "../bare-includes" } };
}
`;
const bareLayout = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main>{{ content | safe }}</main></body></html>\n`;

export async function benchSite(root: string, options: { cards: number; chapters: number; repetitions: number }): Promise<SiteBenchResult> {
  const work = await mkdtemp(join(tmpdir(), "afterglow-bench-site-"));
  try {
    const contentDir = await writeSyntheticContent(work, options.cards, options.chapters);
    await mkdir(join(work, "bare-includes"));
    await writeFile(join(work, "bare-includes", "base.njk"), bareLayout);
    await writeFile(join(work, "bare.config.mjs"), bareConfig);

    const ours = () =>
      timeCommand(process.execPath, ["--import", "tsx", "scripts/build.ts", "--content", contentDir, "--out", join(work, "out-afterglow")], { cwd: root });
    const bare = () =>
      timeCommand(
        process.execPath,
        [join(root, "node_modules/@11ty/eleventy/cmd.cjs"), `--input=${contentDir}`, `--output=${join(work, "out-bare")}`, `--config=${join(work, "bare.config.mjs")}`, "--quiet"],
        { cwd: work },
      );

    // One untimed warm-up each (disk caches, tsx's transform cache), then alternate A/B.
    await ours();
    await bare();
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < options.repetitions; i++) {
      if (i % 2 === 0) {
        a.push(await ours());
        b.push(await bare());
      } else {
        b.push(await bare());
        a.push(await ours());
      }
    }
    const afterglow = summarise(a);
    const bareSummary = summarise(b);
    return { cards: options.cards, chapters: options.chapters, afterglow, bare: bareSummary, ratio: afterglow.median / bareSummary.median };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

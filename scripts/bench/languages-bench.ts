// The real content built cold in every language its settings name, against the same content in the
// default language alone (the other languages' folders and words removed, site.yaml naming one), A/B
// alternating: what a second language costs a build.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summarise, timeCommand, type Summary } from "./timing.js";

export interface LanguagesBenchResult {
  all: Summary;
  one: Summary;
  languages: string[];
  ratio: number;
}

export async function benchLanguages(root: string, repetitions: number): Promise<LanguagesBenchResult> {
  const work = await mkdtemp(join(tmpdir(), "bench-languages-"));
  try {
    const all = join(work, "all", "content");
    const one = join(work, "one", "content");
    await cp(join(root, "content"), all, { recursive: true });
    await cp(join(root, "content"), one, { recursive: true });
    const settings = await readFile(join(one, "site.yaml"), "utf8");
    const languages = /^languages: \[([^\]]*)\]/m.exec(settings)?.[1].split(",").map((lang) => lang.trim()) ?? [];
    if (languages.length < 2) throw new Error("content/site.yaml names one language: nothing to compare");
    await writeFile(join(one, "site.yaml"), settings.replace(/^languages: \[[^\]]*\]/m, `languages: [${languages[0]}]`).replace(new RegExp(`^  (${languages.slice(1).join("|")}):\\n(    .*\\n)+`, "gm"), ""));
    for (const lang of languages.slice(1)) {
      await rm(join(one, lang), { recursive: true, force: true });
      await rm(join(one, "strings", lang), { recursive: true, force: true });
    }
    const env = { SOURCE_DATE_EPOCH: "1767225600", AFTERGLOW_CACHE: "off" };
    const build = (content: string) => () => timeCommand(process.execPath, ["--import", "tsx", "scripts/build.ts", "--content", content, "--out", join(content, "..", "out")], { cwd: root, env });
    const [a, b] = [build(all), build(one)];
    await a(); // untimed: disk caches and tsx's transform cache
    await b();
    const times = { all: [] as number[], one: [] as number[] };
    for (let i = 0; i < repetitions; i++) {
      if (i % 2 === 0) {
        times.all.push(await a());
        times.one.push(await b());
      } else {
        times.one.push(await b());
        times.all.push(await a());
      }
    }
    const [allSummary, oneSummary] = [summarise(times.all), summarise(times.one)];
    return { all: allSummary, one: oneSummary, languages, ratio: allSummary.median / oneSummary.median };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

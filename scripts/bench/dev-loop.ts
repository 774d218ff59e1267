// The dev loop (`npm start` on a copy of the real content): from saving a card to its new page being
// served, and to the terminal saying the PDFs are current; from saving a chapter to its page served.
import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { summarise, type Summary } from "./timing.js";

export interface DevLoopResult {
  cardPage: Summary;
  pdfs: Summary;
  chapterPage: Summary;
}

async function until(probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error("the dev server did not rebuild in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}

export async function benchDevLoop(root: string, repetitions: number): Promise<DevLoopResult> {
  const work = await mkdtemp(join(tmpdir(), "bench-dev-"));
  const contentDir = join(work, "content");
  await cp(join(root, "content"), contentDir, { recursive: true });
  const port = 18_000 + Math.floor(Math.random() * 1000);
  // A fixed date, as a checkout's last commit gives (a copy outside git would date the content by its files' times).
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts", "--port", String(port), "--content", contentDir, "--out", join(work, "dist")], {
    cwd: root,
    env: { ...process.env, SOURCE_DATE_EPOCH: "1767225600" },
    stdio: ["ignore", "pipe", "ignore"],
  });
  let current = 0;
  let currentAt = 0;
  server.stdout!.on("data", (chunk: Buffer) => {
    for (const _ of chunk.toString().matchAll(/PDFs current/g)) {
      current++;
      currentAt = performance.now();
    }
  });
  const served = async (path: string, marker: string) => (await (await fetch(`http://localhost:${port}${path}`)).text()).includes(marker);
  try {
    await until(async () => (await fetch(`http://localhost:${port}/`)).ok, 180_000);
    const card = join(contentDir, "cards", "warm-towel-or-blanket.md");
    const chapter = join(contentDir, "guide", "ideas.md");
    const [cardText, chapterText] = [await readFile(card, "utf8"), await readFile(chapter, "utf8")];
    const samples = { cardPage: [] as number[], pdfs: [] as number[], chapterPage: [] as number[] };
    for (let i = 0; i < repetitions; i++) {
      const marker = `Edit ${i} ${Date.now() % 100000}`;
      const before = current;
      let started = performance.now();
      await writeFile(card, cardText.replace(/^title: .*$/m, `title: ${marker}`));
      await until(() => served("/cards/warm-towel-or-blanket/", marker), 30_000);
      samples.cardPage.push(performance.now() - started);
      await until(async () => current > before, 30_000);
      samples.pdfs.push(currentAt - started);
      await new Promise((r) => setTimeout(r, 200)); // the search index settles after the PDFs
      started = performance.now();
      const words = `A quiet line number ${i} ${Date.now() % 100000}`; // not the card's title, which this chapter lists
      await writeFile(chapter, `${chapterText.trimEnd()}\n\n${words}.\n`);
      await until(() => served("/guide/ideas/", words), 30_000);
      samples.chapterPage.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 300));
    }
    return { cardPage: summarise(samples.cardPage), pdfs: summarise(samples.pdfs), chapterPage: summarise(samples.chapterPage) };
  } finally {
    server.kill();
    await rm(work, { recursive: true, force: true });
  }
}

// The dev loop: time from saving one card to its rebuilt page and the rebuilt PDFs on disk.
import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { summarise, type Summary } from "./timing.js";

async function until(probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error("the dev server did not rebuild in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function benchDevLoop(root: string, repetitions: number): Promise<Summary> {
  const work = await mkdtemp(join(tmpdir(), "afterglow-bench-dev-"));
  const contentDir = join(work, "content");
  const outDir = join(work, "dist");
  await cp(join(root, "content"), contentDir, { recursive: true });
  const port = 18_000 + Math.floor(Math.random() * 1000);
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts", "--port", String(port), "--content", contentDir, "--out", outDir], {
    cwd: root,
    stdio: "ignore",
  });
  try {
    await until(async () => (await fetch(`http://localhost:${port}/`)).ok, 120_000);
    const cardPath = join(contentDir, "cards", "warm-towel-or-blanket.md");
    const original = await readFile(cardPath, "utf8");
    const titleLine = original.split("\n").find((line) => line.startsWith("title:"))!;
    const pagePath = join(outDir, "cards", "warm-towel-or-blanket", "index.html");
    const manifest = join(outDir, "downloads", "decks.json");
    const samples: number[] = [];
    for (let i = 0; i < repetitions; i++) {
      const marker = `Edit ${i} ${Date.now() % 100000}`;
      const deckBefore = (await stat(manifest)).mtimeMs;
      const started = performance.now();
      await writeFile(cardPath, original.replace(titleLine, `title: ${marker}`));
      await until(async () => (await readFile(pagePath, "utf8")).includes(marker) && (await stat(manifest)).mtimeMs > deckBefore, 30_000);
      samples.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 300)); // let the watcher settle between saves
    }
    return summarise(samples);
  } finally {
    server.kill();
    await rm(work, { recursive: true, force: true });
  }
}

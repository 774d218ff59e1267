// Deck maker benchmark, in Chromium on a real build served locally: from "Make my deck" to a ready
// 63-card two-sided Letter file with the maker not loaded yet (cold) and loaded (warm), a 500-card deck,
// the longest main-thread task while rendering, and what /make/ weighs before the maker loads.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { launchBrowser } from "../../tests/support/browser.js";
import { serveStatic } from "../../tests/support/static-server.js";
import { storageKey } from "../../templates/js/lib/storage-key.js";
import { pageWeight, type PageWeight } from "./page-weights.js";
import { summarise, type Summary } from "./timing.js";

export interface MakerBench {
  cards: number;
  cold: number;
  warm: Summary;
  /** Time for the 500-card deck, the maker loaded. */
  large: { cards: number; ms: number };
  /** The longest main-thread task seen while any deck was made, ms (0: none of 50 ms or more). */
  longestTask: number;
  weight: PageWeight;
}

/** The two-sided Letter deck, as the build names it (from content/site.yaml): read from decks.json once built. */
let file = "";

/** Clicks "Make my deck" and resolves with the milliseconds until the download link is there. */
function timeMake(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const result = document.querySelector("[data-result]")!;
        const status = document.querySelector("[data-status]")!;
        const start = performance.now();
        const watch = new MutationObserver(() => {
          if (result.querySelector("a")) resolve(performance.now() - start);
          else if (/could not|offline/.test(status.textContent ?? "")) reject(new Error(status.textContent ?? ""));
          else return;
          watch.disconnect();
        });
        watch.observe(document.querySelector("[data-make]")!, { childList: true, subtree: true, characterData: true });
        document.querySelector<HTMLButtonElement>("[data-make] button[type=submit]")!.click();
      }),
  );
}

/** Starts recording the page's long tasks (50 ms or more); `longest` reads the longest so far. */
const recordTasks = (page: Page) =>
  page.evaluate(() => {
    const seen: number[] = ((window as unknown as { tasks: number[] }).tasks = []);
    new PerformanceObserver((list) => seen.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: "longtask" });
  });
const longest = (page: Page) => page.evaluate(() => Math.max(0, ...(window as unknown as { tasks: number[] }).tasks));

export async function benchMaker(root: string, repetitions = 5): Promise<MakerBench> {
  const site = await mkdtemp(join(tmpdir(), "bench-make-"));
  const browser = await launchBrowser();
  try {
    await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", site], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    const decks = JSON.parse(await readFile(join(site, "downloads", "decks.json"), "utf8")) as { decks: { file: string }[] };
    file = decks.decks.find((deck) => deck.file.endsWith("-poker-letter-duplex.pdf"))!.file;
    const server = await serveStatic(site);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(`${server.origin}/make/`);
    await page.locator("[data-start=shown]").click();
    await page.selectOption("#make-file", file);
    const cards = await page.locator("[data-pick] input:checked").count();
    await recordTasks(page);
    const cold = await timeMake(page);
    const warm: number[] = [];
    for (let i = 0; i < repetitions; i++) warm.push(await timeMake(page));
    const longestSmall = await longest(page);
    // 500 cards: every card, most of them in several copies (the maker prints each copy as a card).
    const copies = await page.evaluate(([total, key]) => {
      const record = JSON.parse(localStorage.getItem(key)!);
      const ids: string[] = record.maker.selected;
      let left = total - ids.length;
      record.maker.copies = {};
      for (const id of ids) {
        const extra = Math.min(8, left);
        if (extra > 0) record.maker.copies[id] = 1 + extra;
        left -= extra;
      }
      localStorage.setItem(key, JSON.stringify(record));
      return total - left;
    }, [500, storageKey] as const);
    await page.reload();
    await page.selectOption("#make-file", file);
    await recordTasks(page);
    await timeMake(page); // loads the maker in this page
    const large = await timeMake(page);
    const said = await page.locator("[data-status]").textContent();
    if (!said?.includes(`${copies} cards`)) throw new Error(`the large deck was not ${copies} cards: “${said}”`);
    const longestTask = Math.max(longestSmall, await longest(page));
    await context.close();
    await server.close();
    return { cards, cold, warm: summarise(warm), large: { cards: copies, ms: large }, longestTask, weight: await pageWeight(site, "make/index.html") };
  } finally {
    await browser.close();
    await rm(site, { recursive: true, force: true });
  }
}

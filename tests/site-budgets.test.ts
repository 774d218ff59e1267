// Page weight budgets: every page with its CSS fits in 14 KB gzip; scripts stay under 10 KB except search.
// Weighed with the benchmark's own pageWeight, so the test and `npm run bench` measure the same way.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { pageWeight } from "../scripts/bench/page-weights.js";
import { listBuildFiles } from "./support/static-server.js";

const dist = inject("distDir");
const KB = 1024;

describe("page weight", async () => {
  const pages = (await listBuildFiles(dist)).filter((f) => f.endsWith(".html"));

  it("every HTML page plus its CSS is at most 14 KB gzip", async () => {
    const over: string[] = [];
    let heaviest = { page: "", bytes: 0 };
    for (const page of pages) {
      const weight = await pageWeight(dist, page);
      expect(weight.css, `${page} loads its stylesheet`).toBeGreaterThan(0);
      const bytes = weight.html + weight.css;
      if (bytes > heaviest.bytes) heaviest = { page, bytes };
      if (bytes > 14 * KB) over.push(`${page}: ${bytes} B`);
    }
    console.log(`heaviest page with CSS: ${heaviest.page} ${heaviest.bytes} B gzip`);
    expect(over).toEqual([]);
  });

  it("JavaScript is at most 10 KB gzip on every page but search", async () => {
    for (const page of pages) {
      if (page.startsWith("search/")) continue;
      expect((await pageWeight(dist, page)).js, page).toBeLessThanOrEqual(10 * KB);
    }
  });

  it("web fonts are subset WOFF2 files, each far smaller than the full face", async () => {
    const fonts = (await listBuildFiles(dist)).filter((f) => f.startsWith("fonts/"));
    expect(fonts.length).toBeGreaterThanOrEqual(4);
    for (const font of fonts) {
      expect(font).toMatch(/\.woff2$/);
      const bytes = await readFile(join(dist, font));
      expect(bytes.subarray(0, 4).toString("latin1")).toBe("wOF2");
      expect(bytes.length, font).toBeLessThan(40 * KB);
    }
  });
});

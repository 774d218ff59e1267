// Page weight budgets: every page with its CSS fits in 14 KB gzip; scripts stay under 10 KB except search.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { listBuildFiles } from "./support/static-server.js";

const dist = inject("distDir");
const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const KB = 1024;

/** Local stylesheets and scripts a page loads, as paths inside the build. */
function assetsOf(html: string, kind: "css" | "js"): string[] {
  const pattern = kind === "css" ? /<link rel="stylesheet" href="\/([^"]+)"/g : /<script src="\/([^"]+)"/g;
  return [...html.matchAll(pattern)].map((m) => m[1]);
}

describe("page weight", async () => {
  const pages = (await listBuildFiles(dist)).filter((f) => f.endsWith(".html"));

  it("every HTML page plus its CSS is at most 14 KB gzip", async () => {
    const over: string[] = [];
    let heaviest = { page: "", bytes: 0 };
    for (const page of pages) {
      const html = await readFile(join(dist, page), "utf8");
      const css = assetsOf(html, "css");
      expect(css.length, page).toBeGreaterThan(0);
      let bytes = gz(html);
      for (const file of css) bytes += gz(await readFile(join(dist, file)));
      if (bytes > heaviest.bytes) heaviest = { page, bytes };
      if (bytes > 14 * KB) over.push(`${page}: ${bytes} B`);
    }
    console.log(`heaviest page with CSS: ${heaviest.page} ${heaviest.bytes} B gzip`);
    expect(over).toEqual([]);
  });

  it("JavaScript is at most 10 KB gzip on every page but search", async () => {
    for (const page of pages) {
      if (page.startsWith("search/")) continue;
      const html = await readFile(join(dist, page), "utf8");
      let bytes = 0;
      for (const file of assetsOf(html, "js")) bytes += gz(await readFile(join(dist, file)));
      expect(bytes, page).toBeLessThanOrEqual(10 * KB);
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

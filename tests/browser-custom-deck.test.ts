// A couple whose printer drifts makes a corrected two-sided file on the how-to-print page: in the
// browser, under a path prefix and the site's CSP, with nothing fetched from anywhere else.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { toMm } from "../scripts/deck/geometry.js";
import { customDeckPaths } from "../scripts/site/custom-deck-paths.js";
import { browserAvailable, launchBrowser } from "./support/browser.js";
import { readPdf, type PdfPage } from "./support/pdf.js";
import { serveStatic, type StaticServer } from "./support/static-server.js";

const suite = browserAvailable() ? describe : describe.skip;
const file = "afterglow-poker-letter-duplex.pdf";

/** Horizontal centres of the deck's name on the first back page's top row: one per back. */
function backCentres(pages: PdfPage[]): number[] {
  const back = pages[1];
  return back.items.filter((item) => item.str === "Afterglow" && item.y < back.height / 3.5).map((item) => item.x + item.width / 2).sort((a, b) => a - b);
}

suite("a corrected file for a printer that drifts", () => {
  let browser: Browser;
  let server: StaticServer;
  const prefix = inject("pathPrefix");

  beforeAll(async () => {
    server = await serveStatic(inject("prefixedDistDir"), { prefix });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("moves the backs by the numbers entered, keeps every front, and loads the maker only when asked", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
    const offOrigin: string[] = [];
    const requested: string[] = [];
    const problems: string[] = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      requested.push(url);
      if (url.startsWith(server.origin) || url.startsWith("blob:")) return route.continue();
      offOrigin.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on("console", (message) => { if (message.type() === "error") problems.push(message.text()); });
    page.on("pageerror", (error) => problems.push(error.message));

    await page.goto(`${server.origin}${prefix}how-to-print/`);
    const form = page.locator("[data-custom-deck]");
    await expect(form.isVisible()).resolves.toBe(true);
    expect(requested.filter((url) => url.endsWith(customDeckPaths.bundle) || url.includes(customDeckPaths.fontDir) || url.endsWith(customDeckPaths.input))).toEqual([]);

    await page.getByLabel("File").selectOption(file);
    await page.getByLabel("X, from the top scale").fill("2");
    await page.getByLabel("Y, from the side scale").fill("0");
    await page.getByRole("button", { name: "Make my corrected file" }).click();
    const link = page.locator("[data-custom-deck-result] a[download]");
    await link.waitFor({ timeout: 60_000 });
    await expect(page.locator("[data-custom-deck-status]").textContent()).resolves.toMatch(/ready/);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("afterglow-poker-letter-duplex-backs-2-0.pdf");
    const made = await readPdf(new Uint8Array(await readFile((await download.path())!)));
    await context.close();

    const built = await readPdf(new Uint8Array(await readFile(join(inject("prefixedDistDir"), "downloads", file))));
    expect(made).toHaveLength(built.length);
    // Fronts are untouched: the same words in the same places.
    expect(made[0].items).toEqual(built[0].items);
    // Backs moved 2 mm to the right, and not at all vertically.
    const shifted = backCentres(made);
    const plain = backCentres(built);
    expect(shifted).toHaveLength(3);
    shifted.forEach((x, i) => expect(toMm(x - plain[i])).toBeCloseTo(2, 1));
    expect(made[1].items.find((item) => item.str === "Afterglow")!.y).toBeCloseTo(built[1].items.find((item) => item.str === "Afterglow")!.y, 2);
    expect(offOrigin).toEqual([]);
    expect(problems).toEqual([]);
  });
});

// Issue 12, item 4: PDFs offline. A PDF downloaded once is kept; "Keep the decks for offline" keeps
// them all; offline, a file that was not kept gets an honest page (never the 404's words); the
// corrected-file maker says plainly that it is offline, and can be kept for use without a connection.
// "Offline" here is the server gone, connections and all, not only the browser's offline switch.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { readLanguageStrings } from "../scripts/content/strings.js";
import { deckManifestSchema, type DeckManifest } from "../scripts/manifest/deck-manifest.js";
import { browserAvailable, launchBrowser } from "./support/browser.js";
import { openSite, seen } from "./support/site-context.js";
import { serveStatic } from "./support/static-server.js";

const suite = browserAvailable() ? describe : describe.skip;

suite("PDFs and the file maker offline", () => {
  let browser: Browser;
  let manifest: DeckManifest;
  const dist = inject("distDir");

  beforeAll(async () => {
    manifest = deckManifestSchema.parse(JSON.parse(await readFile(join(dist, "downloads", "decks.json"), "utf8")));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A fresh server and a phone that has visited once, with the service worker in control. */
  async function visited(url: string) {
    const server = await serveStatic(dist);
    const site = await openSite(browser, server.origin, { acceptDownloads: true });
    await site.page.goto(server.origin + url);
    await site.page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await site.page.reload();
    await site.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    return { server, ...site };
  }
  const link = (page: Page, file: string) => page.locator(`a[href="/downloads/${encodeURIComponent(file)}"]`).first();
  async function downloaded(page: Page, file: string): Promise<Buffer> {
    const [download] = await Promise.all([page.waitForEvent("download"), link(page, file).click()]);
    expect(download.suggestedFilename()).toBe(file);
    return readFile((await download.path())!);
  }

  it("keeps a PDF downloaded once, and gives it again with the server gone", async () => {
    const [first, second] = manifest.decks;
    const { server, context, page, problems } = await visited("/downloads/");
    const original = await readFile(join(dist, "downloads", first.file));
    expect((await downloaded(page, first.file)).equals(original)).toBe(true);
    await server.cut();
    expect((await downloaded(page, first.file)).equals(original)).toBe(true);

    // One never opened: an honest page, not "This page does not exist".
    await link(page, second.file).click();
    await page.waitForURL(`**/downloads/${second.file}`);
    await page.locator("h1").waitFor();
    expect(await seen(page, "h1")).toBe("This file is not saved on this device yet");
    const text = await seen(page, "main");
    expect(text).toContain("has not been saved for offline use");
    expect(text).not.toMatch(/does not exist|Nothing is broken on your side/);
    await context.close();
    expect(problems.filter((p) => !/net::ERR|Failed to load resource/.test(p))).toEqual([]);
  });

  it("offline, a Spanish reader gets the Spanish fallbacks, an English reader the English ones", async () => {
    const es = await readLanguageStrings(join(process.cwd(), "content"), "es");
    const spanishDecks = deckManifestSchema.parse(JSON.parse(await readFile(join(dist, "es", "downloads", "decks.json"), "utf8")));
    const { server, context, page, problems } = await visited("/es/downloads/");
    await server.cut();
    await page.goto(`${server.origin}/es/downloads/${spanishDecks.decks[0].file}`).catch(() => undefined);
    await page.locator("h1").waitFor();
    expect(await seen(page, "h1")).toBe(es["downloads.notSaved.heading"]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("es");
    await page.goto(`${server.origin}/es/cards/not-a-card/`);
    expect(await seen(page, "h1")).toBe(es["notFound.heading"]);
    await page.goto(`${server.origin}/cards/not-a-card/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await seen(page, "h1")).toBe("Nothing here");
    await context.close();
    expect(problems.filter((p) => !/net::ERR|Failed to load resource/.test(p))).toEqual([]);
  });

  it("keeps every deck on request, said with its size first, and marks each file kept", async () => {
    const { server, context, page, problems } = await visited("/downloads/");
    const total = manifest.decks.reduce((sum, deck) => sum + deck.bytes, 0) / (1024 * 1024);
    const offer = page.locator("[data-keep-decks]");
    expect(await offer.textContent()).toContain(`${total.toFixed(1)} MB in all`);
    await page.getByRole("button", { name: "Keep the decks for offline" }).click();
    await expect.poll(() => page.locator("[data-keep-status]").textContent(), { timeout: 30_000 }).toMatch(/^All \d+ files are kept on this device/);
    expect(await page.locator(".decks .kept:visible").count()).toBe(manifest.decks.length);
    await server.cut();
    const last = manifest.decks[manifest.decks.length - 1];
    expect((await downloaded(page, last.file)).equals(await readFile(join(dist, "downloads", last.file)))).toBe(true);
    // Opened as a page rather than saved, the kept file comes back too.
    const opened = await page.evaluate(async (url) => (await fetch(url)).status, `/downloads/${manifest.decks[1].file}`);
    expect(opened).toBe(200);
    await page.reload();
    await page.getByRole("button", { name: "Remove the offline copies" }).click();
    await expect.poll(() => page.locator(".decks .kept:visible").count()).toBe(0);
    await context.close();
    expect(problems.filter((p) => !/net::ERR|Failed to load resource/.test(p))).toEqual([]);
  });

  it("the file maker says plainly that it is offline, and once kept, makes a file without a connection", async () => {
    const file = manifest.decks.find((deck) => deck.backOffset)!.file;
    const make = async (page: Page) => {
      await page.getByLabel("File").selectOption(file);
      await page.getByLabel("X, from the top scale").fill("1");
      await page.getByRole("button", { name: "Make my corrected file" }).click();
    };

    const first = await visited("/how-to-print/");
    await first.server.cut();
    await make(first.page);
    const status = first.page.locator("[data-custom-deck-status]");
    await expect.poll(() => status.textContent()).toMatch(/^You seem to be offline, and the file maker is not kept on this device/);
    expect(await status.textContent()).not.toMatch(/Failed to fetch|dynamically imported/);
    await first.context.close();

    const second = await visited("/how-to-print/");
    const offer = second.page.locator("[data-maker-offline]");
    expect(await offer.textContent()).toMatch(/keep it on this device first \(\d+(\.\d)? (KB|MB)\)/);
    await second.page.getByRole("button", { name: "Keep the file maker for offline use" }).click();
    await expect.poll(() => second.page.locator("[data-maker-status]").textContent(), { timeout: 30_000 }).toMatch(/kept on this device: it works without a connection/);
    await second.server.cut();
    await make(second.page);
    await second.page.locator("[data-custom-deck-result] a[download]").waitFor({ timeout: 60_000 });
    expect(await second.page.locator("[data-custom-deck-status]").textContent()).toMatch(/ready/);
    await second.context.close();
  });
});

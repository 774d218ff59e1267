// The site in a real browser: it renders, stays on its own origin, and its interactive parts work:
// draws, favourites, theme and discreet toggles, search, keyboard, and offline after one visit
// (filters, typo search, managing favourites, PDFs offline: browser-filters, browser-search-favourites, browser-offline).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { loadContent, type Content } from "../scripts/content/index.js";
import { browserAvailable, launchBrowser } from "./support/browser.js";
import { serveStatic, type StaticServer } from "./support/static-server.js";

const suite = browserAvailable() ? describe : describe.skip;

suite("the site in a browser", () => {
  let browser: Browser;
  let server: StaticServer;
  let content: Content;
  const offOrigin: string[] = [];
  const problems: string[] = [];

  /** A fresh context that blocks and records every request to another origin, and every console error. */
  async function newContext(options: Parameters<Browser["newContext"]>[0] = {}): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      offOrigin.push(url);
      return route.abort();
    });
    context.on("page", (page) => watch(page));
    return context;
  }
  function watch(page: Page) {
    page.on("console", (message) => { if (message.type() === "error") problems.push(`${page.url()}: ${message.text()}`); });
    page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  }

  beforeAll(async () => {
    content = await loadContent({ root: process.cwd() });
    server = await serveStatic(inject("distDir"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("renders every kind of page with no request off the origin and no console error", async () => {
    const context = await newContext();
    const page = await context.newPage();
    const urls = ["/", "/guide/", content.chapters[0].url, "/cards/", "/cards/?kind=ritual&touch=none", content.cards[0].url, "/draw/", "/draw/1/", "/draw/three/1/", "/favourites/", "/downloads/", "/how-to-print/", "/sources/", "/about/", "/search/"];
    for (const url of urls) {
      const response = await page.goto(server.origin + url);
      expect(response?.status(), url).toBe(200);
      await expect(page.locator("h1").first().isVisible(), url).resolves.toBe(true);
    }
    const missing = await page.goto(server.origin + "/no-such-page/");
    expect(missing?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("Nothing here");
    await context.close();
    expect(offOrigin).toEqual([]);
    expect(problems.filter((p) => !p.includes("404 (Not Found)"))).toEqual([]);
  });

  it("draws a card, passes in one tap, and deals three to pick from", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(server.origin + "/draw/");
    await page.getByRole("link", { name: "Draw one card" }).click();
    await page.waitForURL(/\/draw\/\d+\/$/);
    const first = await page.locator("h1.title").textContent();
    const firstUrl = page.url();
    await page.getByRole("link", { name: "Pass", exact: true }).click();
    await page.waitForURL((url) => url.href !== firstUrl && /\/draw\/\d+\/$/.test(url.pathname));
    expect(await page.locator("h1.title").textContent()).not.toBe(first);
    await page.getByRole("link", { name: "Pick one of three" }).click();
    await page.waitForURL(/\/draw\/three\/\?hand=/);
    expect(await page.locator(".tile:visible h2").count()).toBe(3);
    const hand = await page.locator(".tile h2").allTextContents();
    await page.getByRole("link", { name: "Pass, deal three more" }).click();
    await page.waitForFunction((before) => document.querySelectorAll(".tile h2").length === 3 && [...document.querySelectorAll(".tile h2")].map((h) => h.textContent).join() !== before, hand.join());
    await context.close();
  });

  it("keeps favourites on the device, across reloads", async () => {
    const context = await newContext();
    const page = await context.newPage();
    const card = content.cards[2];
    await page.goto(server.origin + card.url);
    const save = page.locator("button[data-fav]");
    await save.click();
    expect(await save.getAttribute("aria-pressed")).toBe("true");
    await page.goto(server.origin + "/favourites/");
    await page.reload();
    expect(await page.locator(`[data-favourites] [data-id="${card.id}"]`).isVisible()).toBe(true);
    expect(await page.locator("[data-favourites] li:visible").count()).toBe(1);
    expect(await page.locator("[data-fav-empty]").isVisible()).toBe(false);
    await context.close();
  });

  it("remembers the night theme and the discreet mode, which neutralises title and icon", async () => {
    const context = await newContext({ colorScheme: "light" });
    const page = await context.newPage();
    await page.goto(server.origin + content.chapters[0].url);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.locator('[data-toggle="theme"]').click();
    expect(await page.locator("html").getAttribute("data-theme")).toBe("dark");
    expect(await background()).not.toBe(light);
    await page.locator('[data-toggle="discreet"]').click();
    expect(await page.title()).toBe("Notes");
    await page.goto(server.origin + "/cards/");
    expect(await page.title()).toBe("Notes");
    expect(await page.locator('link[rel="icon"]').getAttribute("href")).toContain("icon-discreet.svg");
    expect(await background()).not.toBe(light);
    await page.locator('[data-toggle="discreet"]').click();
    expect(await page.title()).toBe("The cards · Afterglow");
    await context.close();
  });

  it("searches the guide and cards on the search page", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(server.origin + "/search/");
    const word = content.cards[0].title.split(/\s+/).sort((a, b) => b.length - a.length)[0].replace(/[^\p{L}]/gu, "");
    await page.locator("#q").fill(word);
    await page.locator("[data-search-results] li").first().waitFor();
    expect(await page.locator("[data-search-results] a").count()).toBeGreaterThan(0);
    await context.close();
  });

  it("reaches the skip link first by keyboard, with a visible focus ring", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(server.origin + "/");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return { text: el.textContent, outline: style.outlineStyle, width: style.outlineWidth, top: box.top };
    });
    expect(focused.text).toBe("Skip to content");
    expect(focused.outline).not.toBe("none");
    expect(parseFloat(focused.width)).toBeGreaterThanOrEqual(2);
    expect(focused.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await context.close();
  });

  it("works under a path prefix: assets load, links stay inside it, the worker's scope is the prefix", async () => {
    const prefix = inject("pathPrefix");
    const prefixedServer = await serveStatic(inject("prefixedDistDir"), { prefix });
    try {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const failed: string[] = [];
      context.on("response", (response) => { if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`); });
      const page = await context.newPage();
      await page.goto(prefixedServer.url);
      await page.getByRole("link", { name: "Cards", exact: true }).click();
      await page.waitForURL(`${prefixedServer.url}cards/`);
      await page.locator("[data-card] h2 a").first().click();
      await page.waitForURL(new RegExp(`${prefix}cards/[a-z0-9-]+/$`));
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(prefixedServer.url);
      const fontsLoaded = await page.evaluate(async () => { await document.fonts.ready; return [...document.fonts].filter((f) => f.status === "loaded").length; });
      expect(fontsLoaded).toBeGreaterThan(0);
      expect(failed).toEqual([]);
      await context.close();
    } finally {
      await prefixedServer.close();
    }
  });

  it("works offline after one visit: pages, cards and search come from the service worker", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(server.origin + "/");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    expect(await page.locator("h1").first().innerText()).toBe("Afterglow");
    const unvisited = content.cards[content.cards.length - 1];
    await page.goto(server.origin + unvisited.url);
    expect(await page.locator("h1.title").innerText()).toBe(unvisited.title);
    await page.goto(server.origin + content.chapters[content.chapters.length - 1].url);
    expect(await page.locator("h1").first().innerText()).toBe(content.chapters[content.chapters.length - 1].title);
    await page.goto(server.origin + "/search/");
    await page.locator("#q").fill(content.chapters[0].title.split(" ").sort((a, b) => b.length - a.length)[0]);
    await page.locator("[data-search-results] li").first().waitFor();
    await context.close();
  });
});

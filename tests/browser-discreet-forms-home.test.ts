// Issue 12, items 5, 6 and 7. Discreet mode neutralises the brand, the tab title and the titles that
// could reveal the topic (lists, headings, Previous/Next, search results); night mode chosen by hand
// recolours the browser bar; the corrected-file form reads "1,5" as 1.5 and takes a made file away
// when a number changes; the home page offers the reader's likely paper first, both without JavaScript.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { loadContent, type Content } from "../scripts/content/index.js";
import { browserAvailable, launchBrowser } from "./support/browser.js";
import { openSite, seen } from "./support/site-context.js";
import { serveStatic, type StaticServer } from "./support/static-server.js";

const suite = browserAvailable() ? describe : describe.skip;

suite("discreet mode, night colour, forms and the home download", () => {
  let browser: Browser;
  let server: StaticServer;
  let content: Content;

  beforeAll(async () => {
    content = await loadContent({ root: process.cwd() });
    server = await serveStatic(inject("distDir"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("discreet mode shows a neutral brand, tab title and stand-ins for revealing titles, from the first paint", async () => {
    const revealing = content.chapters.findIndex((chapter) => /\bsex\b/i.test(chapter.title));
    const chapter = content.chapters[revealing];
    const standIn = `Chapter ${revealing + 1}`;
    const { context, page, problems } = await openSite(browser, server.origin);
    await page.goto(server.origin + "/");
    await page.locator('[data-toggle="discreet"]').click();
    expect(await seen(page, ".brand")).toBe("Notes");
    expect(await seen(page, "h1")).toBe("Notes");
    expect(await page.title()).toBe("Notes");
    expect(await seen(page, "main")).not.toContain(chapter.title);
    expect(await seen(page, "main")).toContain(standIn);
    // The footer's link to the plan names the subject too.
    expect(await seen(page, "footer")).not.toMatch(/aftercare/i);
    expect(await seen(page, "footer")).toContain("Our plan");

    await page.goto(server.origin + chapter.url);
    // Already neutral when the page first paints (the head script), not only after the page's modules.
    expect(await page.evaluate(() => document.title)).toBe("Notes");
    expect(await seen(page, "h1")).toBe(standIn);
    await page.goto(server.origin + "/guide/");
    const guide = await seen(page, "main");
    expect(guide).toContain(standIn);
    expect(guide).not.toContain(chapter.title);
    expect(guide).not.toContain(chapter.summary);
    expect(guide).toContain(content.chapters.find((c) => !/\b(sex|aftercare)\b/i.test(c.title))!.title);

    await page.goto(server.origin + "/search/?q=sadness");
    await page.locator("[data-search-results] li").first().waitFor();
    const results = await page.locator("[data-search-results] a").allTextContents();
    expect(results).toContain(standIn);
    expect(results).not.toContain(chapter.title);

    await page.locator('[data-toggle="discreet"]').click();
    expect(await seen(page, ".brand")).toBe("Afterglow");
    expect(await seen(page, "footer")).toContain("Our aftercare plan");
    expect(await page.title()).toBe("Search · Afterglow");
    await context.close();
    expect(problems).toEqual([]);
  });

  it("outside discreet mode, Previous and Next show a revealing title, never its stand-in", async () => {
    const revealing = content.chapters.findIndex((chapter) => /\bsex\b/i.test(chapter.title));
    const neighbour = content.chapters[revealing === 0 ? 1 : revealing - 1];
    const { context, page, problems } = await openSite(browser, server.origin);
    await page.goto(server.origin + neighbour.url);
    const pager = await seen(page, ".pager");
    expect(pager).toContain(content.chapters[revealing].title);
    expect(pager).not.toContain(`Chapter ${revealing + 1}`);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("discreet mode in Spanish hides the titles that name the subject in Spanish words", async () => {
    const [spanish] = content.translations;
    const chapter = spanish.chapters.find((c) => c.slug === "what-is-aftercare")!;
    const card = spanish.cards.find((c) => c.id === "a-show-in-bed")!;
    const { context, page, problems } = await openSite(browser, server.origin);
    await page.goto(`${server.origin}/es/`);
    await page.locator('[data-toggle="discreet"]').click();
    expect(await seen(page, ".brand")).toBe("Notas");
    expect(await seen(page, "main")).not.toContain(chapter.title);
    await page.goto(`${server.origin}/es${chapter.url}`);
    expect(await seen(page, "h1")).toBe(`Capítulo ${spanish.chapters.indexOf(chapter) + 1}`);
    await page.goto(`${server.origin}/es${card.url}`);
    expect(await seen(page, "h1")).toBe(`Carta ${card.number}`);
    expect(await seen(page, "main")).not.toContain(card.title);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("night chosen on a light system colours the browser bar too, and remembers it", async () => {
    const colours = (page: Page) => page.locator('meta[name="theme-color"]').evaluateAll((metas) => metas.map((meta) => (meta as HTMLMetaElement).content));
    const { context, page } = await openSite(browser, server.origin, { colorScheme: "light" });
    await page.goto(server.origin + "/");
    const [light, dark] = await colours(page);
    expect(light).not.toBe(dark);
    await page.locator('[data-toggle="theme"]').click();
    expect(await colours(page)).toEqual([dark, dark]);
    await page.goto(server.origin + "/cards/");
    expect(await colours(page)).toEqual([dark, dark]);
    await page.locator('[data-toggle="theme"]').click();
    expect(await colours(page)).toEqual([light, light]);
    await context.close();
  });

  it("the corrected-file form reads 1,5 as 1.5, and a made file goes the moment a number changes", async () => {
    const { context, page, problems } = await openSite(browser, server.origin, { locale: "en-US" });
    await page.goto(server.origin + "/how-to-print/");
    const x = page.getByLabel("X, from the top scale");
    await x.fill("1,5");
    await page.getByRole("button", { name: "Make my corrected file" }).click();
    const made = page.locator("[data-custom-deck-result] a[download]");
    await made.waitFor({ timeout: 60_000 });
    expect(await made.getAttribute("download")).toMatch(/-backs-1\.5-0\.pdf$/);
    await x.fill("2");
    expect(await made.count()).toBe(0);
    expect(await page.locator("[data-custom-deck-status]").textContent()).toBe("The numbers changed: make the file again to use them.");
    // The minus a phone's decimal keypad lacks is one tap away.
    await page.getByRole("button", { name: "Y minus 0.5" }).click();
    expect(await page.getByLabel("Y, from the side scale").inputValue()).toBe("-0.5");
    await x.fill("15");
    await page.getByRole("button", { name: "Make my corrected file" }).click();
    expect(await page.locator("[data-custom-deck-status]").textContent()).toMatch(/^X, from the top scale: enter a number from −\d+ to \d+\.$/);
    expect(await x.getAttribute("aria-invalid")).toBe("true");
    await context.close();
    expect(problems).toEqual([]);
  });

  it.each([
    ["en-GB", "A4", "US Letter"],
    ["de-DE", "A4", "US Letter"],
    ["en-US", "US Letter", "A4"],
    ["fr-CA", "US Letter", "A4"],
  ])("the home page in %s offers the deck on %s first, the other a tap away", async (locale, first, other) => {
    const { context, page } = await openSite(browser, server.origin, { locale });
    await page.goto(server.origin + "/");
    const primary = page.getByRole("link", { name: "Download the deck", exact: true });
    expect(await primary.getAttribute("class")).toBe("button");
    expect(await page.locator("[data-paper-choice]").textContent()).toContain(`${first},`);
    const paper = first === "A4" ? "a4" : "letter";
    expect(await primary.getAttribute("data-paper")).toBe(paper);
    expect(await page.getByRole("link", { name: `${other} instead` }).isVisible()).toBe(true);
    await context.close();
  });

  it("the home page without JavaScript shows both papers", async () => {
    const { context, page } = await openSite(browser, server.origin, { javaScriptEnabled: false, locale: "en-GB" });
    await page.goto(server.origin + "/");
    expect(await page.locator("[data-paper-choice] a[data-paper]:visible").evaluateAll((links) => links.map((a) => a.getAttribute("data-paper")))).toEqual(["letter", "a4"]);
    expect((await seen(page, "[data-paper-choice]")).replace(/\s+/g, " ")).toMatch(/^Download the deck: US Letter deck \d+ KB A4 deck \d+ KB$/);
    await context.close();
  });
});

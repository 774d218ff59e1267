// Issue 12, item 1: filters that stay. The choice lives in the address, survives opening a card and
// Back, and reload; a card opened from it walks the filtered set; on a phone the count and "Show N
// cards" stay in view; nothing matching offers a reset. Without JavaScript the choices still combine.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { loadContent, type Card, type Content } from "../scripts/content/index.js";
import { browserAvailable, launchBrowser } from "./support/browser.js";
import { openSite, seen } from "./support/site-context.js";
import { serveStatic, type StaticServer } from "./support/static-server.js";

const suite = browserAvailable() ? describe : describe.skip;

suite("card filters that stay", () => {
  let browser: Browser;
  let server: StaticServer;
  let content: Content;
  let rituals: Card[];
  let ritualsNoTouch: Card[];

  beforeAll(async () => {
    content = await loadContent({ root: process.cwd() });
    rituals = content.cards.filter((card) => card.kind === "ritual");
    ritualsNoTouch = rituals.filter((card) => card.touch === "none");
    server = await serveStatic(inject("distDir"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const visibleTitles = (page: Page) => page.locator("[data-card]:visible h2").evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText.trim()));
  const choose = (page: Page, facet: string, value: string) => page.locator(`label[for="f-${facet}-${value}"]`).click();
  /** Whether an element is inside the window (a phone's screen) right now. */
  const inView = (page: Page, selector: string) =>
    page.locator(selector).evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    });

  it("keeps the choice in the address, through a card and Back, and through reload", async () => {
    const { context, page, problems, offOrigin } = await openSite(browser, server.origin);
    await page.goto(server.origin + "/cards/");
    expect(await page.locator("[data-filter-panel]").getAttribute("open")).toBeNull();
    await page.locator(".filters summary").click();
    await choose(page, "kind", "ritual");
    await choose(page, "touch", "none");
    expect(new URL(page.url()).search).toBe("?kind=ritual&touch=none");
    expect(await visibleTitles(page)).toEqual(ritualsNoTouch.map((card) => card.title));
    expect(await page.locator("[data-count]").textContent()).toBe(`${ritualsNoTouch.length} cards`);

    // On a phone the panel fills the screen: the count and "Show N cards" stay in view while choosing.
    expect(await inView(page, "[data-show-cards]")).toBe(true);
    expect(await page.locator("[data-show-cards]").textContent()).toBe(`Show ${ritualsNoTouch.length} cards`);
    await page.locator("[data-show-cards]").click();
    expect(await page.locator("[data-filter-panel]").getAttribute("open")).toBeNull();
    expect(await seen(page, ".filters summary")).toContain("Rituals & care, No touch");

    await page.locator("[data-card]:visible h2 a").nth(1).click();
    await page.waitForURL(`**${ritualsNoTouch[1].url}?kind=ritual&touch=none`);
    await page.goBack();
    await page.waitForURL("**/cards/?kind=ritual&touch=none");
    expect(await visibleTitles(page)).toEqual(ritualsNoTouch.map((card) => card.title));
    expect(await page.locator("#f-kind-ritual").isChecked()).toBe(true);

    await page.reload();
    expect(await visibleTitles(page)).toEqual(ritualsNoTouch.map((card) => card.title));
    expect(await page.locator("#f-touch-none").isChecked()).toBe(true);
    expect(await page.locator("[data-count]").textContent()).toBe(`${ritualsNoTouch.length} cards`);
    await context.close();
    expect(offOrigin).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("walks the filtered set with Previous and Next on a card opened from it, and back to the list", async () => {
    const { context, page, problems } = await openSite(browser, server.origin);
    const set = ritualsNoTouch;
    // A card whose next in the set is not its next in the deck, so the filtered walk really differs.
    const i = set.findIndex((card, k) => k > 0 && set[k + 1] && set[k + 1].number !== card.number + 1);
    expect(i).toBeGreaterThan(0);
    await page.goto(server.origin + "/cards/?kind=ritual&touch=none");
    await page.locator(`[data-card] h2 a[href^="${set[i].url}"]`).click();
    const next = page.locator(".pager a[rel=next]");
    await expect.poll(() => next.getAttribute("href")).toBe(`${set[i + 1].url}?kind=ritual&touch=none`);
    expect(await seen(page, ".pager a[rel=prev]")).toContain(set[i - 1].title);
    await next.click();
    await page.waitForURL(`**${set[i + 1].url}?kind=ritual&touch=none`);
    await expect.poll(() => page.locator(".pager a[rel=prev]").getAttribute("href")).toBe(`${set[i].url}?kind=ritual&touch=none`);
    const last = set[set.length - 1];
    await page.goto(`${server.origin}${last.url}?kind=ritual&touch=none`);
    await expect.poll(() => page.locator(".pager a[rel=prev]").getAttribute("href")).toBe(`${set[set.length - 2].url}?kind=ritual&touch=none`);
    expect(await page.locator(".pager a[rel=next]").count()).toBe(0);
    await page.locator("[data-all-cards]").click();
    await page.waitForURL("**/cards/?kind=ritual&touch=none");
    expect(await visibleTitles(page)).toEqual(set.map((card) => card.title));
    // Opened without a filter, a card walks the whole deck.
    await page.goto(server.origin + set[i].url);
    expect(await page.locator(".pager a[rel=next]").getAttribute("href")).toBe(content.cards[set[i].number].url);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("says plainly when nothing matches, and resets in one tap", async () => {
    const empty = (["start", "ritual", "conversation", "check-in", "affirmation"] as const)
      .flatMap((kind) => (["none", "light", "close"] as const).map((touch) => ({ kind, touch })))
      .find(({ kind, touch }) => content.cards.some((c) => c.kind === kind) && content.cards.some((c) => c.touch === touch) && !content.cards.some((c) => c.kind === kind && c.touch === touch))!;
    const { context, page, problems } = await openSite(browser, server.origin);
    await page.goto(`${server.origin}/cards/?kind=${empty.kind}&touch=${empty.touch}`);
    expect(await page.locator("[data-card]:visible").count()).toBe(0);
    expect(await page.locator("[data-count]").textContent()).toBe("0 cards");
    const none = page.locator("[data-none]");
    expect(await none.textContent()).toContain("No card has all of these.");
    await none.getByRole("link", { name: "Reset filters" }).click();
    await expect.poll(() => page.locator("[data-card]:visible").count()).toBe(content.cards.length);
    expect(new URL(page.url()).search).toBe("");
    expect(await none.isVisible()).toBe(false);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("without JavaScript: the panel starts closed with All chosen, and choices combine", async () => {
    const { context, page } = await openSite(browser, server.origin, { javaScriptEnabled: false });
    await page.goto(server.origin + "/cards/");
    expect(await page.locator("[data-filter-panel]").getAttribute("open")).toBeNull();
    expect(await page.locator("[data-card] h2 a").first().isVisible()).toBe(true);
    await page.locator(".filters summary").click();
    for (const facet of ["kind", "category", "duration", "energy", "touch"]) expect(await page.locator(`#f-${facet}`).isChecked(), facet).toBe(true);
    await choose(page, "kind", "ritual");
    expect(await page.locator("[data-card]:visible").count()).toBe(rituals.length);
    await choose(page, "touch", "none");
    expect(await visibleTitles(page)).toEqual(ritualsNoTouch.map((card) => card.title));
    // The count that JavaScript would update is not left saying every card.
    expect(await page.locator("[data-count]").isVisible()).toBe(false);
    await page.locator("[data-show-cards]").click();
    await expect.poll(() => inView(page, `[data-card]:visible >> nth=0`)).toBe(true);
    await page.getByRole("link", { name: "Reset filters" }).first().click();
    await page.waitForURL("**/cards/");
    expect(await page.locator("[data-card]:visible").count()).toBe(content.cards.length);
    await context.close();
  });
});

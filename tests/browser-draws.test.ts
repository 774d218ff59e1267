// Issue 14, draws that stay fresh, in a browser: with the history on this device every card for
// right after comes up once before any comes again, through a reload; draws from favourites or from
// a filter stay inside their set, hands of three too; cards marked "not for us" are left out; with
// no history kept nothing is stored and Pass follows the seeded order. Without JavaScript a draw
// starts at a number the reader thinks of, and Pass walks the whole deck without a repeat.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { loadContent, type Card, type Content } from "../scripts/content/index.js";
import { dealableRightAfter } from "../scripts/site/dealable.js";
import { browserAvailable, launchBrowser } from "./support/browser.js";
import { guard, type Guarded } from "./support/guarded-browser.js";
import { serveStatic, type StaticServer } from "./support/static-server.js";

const suite = browserAvailable() ? describe : describe.skip;
const record = (over: object = {}) => ({ version: 1, favourites: [], hidden: [], ownCards: [], notes: {}, planDraft: null, plans: [], draws: { keepHistory: true, seen: [] }, maker: { selected: [], copies: {} }, preferences: {}, ...over });

suite("draws that stay fresh", () => {
  let browser: Browser;
  let server: StaticServer;
  let content: Content;
  let guarded: Guarded;
  let dealable: Card[];

  beforeAll(async () => {
    content = await loadContent({ root: process.cwd() });
    dealable = content.cards.filter(dealableRightAfter);
    server = await serveStatic(inject("distDir"));
    browser = await launchBrowser();
    guarded = guard(browser, server.origin);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    expect(guarded.offOrigin).toEqual([]);
    expect(guarded.problems).toEqual([]);
  });

  const drawnId = (page: Page) => page.locator("[data-draw-pass]").getAttribute("data-card-id");
  /** Taps Pass and waits for the next draw page. */
  async function pass(page: Page): Promise<string> {
    const before = page.url();
    await page.locator("[data-draw-pass]").click();
    await page.waitForURL((url) => url.href !== before && /\/draw\/\d+\//.test(url.pathname));
    return (await drawnId(page))!;
  }
  const store = (page: Page, data: object) => page.evaluate((value) => localStorage.setItem("afterglow", JSON.stringify(value)), data);
  const handIds = (page: Page) => page.locator("[data-hand] li:not([hidden]) h2 a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname.split("/").at(-2)!));

  it("shows every card for right after once before any comes again, through a reload", async () => {
    const context = await guarded.newContext();
    const page = await context.newPage();
    await page.goto(server.origin + "/draw/");
    await expect.poll(() => page.locator("[data-history-status]").textContent()).toMatch(/drawn yet/);
    await page.getByRole("link", { name: "Draw one card" }).click();
    await page.waitForURL(/\/draw\/\d+\/$/);
    const shown = [(await drawnId(page))!];
    while (shown.length < dealable.length) {
      if (shown.length === 20) await page.reload();
      shown.push(await pass(page));
    }
    expect(new Set(shown).size).toBe(dealable.length);
    expect(new Set(shown)).toEqual(new Set(dealable.map((card) => card.id)));
    // The deck is through: a new round, said so, and not the card just shown.
    const next = await pass(page);
    expect(next).not.toBe(shown.at(-1));
    await expect.poll(() => page.locator("[data-draw-source]").textContent()).toBe("Every card here has come up once, so a new round begins.");
    await context.close();
  }, 120_000);

  it("draws from favourites only, one card or three, and says when there is none", async () => {
    const context = await guarded.newContext();
    const page = await context.newPage();
    await page.goto(server.origin + "/draw/");
    const favourites = [...dealable.slice(0, 5), content.cards.find((card) => !dealableRightAfter(card))!].map((card, i) => ({ id: card.id, savedAt: i + 1 }));
    const inside = new Set(favourites.slice(0, 5).map((f) => f.id));
    await store(page, record({ favourites }));
    await page.goto(server.origin + "/draw/?from=favourites");
    await expect.poll(() => page.locator('input[name="from"][value="favourites"]').isChecked()).toBe(true);
    await expect.poll(() => page.locator('[data-pool-count="favourites"]').textContent()).toBe("(5 cards)");
    await page.getByRole("link", { name: "Draw one card" }).click();
    await page.waitForURL(/\/draw\/\d+\/\?from=favourites$/);
    const shown = [(await drawnId(page))!];
    for (let i = 0; i < 9; i++) shown.push(await pass(page));
    expect(shown.every((id) => inside.has(id)), shown.join()).toBe(true);
    expect(new Set(shown.slice(0, 5)).size).toBe(5);
    await page.locator("[data-draw-three]").click();
    await page.waitForURL(/\/draw\/three\/\?/);
    for (let i = 0; i < 4; i++) {
      await expect.poll(() => handIds(page)).toHaveLength(3); // dealt by the page's script once it has loaded the deck
      const hand = await handIds(page);
      expect(hand.every((id) => inside.has(id)), hand.join()).toBe(true);
      await page.getByRole("link", { name: "Pass, deal three more" }).click();
    }
    await store(page, record());
    await page.goto(server.origin + "/draw/?from=favourites");
    await expect.poll(() => page.locator('[data-pool-count="favourites"]').textContent()).toBe("(0 cards)");
    await page.getByRole("link", { name: "Draw one card" }).click();
    await expect.poll(() => page.locator("[data-draw-status]").textContent()).toContain("There is no card to draw here");
    await context.close();
  });

  it("draws from the card browser's filter only, and leaves out cards marked not for us", async () => {
    const context = await guarded.newContext();
    const page = await context.newPage();
    const set = dealable.filter((card) => card.kind === "ritual" && card.touch === "none");
    expect(set.length).toBeGreaterThan(2);
    await page.goto(server.origin + "/cards/?kind=ritual&touch=none");
    await page.locator("[data-draw-filtered] a").click();
    await page.waitForURL("**/draw/?kind=ritual&touch=none");
    await expect.poll(() => page.locator('input[name="from"][value="filter"]').isChecked()).toBe(true);
    await expect.poll(() => page.locator("[data-filter-words]").textContent()).toBe("Rituals & care, No touch");
    await page.getByRole("link", { name: "Draw one card" }).click();
    await page.waitForURL(/\/draw\/\d+\/\?kind=ritual&touch=none$/);
    const first = (await drawnId(page))!;
    // Marked "not for us" here, it never comes again.
    await page.locator("[data-not-for-us]").click();
    await expect.poll(() => page.locator("[data-not-for-us]").getAttribute("aria-pressed")).toBe("true");
    const shown: string[] = [];
    for (let i = 0; i < set.length * 2; i++) shown.push(await pass(page));
    expect(shown).not.toContain(first);
    for (const id of shown) expect(set.map((card) => card.id)).toContain(id);
    expect(new Set(shown).size).toBe(set.length - 1);
    await page.goto(server.origin + "/draw/three/?kind=ritual&touch=none");
    // The card marked "not for us" is left out of hands too.
    await expect.poll(async () => (await handIds(page)).length).toBe(Math.min(3, set.length - 1));
    const hand = await handIds(page);
    expect(hand).not.toContain(first);
    for (const id of hand) expect(set.map((card) => card.id)).toContain(id);
    await context.close();
  });

  it("keeps no history when asked, and still does not repeat while passing through the set", async () => {
    const context = await guarded.newContext();
    const page = await context.newPage();
    await page.goto(server.origin + "/draw/");
    await expect.poll(() => page.locator("[data-history-status]").textContent()).toMatch(/drawn yet/);
    await page.getByRole("checkbox", { name: /Remember what we have drawn/ }).uncheck();
    await page.getByRole("link", { name: "Draw one card" }).click();
    await page.waitForURL(/\/draw\/\d+\/$/);
    const shown = [(await drawnId(page))!];
    for (let i = 0; i < 15; i++) shown.push(await pass(page));
    expect(new Set(shown).size).toBe(16);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("afterglow")!).draws);
    expect(stored).toMatchObject({ keepHistory: false, seen: [] });
    await context.close();
  });

  it("starts over when asked", async () => {
    const context = await guarded.newContext();
    const page = await context.newPage();
    await page.goto(server.origin + "/draw/");
    await store(page, record({ draws: { keepHistory: true, seen: dealable.slice(0, 4).map((card) => card.id) } }));
    await page.reload();
    await expect.poll(() => page.locator("[data-history-status]").textContent()).toBe(`4 of these ${dealable.length} cards drawn so far; the rest come first.`);
    await page.getByRole("button", { name: "Start over" }).click();
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem("afterglow")!).draws.seen)).toEqual([]);
    await context.close();
  });

  it("in Spanish, stays in Spanish: the filter and history in its words, hands of three and draws on its own pages", async () => {
    const spanish = content.translations.find((translation) => translation.lang === "es")!;
    const say = (key: string) => spanish.strings[key];
    const context = await guarded.newContext();
    const page = await context.newPage();
    await page.goto(server.origin + "/es/draw/?kind=ritual&touch=none");
    await expect.poll(() => page.locator("[data-filter-words]").textContent()).toBe(`${say("vocab.kindPlural.ritual")}, ${say("vocab.touch.none")}`);
    const count = dealable.filter((card) => card.kind === "ritual" && card.touch === "none").length;
    await expect.poll(() => page.locator("[data-history-status]").textContent()).toBe(say("draw.js.seenNone").replace("{cards}", say("js.cardMany").replace("{count}", String(count))));
    await page.getByRole("link", { name: say("draw.pickThree") }).click();
    await page.waitForURL(/\/es\/draw\/three\/\?.*hand=/);
    const tile = page.locator("[data-hand] li").first();
    await expect.poll(async () => (await tile.locator(".kind").textContent())?.trim()).toBe(say("vocab.kind.ritual"));
    expect(await tile.locator(".facts").innerText()).toContain(say("vocab.touch.none"));
    expect(new URL((await tile.locator("h2 a").getAttribute("href"))!, page.url()).pathname).toMatch(/^\/es\/cards\//);
    await page.getByRole("link", { name: say("draw.justOne") }).click();
    await page.waitForURL(/\/es\/draw\/\d+\/\?kind=ritual&touch=none$/);
    await expect.poll(() => page.locator("[data-draw-source]").textContent()).toBe(say("draw.js.fromFilter"));
    await context.close();
  });

  it("without JavaScript, starts where the reader's number says, and Pass visits every card once", async () => {
    const context = await guarded.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.origin + "/draw/");
    expect(await page.getByRole("link", { name: "Draw one card" }).isVisible()).toBe(false);
    const numbers = page.locator(".picks a");
    expect(await numbers.count()).toBe(9);
    const starts = new Set<string>();
    for (let i = 0; i < 9; i++) {
      await page.goto(server.origin + "/draw/");
      await page.locator(".picks a").nth(i).click();
      starts.add(await page.locator("h1.title").innerText());
    }
    expect(starts.size).toBe(9);
    const titles = [await page.locator("h1.title").innerText()];
    for (let i = 1; i < dealable.length; i++) {
      await page.getByRole("link", { name: "Pass", exact: true }).click();
      titles.push(await page.locator("h1.title").innerText());
    }
    expect(new Set(titles).size).toBe(dealable.length);
    // Three to pick from: numbers again, each a different hand.
    await page.goto(server.origin + "/draw/three/");
    await page.locator(".picks a").nth(4).click();
    await page.waitForURL(/\/draw\/three\/\d+\/$/);
    expect(await page.locator("[data-card]").count()).toBe(3);
    await context.close();
  }, 120_000);
});

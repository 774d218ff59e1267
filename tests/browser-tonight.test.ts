// Issue 14, Tonight in a browser, with JavaScript and without: the three questions are links that
// lead to a run; a run opens with a check-in and closes with kind words, never shows a card twice
// nor a start-here card, and Pass stays within the kind; without JavaScript every one of the 18 runs
// walks on its links alone. The pacer breathes (a stepped count under reduced motion), the screen's
// wake lock is asked for only once the reader turns it on, sharing falls back to copying the link,
// cards are saved from a run, and the run puts cards seen on other nights last.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { loadContent, type Card, type Content } from "../scripts/content/index.js";
import { tonightRunUrl } from "../scripts/content/routes.js";
import { allChoices } from "../scripts/site/tonight-questions.js";
import { browserAvailable, launchBrowser } from "./support/browser.js";
import { guard, type Guarded } from "./support/guarded-browser.js";
import { serveStatic, type StaticServer } from "./support/static-server.js";

const suite = browserAvailable() ? describe : describe.skip;
const record = (over: object = {}) => ({ version: 1, favourites: [], hidden: [], ownCards: [], notes: {}, planDraft: null, plans: [], draws: { keepHistory: true, seen: [] }, maker: { selected: [], copies: {} }, preferences: {}, ...over });

suite("Tonight", () => {
  let browser: Browser;
  let server: StaticServer;
  let content: Content;
  let guarded: Guarded;
  let byId: Map<string, Card>;

  beforeAll(async () => {
    content = await loadContent({ root: process.cwd() });
    byId = new Map(content.cards.map((card) => [card.id, card]));
    server = await serveStatic(inject("distDir"));
    browser = await launchBrowser();
    guarded = guard(browser, server.origin);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    expect(guarded.offOrigin).toEqual([]);
  });

  /** The screen on show: its card (if it is one) and its fragment. */
  const current = (page: Page) =>
    page.evaluate(() => {
      const screen = document.querySelector<HTMLElement>("section:target");
      return { hash: location.hash, card: screen?.dataset.cardId, shown: screen ? getComputedStyle(screen).display !== "none" : false };
    });
  const follow = async (page: Page, selector: string) => {
    const before = page.url();
    await page.locator(`section:target ${selector}`).click();
    await page.waitForURL((url) => url.href !== before);
  };

  /** Walks a run from Begin to its end, passing `passes` times on each step; returns the cards seen by step. */
  async function walk(page: Page, passes: number): Promise<string[][]> {
    await page.locator("[data-begin]").click();
    const steps: string[][] = [];
    for (;;) {
      const here = await current(page);
      expect(here.shown, here.hash).toBe(true);
      if (here.hash === "#done") return steps;
      const seenHere = here.card ? [here.card] : [];
      for (let pass = 0; pass < passes && (await page.locator("section:target [data-pass]").count()); pass++) {
        await follow(page, "[data-pass]");
        const next = await current(page);
        expect(next.shown).toBe(true);
        if (next.card) seenHere.push(next.card);
      }
      steps.push(seenHere);
      await follow(page, "[data-next]");
    }
  }

  function expectRunShape(steps: string[][]): void {
    const kinds = steps.map((ids) => new Set(ids.map((id) => byId.get(id)!.kind)));
    for (const set of kinds) expect(set.size, "Pass swaps within the kind").toBe(1);
    expect([...kinds[0]]).toEqual(["check-in"]);
    expect([...kinds.at(-1)!]).toEqual(["affirmation"]);
    const all = steps.flat();
    expect(new Set(all).size, "no card twice").toBe(all.length);
    expect(all.some((id) => byId.get(id)!.kind === "start")).toBe(false);
  }

  it.each([true, false])("answers three questions by links and runs a session (JavaScript %s)", async (javaScriptEnabled) => {
    const context = await guarded.newContext({ javaScriptEnabled, colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(server.origin + "/");
    await page.locator("main a", { hasText: "Tonight" }).first().click();
    await page.waitForURL("**/tonight/");
    for (const answer of ["Longer", "Some", "Light touch"]) {
      await page.locator("a.answer:visible", { hasText: answer }).click();
      await page.waitForTimeout(50);
    }
    await page.waitForURL(`**${tonightRunUrl({ time: "longer", energy: "some", touch: "light" })}`);
    const steps = await walk(page, 2);
    expect(steps).toHaveLength(4);
    expectRunShape(steps);
    expect(await page.locator("section:target h2").textContent()).toBe("That was tonight");
    // "Enough for tonight" ends kindly from anywhere.
    await page.goto(server.origin + tonightRunUrl({ time: "quick", energy: "low", touch: "none" }) + "#s2-1");
    await follow(page, ".enough");
    expect(await page.locator("section:target h2").textContent()).toBe("Enough for tonight");
    await context.close();
    expect(guarded.problems).toEqual([]);
  });

  it("without JavaScript, skipping every question leads to the gentlest run", async () => {
    const context = await guarded.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.origin + "/tonight/");
    for (let i = 0; i < 3; i++) {
      await page.locator(".screen:visible a", { hasText: "Skip this question" }).click();
      await page.waitForTimeout(50);
    }
    await page.waitForURL(`**${tonightRunUrl({ time: "quick", energy: "low", touch: "none" })}`);
    await context.close();
  });

  it("without JavaScript, every one of the 18 runs walks on its Pass links to the end of each kind, never repeating", async () => {
    const context = await guarded.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const choice of allChoices()) {
      await page.goto(server.origin + tonightRunUrl(choice));
      const steps = await walk(page, 99);
      expectRunShape(steps);
      expect(steps.length).toBeGreaterThanOrEqual(3);
    }
    await context.close();
  }, 120_000);

  it("with JavaScript, puts cards seen on earlier nights last, leaves out cards marked not for us, and remembers what it shows", async () => {
    const url = tonightRunUrl({ time: "quick", energy: "low", touch: "none" });
    const context = await guarded.newContext();
    const page = await context.newPage();
    await page.goto(server.origin + url);
    const order = await page.locator("[data-step='1'] [data-card-id]").evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.cardId!));
    const rituals = await page.locator("[data-step='2'] [data-card-id]").evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.cardId!));
    await page.evaluate((data) => localStorage.setItem("afterglow", JSON.stringify(data)), record({ draws: { keepHistory: true, seen: [order[0]] }, hidden: [rituals[0]] }));
    await page.reload();
    const now = await page.locator("[data-step='1'] [data-card-id]").evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.cardId!));
    expect(now).toEqual([...order.slice(1), order[0]]);
    expect(await page.locator(`[data-card-id="${rituals[0]}"]`).count()).toBe(0);
    await page.locator("[data-begin]").click();
    await follow(page, "[data-next]");
    expect((await current(page)).card).toBe(rituals[1]);
    const seen = await page.evaluate(() => JSON.parse(localStorage.getItem("afterglow")!).draws.seen as string[]);
    expect(seen.slice(-2)).toEqual([order[1], rituals[1]]);
    await context.close();
  });

  it("saves a card from a run, and shares its link by copying where Web Share is missing", async () => {
    const context = await guarded.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto(server.origin + tonightRunUrl({ time: "quick", energy: "some", touch: "close" }));
    await page.locator("[data-begin]").click();
    const { card } = await current(page);
    expect(await page.evaluate(() => typeof navigator.share)).toBe("undefined");
    await page.locator("section:target [data-fav]").click();
    await expect.poll(() => page.locator("section:target [data-fav]").getAttribute("aria-pressed")).toBe("true");
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem("afterglow")!).favourites.map((f: { id: string }) => f.id))).toEqual([card]);
    const share = page.locator("section:target [data-share]");
    expect(await share.textContent()).toBe("Copy link");
    await share.click();
    await expect.poll(() => page.locator("section:target [data-action-status]").textContent()).toBe("Link copied. Paste it in a message.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.origin}/cards/${card}/`);
    await context.close();
  });

  it("shares through the system's share sheet where there is one", async () => {
    const context = await guarded.newContext();
    await context.addInitScript(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(navigator, "share", { value: async (data: unknown) => void (window as unknown as { shared: unknown[] }).shared.push(data) });
    });
    const page = await context.newPage();
    const card = content.cards.find((c) => c.kind === "ritual")!;
    await page.goto(server.origin + card.url);
    await expect.poll(() => page.locator("[data-share]").textContent()).toBe("Share");
    await page.locator("[data-share]").click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([{ title: card.title, url: server.origin + card.url }]);
    await context.close();
  });

  it("asks for the screen wake lock only after the reader turns it on, and hides it where there is none", async () => {
    const context = await guarded.newContext();
    await context.addInitScript(() => {
      const requests: string[] = [];
      (window as unknown as { lockRequests: string[] }).lockRequests = requests;
      const sentinel = { released: false, addEventListener() {}, release: async () => void requests.push("release") };
      Object.defineProperty(navigator, "wakeLock", { value: { request: async (type: string) => (requests.push(type), sentinel) } });
    });
    const page = await context.newPage();
    const requests = () => page.evaluate(() => (window as unknown as { lockRequests: string[] }).lockRequests);
    await page.goto(server.origin + tonightRunUrl({ time: "longer", energy: "low", touch: "light" }));
    const toggle = page.locator(".intro [data-wake-lock]");
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    await page.waitForTimeout(300);
    expect(await requests()).toEqual([]);
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    expect(await requests()).toEqual(["screen"]);
    // The run's end lets it go.
    await page.locator("[data-begin]").click();
    await page.goto(page.url().replace(/#.*$/, "#enough"));
    await expect.poll(requests).toEqual(["screen", "release"]);
    await context.close();

    const without = await guarded.newContext();
    await without.addInitScript(() => void delete (Navigator.prototype as unknown as { wakeLock?: unknown }).wakeLock);
    const plain = await without.newPage();
    await plain.goto(server.origin + tonightRunUrl({ time: "longer", energy: "low", touch: "light" }));
    expect(await plain.locator("[data-wake-lock]").first().isVisible()).toBe(false);
    await without.close();
  });

  it.each(["no-preference", "reduce"] as const)("breathes with the pacer (motion: %s): a growing shape, or a stepped count", async (reducedMotion) => {
    const context = await guarded.newContext({ reducedMotion });
    const page = await context.newPage();
    const card = content.cards.find((c) => c.id === "breathe-in-time") ?? content.cards.find((c) => c.category === "quiet")!;
    await page.goto(server.origin + card.url);
    await page.locator(".pacer summary").click();
    const shape = page.locator(".pacer .shape");
    const count = page.locator(".pacer .c-steady");
    if (reducedMotion === "no-preference") {
      expect(await shape.isVisible()).toBe(true);
      expect(await count.isVisible()).toBe(false);
      const size = () => shape.evaluate((el) => el.getBoundingClientRect().width);
      const first = await size();
      await page.waitForTimeout(1500);
      expect(Math.abs((await size()) - first)).toBeGreaterThan(5);
      // A slower pace is a longer breath.
      await page.locator(".pacer label", { hasText: "Slower" }).click();
      expect(await shape.evaluate((el) => el.getAnimations()[0].effect!.getComputedTiming().duration)).toBe(13_000);
    } else {
      expect(await shape.isVisible()).toBe(false);
      expect(await count.isVisible()).toBe(true);
      const line = () => count.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return [...el.querySelectorAll(".strip > span")].find((s) => Math.abs(s.getBoundingClientRect().top - box.top) < 2)?.textContent;
      });
      const first = await line();
      expect(first).toMatch(/^(in|out) \d+$/);
      await page.waitForTimeout(1100);
      expect(await line()).not.toBe(first);
    }
    await context.close();
  });

  it("runs the gentle timer once opened: the ring empties over 20 minutes and the closing words wait for its end", async () => {
    const context = await guarded.newContext();
    const page = await context.newPage();
    const card = content.cards.find((c) => c.kind === "ritual" && c.duration === "longer")!;
    await page.goto(server.origin + card.url);
    await page.locator(".timer summary").click();
    const timing = (selector: string) =>
      page.locator(selector).evaluate((el) => el.getAnimations().map((a) => ({ state: a.playState, ...a.effect!.getComputedTiming() })));
    // A time the browser cannot read drops the whole rule, and nothing would run.
    const [ring] = await timing(".ring");
    expect(ring).toMatchObject({ state: "running", duration: 20 * 60_000 });
    const [done] = await timing(".timer-done");
    expect(done).toMatchObject({ state: "running", delay: 20 * 60_000 });
    expect(await page.locator(".timer-done").isVisible()).toBe(false);
    await context.close();
  });

  it("is dim at night and by default, and light only when the reader chose light", async () => {
    const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await guarded.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(server.origin + "/tonight/");
      expect(await background(page), colorScheme).toBe("rgb(19, 14, 18)");
      await page.evaluate((data) => localStorage.setItem("afterglow", JSON.stringify(data)), record({ preferences: { theme: "light" } }));
      await page.reload();
      expect(await background(page)).toBe("rgb(246, 238, 230)");
      await context.close();
    }
  });
});

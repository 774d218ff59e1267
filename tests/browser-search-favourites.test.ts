// Issue 12, items 2 and 3. Search that forgives: typos still find the right cards and chapters, the
// query lives in ?q= and survives Back, and without JavaScript the form leads to a page that lists
// what it can. Favourites you can manage: remove (and undo), order by when saved or by the deck,
// move the list to another phone as a small file, asking before anything is overwritten.
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { loadContent, type Content } from "../scripts/content/index.js";
import { browserAvailable, launchBrowser } from "./support/browser.js";
import { openSite, seen } from "./support/site-context.js";
import { serveStatic, type StaticServer } from "./support/static-server.js";

const suite = browserAvailable() ? describe : describe.skip;

suite("search that forgives, favourites you can manage", () => {
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

  const resultTitles = (page: Page) => page.locator("[data-search-results] a").allTextContents();
  const titleWith = (word: string) => content.cards.find((card) => new RegExp(`\\b${word}\\b`, "i").test(card.title))!.title;

  it.each([
    ["cudle", "cuddle"],
    ["watr", "water"],
  ])("finds %s as %s, says so, and keeps the query through a result and Back", async (typed, meant) => {
    const { context, page, problems, offOrigin } = await openSite(browser, server.origin);
    await page.goto(server.origin + "/search/");
    await page.locator("#q").fill(typed);
    await page.locator("[data-search-results] li").first().waitFor();
    expect(await resultTitles(page)).toContain(titleWith(meant));
    expect(await page.locator("[data-search-suggestion]").textContent()).toBe(`Nothing has “${typed}”, so these are for ${meant}.`);
    expect(new URL(page.url()).searchParams.get("q")).toBe(typed);
    await page.getByRole("link", { name: titleWith(meant) }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/search/"));
    await page.goBack();
    await page.locator("[data-search-results] li").first().waitFor();
    expect(await page.locator("#q").inputValue()).toBe(typed);
    expect(await resultTitles(page)).toContain(titleWith(meant));
    await context.close();
    expect(offOrigin).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("without JavaScript, the form still submits, to a page that lists the chapters and every card", async () => {
    const { context, page } = await openSite(browser, server.origin, { javaScriptEnabled: false });
    await page.goto(server.origin + "/search/");
    await page.locator("#q").fill("blanket");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL("**/search/?q=blanket");
    const text = await seen(page, "main");
    expect(text).toContain("Search runs on this device and needs JavaScript");
    expect(text).toContain("Find in page");
    for (const chapter of content.chapters) expect(await page.getByRole("link", { name: chapter.title, exact: true }).count(), chapter.title).toBeGreaterThan(0);
    expect(await page.getByRole("link", { name: titleWith("blanket"), exact: true }).isVisible()).toBe(true);
    await context.close();
  });

  /** Saves the cards in this order, one by one, from their pages. */
  async function save(page: Page, ids: string[]) {
    for (const id of ids) {
      await page.goto(`${server.origin}/cards/${id}/`);
      await page.getByRole("button", { name: "Save to favourites" }).click();
      await page.getByRole("button", { name: "Saved to favourites" }).waitFor();
    }
  }
  const listed = (page: Page) => page.locator("[data-favourites] li:visible a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));

  it("lists favourites last saved first or in deck order, and removes one (with Undo) from the list", async () => {
    const [a, b, c] = [content.cards[40], content.cards[3], content.cards[20]];
    const { context, page, problems } = await openSite(browser, server.origin);
    await save(page, [a.id, b.id, c.id]);
    await page.goto(server.origin + "/favourites/");
    expect(await listed(page)).toEqual([c.url, b.url, a.url]);
    await page.getByLabel("Deck order").check();
    expect(await listed(page)).toEqual([b.url, c.url, a.url]);
    await page.reload();
    expect(await listed(page)).toEqual([b.url, c.url, a.url]);

    await page.getByRole("button", { name: `Remove ${c.title}` }).click();
    expect(await listed(page)).toEqual([b.url, a.url]);
    expect(await page.getByRole("status").first().textContent()).toContain(`Removed “${c.title}”.`);
    // Focus moves on to the next card's Remove button, not to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(a.title);
    await page.getByRole("button", { name: "Undo" }).click();
    expect(await listed(page)).toEqual([b.url, c.url, a.url]);
    await page.getByRole("button", { name: `Remove ${a.title}` }).click();
    await page.reload();
    expect(await listed(page)).toEqual([b.url, c.url]);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("moves the list to another phone as a small file, asking before it replaces anything", async () => {
    const phoneA = await openSite(browser, server.origin, { acceptDownloads: true });
    await save(phoneA.page, [content.cards[5].id, content.cards[7].id]);
    await phoneA.page.goto(server.origin + "/favourites/");
    const [download] = await Promise.all([phoneA.page.waitForEvent("download"), phoneA.page.getByRole("button", { name: "Save the list as a file" }).click()]);
    expect(download.suggestedFilename()).toBe("favourites.json");
    const file = join(tmpdir(), `favourites-${process.pid}.json`);
    await download.saveAs(file);
    const saved = JSON.parse(await readFile(file, "utf8"));
    expect(saved.favourites.map((item: { id: string }) => item.id).sort()).toEqual([content.cards[5].id, content.cards[7].id].sort());
    expect(Buffer.byteLength(await readFile(file))).toBeLessThan(1024);
    await phoneA.context.close();

    // The other phone already has a favourite of its own.
    const phoneB = await openSite(browser, server.origin);
    await save(phoneB.page, [content.cards[9].id]);
    await phoneB.page.goto(server.origin + "/favourites/");
    const chooser = phoneB.page.waitForEvent("filechooser");
    await phoneB.page.getByRole("button", { name: "Open a list from a file" }).click();
    await (await chooser).setFiles(file);
    const question = phoneB.page.locator("[data-fav-confirm]");
    await question.waitFor();
    expect(await question.textContent()).toMatch(/has 2 cards; 2 of them are not in your list yet/);
    expect(await listed(phoneB.page)).toEqual([content.cards[9].url]);
    await phoneB.page.getByRole("button", { name: "Add them to my list" }).click();
    expect((await listed(phoneB.page)).sort()).toEqual([content.cards[5].url, content.cards[7].url, content.cards[9].url].sort());

    const replace = phoneB.page.waitForEvent("filechooser");
    await phoneB.page.getByRole("button", { name: "Open a list from a file" }).click();
    await (await replace).setFiles(file);
    await phoneB.page.getByRole("button", { name: "Replace my list" }).click();
    expect((await listed(phoneB.page)).sort()).toEqual([content.cards[5].url, content.cards[7].url].sort());

    // A file that is not a favourites list changes nothing and says why, naming the file.
    const bad = join(tmpdir(), `not-favourites-${process.pid}.json`);
    await writeFile(bad, '{"format":"afterglow-favourites","version":1,"favourites":[{"id":"<b>","savedAt":1}],"__proto__":{}}');
    const refused = phoneB.page.waitForEvent("filechooser");
    await phoneB.page.getByRole("button", { name: "Open a list from a file" }).click();
    await (await refused).setFiles(bad);
    await expect.poll(() => phoneB.page.locator("[data-fav-status]").textContent()).toMatch(/^“not-favourites-\d+\.json” cannot be opened as favourites: .*Your list was not changed\.$/);
    expect((await listed(phoneB.page)).sort()).toEqual([content.cards[5].url, content.cards[7].url].sort());
    await phoneB.context.close();
    expect(phoneB.problems).toEqual([]);
  });

  it("without JavaScript, says one clear thing and nothing contradicting it", async () => {
    const { context, page } = await openSite(browser, server.origin, { javaScriptEnabled: false });
    await page.goto(server.origin + "/favourites/");
    const text = await seen(page, "main");
    expect(text).toContain("Favourites are kept by your browser with JavaScript, which is off here");
    expect(text).not.toContain("No favourites yet");
    expect(text).not.toContain("Save the list");
    await context.close();
  });
});

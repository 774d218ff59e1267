// "Your data on this device" and private notes, in a real browser: everything kept is listed; export,
// forget and import give back the very same bytes; an import asks before it changes anything; hostile
// files are refused with a message and change nothing; unreadable stored data is set aside (whichever
// page found it), what of it still reads is kept, and every set-aside record is listed to download or delete.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import * as v from "valibot";
import { loadContent, type Content } from "../scripts/content/index.js";
import { deviceDataSchema, emptyDeviceData, type DeviceData } from "../templates/js/lib/device-data.js";
import { browserAvailable, launchBrowser } from "./support/browser.js";
import { guard, type Guarded } from "./support/guarded-browser.js";
import { serveStatic, type StaticServer } from "./support/static-server.js";

const suite = browserAvailable() ? describe : describe.skip;
const stored = (page: Page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));

suite("your data on this device", () => {
  let browser: Browser;
  let server: StaticServer;
  let guarded: Guarded;
  let content: Content;

  /** A record with something in every part, in the shape the store writes (the schema's own key order). */
  function everything(): DeviceData {
    const [a, b, c] = content.cards;
    const statement = content.plan.groups[0].statements[0].id;
    return v.parse(deviceDataSchema, {
      ...emptyDeviceData(),
      favourites: [{ id: a.id, savedAt: 1_700_000_000_000 }],
      hidden: [b.id],
      ownCards: [{ id: "own-our-tea", title: "Tea & toast <3", body: "Two cups, **slowly**.", kind: "ritual", category: "care", when: "right-after", duration: "quick", energy: "low", touch: "none", createdAt: 1, updatedAt: 2 }],
      notes: { [c.id]: { text: "Ask first, always 💛", updatedAt: 3 } },
      planDraft: { name: "Sam", answers: { [statement]: { choice: "no", words: "not tonight" } }, shareNos: false },
      plans: [{ createdAt: 1_710_000_000_000, partners: [{ name: "Sam", answers: { [statement]: { choice: "yes" } }, shareNos: true }, { answers: { [statement]: { choice: "maybe", words: "ask me" } }, shareNos: false }] }],
      draws: { keepHistory: true, seen: [a.id, b.id] },
      maker: { selected: [a.id], copies: { [a.id]: 2 } },
      preferences: { theme: "dark", discreet: true, paper: "a4" },
    });
  }

  async function seed(page: Page, record: string): Promise<void> {
    await page.goto(`${server.origin}/your-data/`);
    await page.evaluate((text) => {
      localStorage.clear();
      localStorage.setItem("afterglow", text);
    }, record);
    await page.reload();
  }

  beforeAll(async () => {
    content = await loadContent({ root: process.cwd() });
    server = await serveStatic(inject("distDir"));
    browser = await launchBrowser();
    guarded = guard(browser, server.origin);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    expect(guarded.offOrigin, "requests to other origins").toEqual([]);
    expect(guarded.problems, "console errors, page errors and dialogs").toEqual([]);
  });

  it("keeps a private note on a card page, across reloads, and lists it with its card", async () => {
    const context = await guarded.newContext();
    const page = await context.newPage();
    const card = content.cards[4];
    await page.goto(server.origin + card.url);
    const note = page.getByLabel("A few words for yourselves, kept only on this device");
    // A note that looks like code is not kept, and the reader is told why, where they typed it.
    await note.fill("Lights low, <script>alert(1)</script>");
    await page.locator("[data-note-status]", { hasText: "Not saved yet: “<script>” looks like code" }).waitFor();
    expect(await stored(page)).toEqual({ afterglow: JSON.stringify(emptyDeviceData()) });
    await note.fill("Lights low & tea <3, then this one");
    await page.locator("[data-note-status]", { hasText: "Saved on this device." }).waitFor();
    await page.reload();
    expect(await note.inputValue()).toBe("Lights low & tea <3, then this one");
    await page.goto(`${server.origin}/your-data/`);
    const notes = page.locator('[data-kept="notes"]');
    expect(await notes.textContent()).toBe(`1 note${card.title}: Lights low & tea <3, then this one`);
    expect(await notes.locator("a").getAttribute("href")).toBe(server.origin + card.url);
    // An emptied note is removed, not kept empty.
    await page.goto(server.origin + card.url);
    await note.fill("");
    await note.blur();
    await page.locator("[data-note-status]", { hasText: "Note removed from this device." }).waitFor();
    expect(JSON.parse((await stored(page)).afterglow!).notes).toEqual({});
    await context.close();
  });

  it("lists every kind of thing kept, as text", async () => {
    const context = await guarded.newContext();
    const page = await context.newPage();
    await seed(page, JSON.stringify(everything()));
    const kept = async (part: string) => (await page.locator(`[data-kept="${part}"]`).textContent())!;
    expect(await kept("favourites")).toBe(`1 card${content.cards[0].title}`);
    expect(await kept("hidden")).toBe(`1 card${content.cards[1].title}`);
    expect(await kept("ownCards")).toBe("1 cardTea & toast <3");
    expect(await kept("plans")).toMatch(/^1 plan, the newest from \d{1,2} March 2024; your answers, waiting for your partner’s$/);
    expect(await kept("notes")).toBe(`1 note${content.cards[2].title}: Ask first, always 💛`);
    expect(await kept("draws")).toBe("2 cards remembered, so that draws show new ones first");
    expect(await kept("maker")).toBe("1 card chosen");
    expect(await kept("preferences")).toBe("night theme, discreet mode, A4 paper");
    expect(await page.locator("[data-your-data] i").count()).toBe(0);
    await context.close();
  });

  it("export, forget, import: everything comes back byte for byte, and nothing changes before the reader chooses", async () => {
    const context = await guarded.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const record = JSON.stringify(everything());
    await seed(page, record);
    expect((await stored(page)).afterglow).toBe(record);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export to a file" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^afterglow-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = (await download.path())!;

    await page.getByRole("button", { name: "Forget everything on this device" }).click();
    await page.getByRole("button", { name: "Keep it" }).click();
    expect((await stored(page)).afterglow).toBe(record);
    await page.getByRole("button", { name: "Forget everything on this device" }).click();
    await page.getByRole("button", { name: "Yes, forget everything" }).click();
    expect(await stored(page)).toEqual({});
    expect(await page.locator('[data-kept="favourites"]').textContent()).toBe("0 cards");

    await page.getByLabel("A file exported from this site").setInputFiles(file);
    await page.locator("[data-import-ask]").waitFor();
    expect(await page.locator("[data-import-what]").textContent()).toContain("favourites, 1 card; plans, 1 plan");
    expect(await stored(page)).toEqual({}); // asked, not yet done
    await page.getByRole("button", { name: "Replace what is here" }).click();
    expect((await stored(page)).afterglow).toBe(record);

    // Adding a file to what is here also asks first, and keeps both sides.
    const other = JSON.stringify({ format: "afterglow-device-data", exportedAt: 5, data: { ...emptyDeviceData(), favourites: [{ id: content.cards[9].id, savedAt: 9 }] } });
    await page.getByLabel("A file exported from this site").setInputFiles({ name: "other.json", mimeType: "application/json", buffer: Buffer.from(other) });
    await page.locator("[data-import-ask]").waitFor();
    expect((await stored(page)).afterglow).toBe(record);
    await page.getByRole("button", { name: "Add it to what is here" }).click();
    expect(JSON.parse((await stored(page)).afterglow!).favourites.map((f: { id: string }) => f.id)).toEqual([content.cards[0].id, content.cards[9].id]);
    expect(await readFile(file, "utf8")).toContain('"format": "afterglow-device-data"');
    await context.close();
  });

  const hostile: [string, () => string | Buffer, RegExp][] = [
    ["malformed", () => "{ this is not json", /not readable data/],
    ["oversized", () => `{"format":"afterglow-device-data","pad":"${"x".repeat(600 * 1024)}"}`, /larger than 512 KB/],
    ["full of prototype keys", () => '{"format":"afterglow-device-data","data":{"version":1,"notes":{"__proto__":{"text":"x","updatedAt":1}}}}', /__proto__/],
    ["script in every field", () => JSON.stringify({ format: "<script>alert(1)</script>", data: { ...emptyDeviceData(), favourites: [{ id: "<script>alert(1)</script>", savedAt: "<script>" }] } }), /not a file this site exported/],
    ["script in every field of a well-labelled file", () => JSON.stringify({ format: "afterglow-device-data", data: { ...emptyDeviceData(), notes: { "<script>": { text: "<script>alert(1)</script>", updatedAt: 1 } }, planDraft: { name: "<script>", answers: { "<img>": { choice: "<script>" } }, shareNos: "<script>" } } }), /changed|looks like code/],
    ["well formed but with a script in a note", () => JSON.stringify({ format: "afterglow-device-data", data: { ...emptyDeviceData(), notes: { "still-here": { text: "<script>alert(1)</script>", updatedAt: 1 } } } }), /looks like code \(markup or a script address\)/],
    ["well formed but with a script in a plan name", () => JSON.stringify({ format: "afterglow-device-data", data: { ...emptyDeviceData(), planDraft: { name: "<script>alert(1)</script>", answers: { cuddle: { choice: "yes" } }, shareNos: true } } }), /looks like code/],
    ["well formed but with markup in an own card's title", () => JSON.stringify({ format: "afterglow-device-data", data: { ...emptyDeviceData(), ownCards: [{ ...everything().ownCards[0], title: "<img src=x onerror=alert(1)>" }] } }), /looks like code/],
    ["not text at all", () => Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xff, 0x00, 0x01]), /not readable data/],
  ];
  it.each(hostile)("refuses a file that is %s, with a message, and changes nothing", async (_what, make, message) => {
    const context = await guarded.newContext();
    const page = await context.newPage();
    await seed(page, JSON.stringify(everything()));
    const before = await stored(page);
    const body = make();
    await page.getByLabel("A file exported from this site").setInputFiles({ name: "data.json", mimeType: "application/json", buffer: Buffer.isBuffer(body) ? body : Buffer.from(body) });
    const status = page.locator("[data-import-status]");
    await expect.poll(() => status.textContent()).toMatch(/^This file cannot be imported: /);
    expect(await status.textContent()).toMatch(message);
    expect(await page.locator("[data-import-ask]").isVisible()).toBe(false);
    expect(await stored(page)).toEqual(before);
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).text)).toBeUndefined();
    await context.close();
  });

  /** The set-aside records listed on the page, by the time each says. */
  const listedAside = (page: Page) => page.locator("[data-aside-list] li [data-when]").allTextContents();

  it("sets aside stored data it cannot read, keeps it on the device, and lists it", async () => {
    const context = await guarded.newContext();
    const page = await context.newPage();
    await seed(page, "{ broken by an old version");
    await page.getByRole("heading", { name: "Set aside, not lost" }).waitFor();
    expect(await listedAside(page)).toEqual([expect.stringMatching(/^Set aside on \d{1,2} \w+ \d{4}/)]);
    const keys = await stored(page);
    const aside = Object.keys(keys).find((key) => key.startsWith("afterglow-set-aside-"))!;
    expect(keys[aside]).toBe("{ broken by an old version");
    expect(JSON.parse(keys.afterglow!)).toEqual(emptyDeviceData());
    await context.close();
  });

  it("lists a record set aside on a card page, keeps what of it still reads, and downloads or deletes it after asking", async () => {
    const context = await guarded.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    // One bad favourite id in an otherwise good record: read first by a card page, not by this one.
    const good = everything();
    const damaged = JSON.stringify({ ...good, favourites: [...good.favourites, { id: "<Not an id>", savedAt: 1 }] });
    await page.goto(server.origin + content.cards[3].url);
    await page.evaluate((text) => {
      localStorage.clear();
      localStorage.setItem("afterglow", text);
    }, damaged);
    await page.reload();
    await expect.poll(async () => Object.keys(await stored(page)).some((key) => key.startsWith("afterglow-set-aside-"))).toBe(true);

    await page.goto(`${server.origin}/your-data/`);
    await page.getByRole("heading", { name: "Set aside, not lost" }).waitFor();
    expect(await listedAside(page)).toHaveLength(1);
    // The parts that still read are kept (own cards, notes, plans…); only the bad part starts fresh.
    const kept = JSON.parse((await stored(page)).afterglow!);
    expect(kept).toEqual({ ...good, favourites: [] });
    expect(await page.locator('[data-kept="ownCards"]').textContent()).toBe("1 cardTea & toast <3");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download", exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^afterglow-set-aside-\d{14}\.txt$/);
    expect(await readFile((await download.path())!, "utf8")).toBe(damaged);

    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByRole("button", { name: "Keep it" }).first().click();
    expect(Object.keys(await stored(page)).filter((key) => key.startsWith("afterglow-set-aside-"))).toHaveLength(1);
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByRole("button", { name: "Yes, delete it" }).click();
    await page.locator("[data-aside-status]", { hasText: "Deleted from this device." }).waitFor();
    expect(await page.locator("[data-aside]").isVisible()).toBe(false);
    expect(Object.keys(await stored(page))).toEqual(["afterglow"]);
    await context.close();
  });
});

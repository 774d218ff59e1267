// "Our aftercare plan" in a real browser, as two people use it: each answers privately (on two phones
// through a link, or taking turns on one), "Our plan" sorts every statement where it belongs, a private
// "not for me" never leaves its owner, the plan prints as a sheet and as a deck card, a check-in shows
// what changed, and hostile links store nothing. Nothing is requested from any other origin.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { loadContent, type PlanStatement } from "../scripts/content/index.js";
import { customDeckPaths } from "../scripts/site/custom-deck-paths.js";
import { planLinkFormat } from "../templates/js/lib/plan-link.js";
import { decodeLink } from "../templates/js/lib/share-link.js";
import { browserAvailable, launchBrowser } from "./support/browser.js";
import { guard, type Guarded } from "./support/guarded-browser.js";
import { readPdf } from "./support/pdf.js";
import { serveStatic, type StaticServer } from "./support/static-server.js";

const suite = browserAvailable() ? describe : describe.skip;
type Choice = "yes" | "maybe" | "no";
interface Person {
  name?: string;
  answers: Record<string, Choice>;
  words?: Record<string, string>;
  shareNos: boolean;
}

/** The rule, written out independently of the page's code: what two visible answers make. */
function expectedPlace(a: Person, b: Person, id: string): string {
  const seen = (p: Person) => (p.answers[id] === "no" && !p.shareNos ? undefined : p.answers[id]);
  const [x, y] = [seen(a), seen(b)];
  if (x === "no" || y === "no") return "boundary";
  return ({ "yes|yes": "go-to", "yes|maybe": "worth-a-try", "maybe|yes": "worth-a-try", "maybe|maybe": "ask-first" } as Record<string, string>)[`${x}|${y}`] ?? "left-out";
}

/** Answers by cycling through `pattern` over the statements (undefined skips one). */
const cycle = (statements: PlanStatement[], pattern: (Choice | undefined)[]) =>
  Object.fromEntries(statements.flatMap((s, i) => (pattern[i % pattern.length] ? [[s.id, pattern[i % pattern.length]!]] : [])));

async function answer(page: Page, person: Person): Promise<void> {
  await page.locator("form[data-step=answer]").waitFor();
  if (person.name) await page.getByLabel("Your name or a nickname").fill(person.name);
  for (const [id, choice] of Object.entries(person.answers)) await page.locator(`input[name="${id}"][value="${choice}"]`).check();
  for (const [id, words] of Object.entries(person.words ?? {})) {
    await page.locator(`details:has(#w-${id}) summary`).click();
    await page.locator(`#w-${id}`).fill(words);
  }
  await page.locator(`input[name="share-nos"][value="${person.shareNos ? "yes" : "no"}"]`).check();
  await page.getByRole("button", { name: "I have answered" }).click();
}

/** What "Our plan" shows: statement texts by place, and each boundary list by its person. */
function shownPlan(page: Page) {
  return page.evaluate(() => {
    const firstText = (li: Element) => li.firstChild?.textContent ?? "";
    const places = Object.fromEntries([...document.querySelectorAll<HTMLElement>("[data-place]")].map((ul) => [ul.dataset.place, [...ul.children].filter((li) => !li.classList.contains("meta")).map(firstText)]));
    const boundaries = [...document.querySelectorAll("[data-boundaries] h3")].map((h3) => [h3.textContent, [...h3.nextElementSibling!.children].filter((li) => !li.classList.contains("meta")).map(firstText)]);
    return { places, boundaries: Object.fromEntries(boundaries) as Record<string, string[]>, boundaryNotes: [...document.querySelectorAll("[data-boundaries] p")].map((p) => p.textContent) };
  });
}

const stored = (page: Page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));

suite("our aftercare plan", () => {
  let browser: Browser;
  let server: StaticServer;
  let guarded: Guarded;
  let statements: PlanStatement[];
  const textOf = (id: string) => statements.find((s) => s.id === id)!.text;

  beforeAll(async () => {
    statements = (await loadContent({ root: process.cwd() })).plan.groups.flatMap((group) => group.statements);
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

  it("two people on two phones: the link carries no private no, and Our plan sorts every statement where it belongs", async () => {
    const first = statements[0].id;
    const firstNo = statements[2].id;
    const sam: Person = { name: "Sam", answers: cycle(statements, ["yes", "maybe", "no", "yes", undefined]), words: { [first]: "only a short one", [firstNo]: "too ticklish" }, shareNos: false };
    const alexYes = statements[1].id;
    const alex: Person = { name: "Alex <3", answers: cycle(statements, ["yes", "yes", "maybe", "no", "maybe", "no", undefined]), words: { [alexYes]: "tea & toast <3, then <10 min" }, shareNos: true };
    expect(sam.answers[firstNo]).toBe("no");
    expect(alex.answers[alexYes]).toBe("yes");

    // Sam, on their own phone.
    const samPhone = await guarded.newContext();
    const samPage = await samPhone.newPage();
    await samPage.goto(`${server.origin}/plan/`);
    await samPage.getByRole("button", { name: "Each on our own phone" }).click();
    await answer(samPage, sam);
    await samPage.getByRole("heading", { name: "Send this link to your partner" }).waitFor();
    const link = await samPage.locator("[data-link]").inputValue();
    expect(new URL(link).pathname).toBe("/plan/");
    const carried = await decodeLink(planLinkFormat, new URL(link).hash);
    if (!carried.ok) throw new Error(carried.message);
    const sent = carried.value.partners[0];
    expect(Object.values(sent.answers).map((a) => a.choice)).not.toContain("no");
    expect(JSON.stringify(carried.value)).not.toContain("too ticklish");
    expect(Object.keys(sent.answers).length).toBe(Object.values(sam.answers).filter((c) => c !== "no").length);
    expect(JSON.parse((await stored(samPage)).afterglow!).planDraft.answers[firstNo]).toEqual({ choice: "no", words: "too ticklish" });

    // Alex, on another phone (another profile: nothing of Sam's storage), opens the link.
    const alexPhone = await guarded.newContext({ acceptDownloads: true });
    const alexPage = await alexPhone.newPage();
    await alexPage.goto(link);
    await alexPage.getByRole("heading", { name: "Sam has answered" }).waitFor();
    expect(await alexPage.locator("form[data-step=answer] input:checked").count()).toBe(0);
    await alexPage.getByRole("button", { name: "Start answering" }).click();
    // A name that looks like code is refused where it was typed, and nothing is kept; taken out, the answers go through.
    await answer(alexPage, { ...alex, name: "<script>alert(1)</script>" });
    await alexPage.locator("[data-form-alert]", { hasText: "Not saved yet: “<script>” looks like code" }).waitFor();
    expect(await stored(alexPage)).toEqual({});
    await alexPage.getByLabel("Your name or a nickname").fill(alex.name!);
    await alexPage.getByRole("button", { name: "I have answered" }).click();
    await alexPage.waitForURL(`${server.origin}/plan/ours/`);
    await alexPage.locator("[data-plan]").waitFor();

    const shown = await shownPlan(alexPage);
    for (const place of ["go-to", "worth-a-try", "ask-first", "left-out"]) {
      expect(shown.places[place], place).toEqual(statements.filter((s) => expectedPlace(sam, alex, s.id) === place).map((s) => s.text));
    }
    // Alex shared their no's, each shown as Alex's boundary; Sam kept theirs, and nothing of them shows.
    expect(shown.boundaries).toEqual({ "Alex <3": statements.filter((s) => alex.answers[s.id] === "no").map((s) => s.text) });
    expect(shown.boundaryNotes).toEqual(["Sam kept their “not for me” answers private."]);
    expect(statements.filter((s) => expectedPlace(sam, alex, s.id) === "boundary").every((s) => alex.answers[s.id] === "no")).toBe(true);
    const sheet = (await alexPage.locator("[data-plan]").textContent())!;
    expect(sheet).toContain("Sam: “only a short one”");
    expect(sheet).not.toContain("too ticklish");
    // Words with "&" and "<" are shown as the characters typed, never as markup.
    expect(sheet).toContain("Alex <3: “tea & toast <3, then <10 min”");
    expect(await alexPage.locator("[data-plan] img, [data-plan] b").count()).toBe(0);
    expect(await alexPage.locator("[data-byline]").textContent()).toMatch(/^Sam and Alex <3 · \d{1,2} \w+ \d{4}$/);

    // The sheet prints on one page, with the plan and without the buttons.
    const sheetPdf = await readPdf(new Uint8Array(await alexPage.pdf({ format: "A4" })));
    expect(sheetPdf).toHaveLength(1);
    expect(sheetPdf[0].text).toContain(textOf(statements.find((s) => expectedPlace(sam, alex, s.id) === "go-to")!.id));
    expect(sheetPdf[0].text).not.toContain("Make our plan card");

    // The plan card: the renderer loads only now, and the card joins the deck printed on Letter, two-sided.
    const requested: string[] = [];
    alexPage.on("request", (request) => requested.push(request.url()));
    await alexPage.getByLabel(/as a card for your deck/).selectOption("afterglow-poker-letter-duplex.pdf");
    await alexPage.getByRole("button", { name: "Make our plan card" }).click();
    const cardLink = alexPage.locator("[data-card-result] a[download]");
    await cardLink.waitFor({ timeout: 60_000 });
    expect(requested.some((url) => url.endsWith(customDeckPaths.bundle))).toBe(true);
    expect(await alexPage.locator("[data-card-status]").textContent()).toMatch(/^Your plan is ready: (one card|2 cards), 2 pages\.$/);
    const [download] = await Promise.all([alexPage.waitForEvent("download"), cardLink.click()]);
    expect(download.suggestedFilename()).toBe("afterglow-poker-letter-duplex-our-plan.pdf");
    const card = await readPdf(new Uint8Array(await readFile((await download.path())!)));
    expect(card).toHaveLength(2);
    const cardText = card[0].text.replace(/\s+/g, "");
    for (const s of statements.filter((s) => ["go-to", "worth-a-try", "ask-first", "boundary"].includes(expectedPlace(sam, alex, s.id)))) expect(cardText, s.short).toContain(s.short.replace(/\s+/g, ""));
    expect(cardText).toContain("Ourplan");

    // Alex sends the plan back; Sam keeps it only when asked, and the waiting answers give way to it.
    await alexPage.getByRole("button", { name: "Make a link to our plan" }).click();
    await alexPage.locator("[data-link-row]").waitFor();
    const back = await alexPage.locator("[data-link-row] [data-link]").inputValue();
    await samPage.goto(back);
    await samPage.getByRole("button", { name: "Keep this plan on this device" }).waitFor();
    expect(await samPage.locator("[data-keep-draft]").isVisible()).toBe(true);
    expect(JSON.parse((await stored(samPage)).afterglow!).plans).toEqual([]);
    expect(await shownPlan(samPage)).toEqual(shown);
    await samPage.getByRole("button", { name: "Keep this plan on this device" }).click();
    const kept = JSON.parse((await stored(samPage)).afterglow!);
    expect(kept.plans).toHaveLength(1);
    expect(kept.planDraft).toBeNull();
    expect(new URL(samPage.url()).hash).toMatch(/^#at-\d+$/);
    await samPhone.close();
    await alexPhone.close();
  }, 180_000);

  it("one phone taking turns: the hand-over hides the first answers, and checking in again shows what changed", async () => {
    const context = await guarded.newContext();
    const page = await context.newPage();
    const [a, b, c] = statements.map((s) => s.id);
    const one: Person = { answers: { [a]: "yes", [b]: "yes", [c]: "maybe" }, words: { [a]: "a secret only mine" }, shareNos: true };
    const two: Person = { answers: { [a]: "yes", [b]: "no", [c]: "yes" }, shareNos: true };

    await page.goto(`${server.origin}/plan/`);
    await page.getByRole("button", { name: "Taking turns on this phone" }).click();
    await answer(page, one);
    await page.getByRole("heading", { name: "Hand the phone over" }).waitFor();
    const left = await page.evaluate(() => ({
      checked: document.querySelectorAll("input:checked").length,
      values: [...document.querySelectorAll<HTMLInputElement>("input:not([type=radio])")].map((input) => input.value).join(""),
      text: document.body.innerText,
    }));
    expect(left).toEqual({ checked: 0, values: "", text: expect.not.stringContaining("a secret only mine") });
    expect(await stored(page)).not.toHaveProperty("afterglow", expect.stringContaining("a secret only mine"));
    await page.getByRole("button", { name: "I’m the next to answer" }).click();
    await answer(page, two);
    await page.waitForURL(`${server.origin}/plan/ours/`);
    await page.locator("[data-plan]").waitFor();
    expect((await shownPlan(page)).places["go-to"]).toEqual([textOf(a)]);
    expect(await page.locator("[data-byline]").textContent()).toMatch(/^\d{1,2} \w+ \d{4}$/); // no names given: only the date
    expect(Object.keys((await shownPlan(page)).boundaries)).toEqual(["Partner one", "Partner two"]);
    expect(await page.locator("[data-changes]").isVisible()).toBe(false);

    // A check-in later: the same steps again; the new plan says what moved since the last.
    await page.getByRole("link", { name: "Check in again" }).click();
    await page.getByRole("button", { name: "Taking turns on this phone" }).click();
    await answer(page, { answers: { [a]: "yes", [b]: "yes", [c]: "yes" }, shareNos: true });
    await page.getByRole("button", { name: "I’m the next to answer" }).click();
    await answer(page, { answers: { [a]: "maybe", [b]: "yes", [c]: "yes" }, shareNos: true });
    await page.waitForURL(`${server.origin}/plan/ours/`);
    await page.locator("[data-changes]").waitFor();
    expect(await page.locator("[data-change-list] li").allTextContents()).toEqual([
      `${textOf(a)}: was a go-to, now worth a try.`,
      `${textOf(b)}: was a boundary, now a go-to.`,
      `${textOf(c)}: was worth a try, now a go-to.`,
    ]);
    expect(await page.locator("[data-history-list] a").count()).toBe(1);
    expect(JSON.parse((await stored(page)).afterglow!).plans).toHaveLength(2);
    await context.close();
  }, 120_000);

  const pack = async (json: string) => {
    const bytes = new Uint8Array(await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer());
    return `plan1.${Buffer.from(bytes).toString("base64url")}`;
  };
  const hostileLinks: [string, () => Promise<string> | string][] = [
    ["a malformed link", () => "plan1.%%%"],
    ["an oversized link", () => `plan1.${"A".repeat(17 * 1024)}`],
    ["a deflate bomb", () => pack(JSON.stringify({ partners: [{ shareNos: true, answers: {}, pad: " ".repeat(3_000_000) }] }))],
    ["a link with script in every field", () => pack(JSON.stringify({ createdAt: "<script>alert(1)</script>", partners: [{ name: "<script>alert(1)</script>", shareNos: "<script>", answers: { "<script>": { choice: "<script>", words: "<script>alert(1)</script>" } } }] }))],
    ["a link with prototype keys", () => pack('{"partners":[{"shareNos":true,"answers":{"__proto__":{"choice":"yes"}}}]}')],
    ["a well-formed link with only a script in its name", () => pack(JSON.stringify({ partners: [{ name: "<script>alert(1)</script>", shareNos: true, answers: { [statements[0].id]: { choice: "yes" } } }] }))],
    ["a well-formed compared plan with markup in one answer", () => pack(JSON.stringify({ createdAt: 1, partners: [{ shareNos: true, answers: { [statements[0].id]: { choice: "yes" } } }, { shareNos: true, answers: { [statements[0].id]: { choice: "maybe", words: "<img src=x onerror=alert(1)>" } } }] }))],
    ["a link from an unknown version", () => "plan9.AAAA"],
  ];
  it.each(hostileLinks)("%s is refused with a message on both plan pages, and stores nothing", async (_what, make) => {
    const fragment = await make();
    const context = await guarded.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/plan/`);
    const before = await stored(page);
    for (const path of ["/plan/", "/plan/ours/"]) {
      await page.goto(`${server.origin}${path}#${fragment}`);
      const alert = page.locator("[data-plan-alert]");
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/^This link cannot be opened: .+\. Nothing was saved\.$/);
      expect(await page.locator("[data-plan]:visible, [data-step=invited]:visible").count()).toBe(0);
      expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).choice)).toBeUndefined();
    }
    expect(await stored(page)).toEqual(before);
    await context.close();
  });

  it("without JavaScript, points to the paper questions, which print on one or two pages, Letter or A4, every statement with its boxes", async () => {
    const context = await guarded.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Without JavaScript the plan page says so plainly, offers the paper questions, and shows no button that cannot work.
    await page.goto(`${server.origin}/plan/`);
    expect(await page.locator("main .note").textContent()).toContain("Answering here needs JavaScript");
    expect(await page.locator("main button:visible").count()).toBe(0);
    await page.getByRole("link", { name: "print the questions" }).click();
    await page.waitForURL(`${server.origin}/plan/questions/`);
    expect(await page.locator(".q-table tbody th[scope=row]").count()).toBe(statements.length);
    for (const format of ["Letter", "A4"] as const) {
      const pages = await readPdf(new Uint8Array(await page.pdf({ format })));
      expect(pages.length, format).toBeGreaterThanOrEqual(1);
      expect(pages.length, format).toBeLessThanOrEqual(2);
      const text = pages.map((p) => p.text).join(" ");
      for (const s of statements) expect(text, s.id).toContain(s.text);
      expect(text).toContain("Yes please");
      expect(text).not.toContain("answer on your phones"); // the screen-only line
    }
    await context.close();
  });
});

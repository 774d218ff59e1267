// The deck maker (/make/) as a couple uses it, in Chromium under a path prefix and the site's CSP:
// chosen cards and cards of their own printed exactly, copies and "not for us" kept, cards that cannot
// print refused with the reason, a shared link that reproduces the same bytes in a fresh profile and
// on the command line, hostile links refused, nothing fetched early or from elsewhere, offline once kept.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { deflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { loadContent, type Card } from "../scripts/content/index.js";
import { customDeckPaths, isRendererFile } from "../scripts/site/custom-deck-paths.js";
import { browserAvailable, launchBrowser } from "./support/browser.js";
import { guard, type Guarded } from "./support/guarded-browser.js";
import { normalise, readPdf } from "./support/pdf.js";
import { openSite } from "./support/site-context.js";
import { serveStatic, type StaticServer } from "./support/static-server.js";

const suite = browserAvailable() ? describe : describe.skip;
const letter = "afterglow-poker-letter-duplex.pdf";
const run = promisify(execFile);

interface Written {
  title: string;
  body: string;
  kind?: string;
}
const teaCard: Written = { title: "Our tea & <3", body: "Two cups, **slowly**, and *no* phones.\n\n- the blue mugs\n- a spoon of honey", kind: "conversation" };
const walkCard: Written = { title: "Round the block", body: "A short walk, hand in hand, before sleep." };

suite("the deck maker", () => {
  let browser: Browser;
  let server: StaticServer;
  let guarded: Guarded;
  let cards: Card[];
  const prefix = inject("pathPrefix");
  const at = (path: string) => `${server.origin}${prefix}${path.replace(/^\//, "")}`;

  beforeAll(async () => {
    server = await serveStatic(inject("prefixedDistDir"), { prefix });
    browser = await launchBrowser();
    guarded = guard(browser, server.origin);
    cards = (await loadContent({ root: process.cwd() })).cards;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh profile that records every request it makes, and saves downloads. */
  async function profile(): Promise<{ context: BrowserContext; page: Page; requested: string[] }> {
    const context = await guarded.newContext({ acceptDownloads: true });
    const requested: string[] = [];
    context.on("request", (request) => void requested.push(request.url()));
    return { context, page: await context.newPage(), requested };
  }
  const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem("afterglow") ?? "null"));
  const rendererRequests = (requested: string[]) => requested.filter((url) => url.startsWith(server.origin + prefix) && isRendererFile(new URL(url).pathname.slice(prefix.length)));

  async function writeCard(page: Page, card: Written): Promise<void> {
    await page.getByRole("button", { name: "Write a card" }).click();
    await page.getByLabel("Title", { exact: true }).fill(card.title);
    await page.getByLabel("Words", { exact: true }).fill(card.body);
    if (card.kind) await page.getByLabel("Kind", { exact: true }).selectOption(card.kind);
    await expect.poll(() => page.locator("[data-fit]").textContent(), { timeout: 30_000 }).toMatch(/^Fits: prints at [\d.]+ pt on poker cards and [\d.]+ pt on tarot cards\.$/);
    await page.getByRole("button", { name: "Save the card" }).click();
    await page.locator("[data-own-form]").waitFor({ state: "hidden" });
  }

  /** Makes the deck in `file` and returns the PDF's name and bytes. */
  async function make(page: Page, file = letter): Promise<{ name: string; bytes: Uint8Array }> {
    await page.getByLabel("File", { exact: true }).selectOption(file);
    await page.getByRole("button", { name: "Make my deck" }).click();
    const link = page.locator("[data-result] a[download]");
    await link.waitFor({ timeout: 60_000 });
    expect(await page.locator("[data-status]").textContent()).toMatch(/^Your (deck is ready: \d+ cards? on \d+ pages?|box is ready: it holds \d+ cards? and is [\d.]+ mm deep inside)\./);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile((await download.path())!)) };
  }

  it("prints 5 chosen cards and 2 of their own on US Letter: exactly 7, whole, fronts then mirrored backs", async () => {
    const { context, page, requested } = await profile();
    const chosen = [cards[3], cards[10], cards[20], cards[30], cards[40]];
    await page.goto(at(`/make/?cards=${chosen.slice(0, 3).map((card) => card.id).join(",")}`));
    await page.locator("[data-count]").filter({ hasText: "3 cards chosen" }).waitFor();
    for (const card of chosen.slice(3)) await page.locator(`#c-${card.id}`).check();
    await expect.poll(() => page.locator("[data-count]").textContent()).toBe("5 cards chosen.");
    expect(rendererRequests(requested), "nothing of the renderer before it is needed").toEqual([]);

    await writeCard(page, teaCard);
    await writeCard(page, walkCard);
    expect(rendererRequests(requested).some((url) => url.endsWith(customDeckPaths.worker)), "the card check loads the renderer").toBe(true);
    await expect.poll(() => page.locator("[data-count]").textContent()).toBe("7 cards chosen.");
    const own = page.locator("[data-pick-own] li");
    expect(await own.locator("label[for^=c-]").allTextContents()).toEqual([`${teaCard.title} yours`, `${walkCard.title} yours`]);

    const { name, bytes } = await make(page);
    expect(name).toBe("afterglow-poker-letter-duplex-7-cards.pdf");
    const pdf = await readPdf(bytes);
    expect(pdf).toHaveLength(2);
    const [front, back] = pdf;
    // Every word in order (styled runs and lines are separate pieces of text in a PDF, so spaces are left out).
    const squash = (text: string) => text.replace(/\s+/g, "");
    const printed = squash(front.text);
    for (const text of [...chosen.flatMap((card) => [card.title, ...card.text.split("\n")]), "Our tea & <3", "Two cups, slowly, and no phones.", "the blue mugs", "a spoon of honey", "A short walk, hand in hand, before sleep."]) {
      expect(printed).toContain(squash(text));
    }
    for (let n = 1; n <= 7; n++) expect(front.text).toContain(`${n} / 7`);
    expect(front.text).not.toContain("8 / ");
    // Backs only on the second page, one per card, each mirrored across the sheet's middle.
    const titleXs = front.items.filter((item) => item.str.endsWith(" / 7")).map((item) => Math.round(item.x + item.width));
    const backs = back.items.filter((item) => item.str === "Afterglow");
    expect(backs).toHaveLength(7);
    expect(back.text.replace(/Afterglow/g, "").trim()).toBe("");
    const numberColumns = [...new Set(titleXs)].sort((a, b) => a - b);
    const backColumns = [...new Set(backs.map((item) => Math.round(item.x + item.width / 2)))].sort((a, b) => a - b);
    expect(numberColumns).toHaveLength(3);
    expect(backColumns).toHaveLength(3);
    // The last row has one card, in the first column; its back sits in the last column.
    const lastFront = front.items.find((item) => item.str === "7 / 7")!;
    const lastBack = backs.reduce((lowest, item) => (item.y > lowest.y ? item : lowest));
    expect(lastFront.x).toBeLessThan(front.width / 3);
    expect(lastBack.x).toBeGreaterThan((back.width * 2) / 3);
    await context.close();
    expect(guarded.offOrigin).toEqual([]);
    expect(guarded.problems).toEqual([]);
  }, 120_000);

  it("prints copies of a card, and leaves out a card marked “not for us”, which stays marked", async () => {
    const { context, page } = await profile();
    const [first, second, third] = [cards[5], cards[6], cards[7]];
    await page.goto(at(`/make/?cards=${first.id},${second.id},${third.id}`));
    await page.locator(`#n-${first.id}`).fill("3");
    await page.locator(`#n-${first.id}`).dispatchEvent("change");
    await page.getByRole("button", { name: `Not for us ${second.title}` }).click();
    await expect.poll(() => page.locator("[data-count]").textContent()).toBe("2 cards chosen, 4 cards to print with copies.");
    await page.reload();
    await expect.poll(() => page.locator(`#c-${second.id}`).isDisabled()).toBe(true);
    expect(await page.locator(`#h-${second.id}`).getAttribute("aria-pressed")).toBe("true");
    expect((await stored(page)).hidden).toEqual([second.id]);
    const { bytes } = await make(page, "afterglow-poker-screen.pdf");
    const pages = await readPdf(bytes);
    expect(pages.map((page) => page.items.find((item) => / \/ 4$/.test(item.str))?.str)).toEqual(["1 / 4", "2 / 4", "3 / 4", "4 / 4"]);
    expect(pages.filter((page) => page.text.includes(normalise(first.title)))).toHaveLength(3);
    expect(pages.some((page) => page.text.includes(normalise(second.text)))).toBe(false);
    expect(await page.getByLabel("Across, X").isVisible(), "a screen file has no backs to move").toBe(false);
    // Backs moved for a printer that drifts, read as typed (a decimal comma too).
    await page.getByLabel("File", { exact: true }).selectOption(letter);
    await page.getByLabel("Across, X").fill("1,5");
    expect((await make(page)).name).toBe("afterglow-poker-letter-duplex-4-cards-backs-1.5-0.pdf");
    await context.close();
  }, 120_000);

  it("makes a tuck box sized to the chosen deck, copies included", async () => {
    const { context, page } = await profile();
    const [first, second] = [cards[5], cards[6]];
    await page.goto(at(`/make/?cards=${first.id},${second.id}`));
    await page.locator(`#n-${first.id}`).fill("4");
    await page.locator(`#n-${first.id}`).dispatchEvent("change");
    await expect.poll(() => page.locator("[data-count]").textContent()).toBe("2 cards chosen, 5 cards to print with copies.");
    const text = (await readPdf((await make(page, "afterglow-tuck-box-letter.pdf")).bytes)).map((sheet) => sheet.text).join(" ");
    expect(text).toContain("It holds 5 cards");
    expect(await page.locator("[data-status]").textContent()).toBe("Your box is ready: it holds 5 cards and is 3.3 mm deep inside.");
    await context.close();
  }, 120_000);

  it("sizes a box for what the cards are printed on: folded over, the same choice takes twice the depth", async () => {
    const { context, page } = await profile();
    await page.goto(at("/make/"));
    await page.getByRole("button", { name: "Select all shown" }).click();
    await expect.poll(() => page.locator("[data-count]").textContent()).toBe(`${cards.length} cards chosen.`);
    expect(await page.getByLabel("Printed on").isVisible(), "a deck file asks nothing about a box").toBe(false);
    await page.getByLabel("File", { exact: true }).selectOption("afterglow-tuck-box-letter.pdf");
    expect(await page.getByLabel("Printed on").inputValue(), "How to print's card is chosen first").toBe("card-200");
    const depth = async () => Number(/([\d.]+) mm deep inside\.$/.exec((await page.locator("[data-status]").textContent())!)![1]);
    const duplex = await make(page, "afterglow-tuck-box-letter.pdf");
    const duplexDepth = await depth();
    await page.getByLabel("Folded over").check();
    const folded = await make(page, "afterglow-tuck-box-letter.pdf");
    expect(await page.locator("[data-status]").textContent()).toMatch(new RegExp(`^Your box is ready: it holds ${cards.length} cards and`));
    expect((await depth()) - 2).toBeCloseTo(2 * (duplexDepth - 2), 1);
    const text = async (made: { bytes: Uint8Array }) => (await readPdf(made.bytes)).map((sheet) => sheet.text).join(" ");
    expect(await text(duplex)).toContain(`It holds ${cards.length} cards printed on 200 g/m² card:`);
    expect(await text(folded)).toContain(`It holds ${cards.length} cards printed on 200 g/m² card, folded over`);
    await page.getByLabel("Printed on").selectOption("paper");
    await make(page, "afterglow-tuck-box-letter.pdf");
    expect((await depth()) - 2).toBeCloseTo(cards.length * 2 * 0.1, 1);
    await context.close();
  }, 120_000);

  it("refuses an own card that is too long or uses a character the fonts lack, beside the field, and keeps nothing", async () => {
    const { context, page } = await profile();
    await page.goto(at("/make/"));
    await page.getByRole("button", { name: "Write a card" }).click();
    await page.getByLabel("Title", { exact: true }).fill("A long one");
    await page.getByLabel("Words", { exact: true }).fill("We take our time and say it all again. ".repeat(25));
    await expect.poll(() => page.locator("[data-fit]").textContent(), { timeout: 30_000 }).toMatch(/^Too long by \d+ lines for poker cards, even at the 8 pt floor\./);
    await page.getByRole("button", { name: "Save the card" }).click();
    await expect.poll(() => page.locator("#own-body-error").textContent()).toMatch(/^Words: is \d+ pt \(\d+ lines\) too long for a poker card even at 8 pt; shorten it/);
    expect(await page.getByLabel("Words", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("own-body");

    await page.getByLabel("Words", { exact: true }).fill("Short and sweet.");
    await page.getByLabel("Title", { exact: true }).fill("Snow ☃ day");
    await page.getByRole("button", { name: "Save the card" }).click();
    await expect.poll(() => page.locator("#own-title-error").textContent()).toMatch(/^Title: contains “☃” \(U\+2603\), which the card font .+ cannot draw; use another character$/);
    expect(await page.locator("#own-body-error").textContent()).toBe("");
    expect((await stored(page))?.ownCards ?? []).toEqual([]);
    await context.close();
  }, 120_000);

  it("shares a deck as a link that makes the same bytes in a fresh profile, and on the command line", async () => {
    const sender = await profile();
    await sender.page.goto(at(`/make/?cards=${cards[1].id},${cards[2].id},${cards[9].id}`));
    await sender.page.locator(`#n-${cards[2].id}`).fill("2");
    await sender.page.locator(`#n-${cards[2].id}`).dispatchEvent("change");
    await sender.page.getByRole("button", { name: `Not for us ${cards[12].title}` }).click();
    await writeCard(sender.page, teaCard);
    const made = await make(sender.page);
    await sender.page.getByRole("button", { name: "Share this deck" }).click();
    await expect.poll(() => sender.page.locator("[data-link]").inputValue()).not.toBe("");
    const link = await sender.page.locator("[data-link]").inputValue();
    expect(link).toMatch(new RegExp(`^${server.origin}${prefix}make/#deck1\\.[A-Za-z0-9_-]+$`));
    const [saved] = await Promise.all([sender.page.waitForEvent("download"), sender.page.getByRole("button", { name: "Save as a file" }).click()]);
    const choiceFile = join(await mkdtemp(join(tmpdir(), "afterglow-deck-")), "deck.json");
    await saved.saveAs(choiceFile);
    await sender.context.close();

    const friend = await profile();
    await friend.page.goto(link);
    const shared = friend.page.locator("[data-shared]");
    await shared.waitFor();
    expect(await friend.page.locator("[data-shared-says]").textContent()).toBe("It holds 4 cards (5 to print, with copies), 1 of them written by whoever shared it:");
    expect(await shared.textContent()).toContain("Nothing is saved until you open it");
    expect(await friend.page.locator("[data-shared-own] li").allTextContents()).toEqual([teaCard.title]);
    expect((await stored(friend.page))?.maker.selected ?? []).toEqual([]);
    await friend.page.getByRole("button", { name: "Open this deck" }).click();
    expect((await stored(friend.page)).ownCards, "their own card is not kept unless asked").toEqual([]);
    const again = await make(friend.page);
    expect(again.name).toBe(made.name);
    expect(Buffer.from(again.bytes).equals(Buffer.from(made.bytes))).toBe(true);
    await friend.context.close();

    const out = await mkdtemp(join(tmpdir(), "afterglow-cli-"));
    await run("npx", ["tsx", "scripts/deck/cli.ts", "--own", choiceFile, "--out", out]);
    const [cliFile] = await readdir(out);
    expect(cliFile).toBe(made.name);
    expect((await readFile(join(out, cliFile))).equals(Buffer.from(made.bytes))).toBe(true);
    expect(guarded.offOrigin).toEqual([]);
  }, 180_000);

  const pack = (text: string | Buffer, label = "deck1") => `${label}.${deflateRawSync(typeof text === "string" ? Buffer.from(text) : text).toString("base64url")}`;
  const own = { id: "own-x", title: "Tea", body: "Two cups.", kind: "ritual", category: "care", when: "right-after", duration: "quick", energy: "low", touch: "none" };
  const hostile: [string, string][] = [
    ["malformed base64", "deck1.%%%*"],
    ["a wrong version", pack('{"cards":[],"copies":{},"hidden":[],"own":[]}', "deck7")],
    ["an oversized fragment", `deck1.${"A".repeat(33 * 1024)}`],
    ["a deflate bomb", pack(Buffer.alloc(20 * 1024 * 1024, 32))],
    ["<script> in a title", pack(JSON.stringify({ cards: ["own-x"], copies: {}, hidden: [], own: [{ ...own, title: "<script>alert(1)</script>" }] }))],
    ["<img onerror> in the words", pack(JSON.stringify({ cards: ["own-x"], copies: {}, hidden: [], own: [{ ...own, body: '<img src=x onerror="alert(1)">' }] }))],
    ["javascript: in the words", pack(JSON.stringify({ cards: ["own-x"], copies: {}, hidden: [], own: [{ ...own, body: "[tap](javascript:alert(1))" }] }))],
    ["<script> as a card id", pack(JSON.stringify({ cards: ["<script>alert(1)</script>"], copies: {}, hidden: [], own: [] }))],
    ["prototype keys", pack('{"cards":["pass"],"copies":{"__proto__":{"polluted":2}},"hidden":[],"own":[]}')],
  ];
  it.each(hostile)("refuses a link with %s, with a message; nothing is stored or run", async (_, fragment) => {
    const { context, page } = await profile();
    await page.goto(at(`/make/?cards=${cards[0].id}`));
    await page.locator("[data-count]").filter({ hasText: "1 card chosen" }).waitFor();
    const before = await stored(page);
    await page.goto("about:blank");
    await page.goto(at(`/make/#${fragment}`));
    const alert = page.locator("[data-alert]");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^This link cannot be opened: .+\. Nothing was saved\.$/);
    expect(await page.locator("[data-shared]").isHidden()).toBe(true);
    expect(await stored(page)).toEqual(before);
    expect(await page.evaluate(() => ({ polluted: (Object.prototype as Record<string, unknown>).polluted, scripts: document.scripts.length, images: document.images.length }))).toEqual({ polluted: undefined, scripts: expect.any(Number), images: 0 });
    expect(await page.locator("main script, main img").count()).toBe(0);
    await context.close();
    expect(guarded.problems.filter((problem) => /dialog/.test(problem))).toEqual([]);
  });

  it("says everything in Spanish on /es/make/: the progress, an own card's problems and a bad link", async () => {
    const { context, page } = await profile();
    await page.goto(at(`/es/make/?cards=${cards[0].id},${cards[1].id}`));
    // Every text the status shows while the deck is made, however briefly (the steps pass quickly).
    await page.evaluate(() => {
      const status = document.querySelector("[data-make] [data-status]")!;
      const seen: string[] = ((window as unknown as { said: string[] }).said = []);
      new MutationObserver(() => void seen.push(status.textContent ?? "")).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await page.getByRole("button", { name: "Generar mi baraja" }).click();
    await page.getByRole("link", { name: /^Descargar / }).waitFor({ timeout: 60_000 });
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said).toContain("Cargando las cartas y las fuentes de impresión…");
    expect(said).toContain("Ajustando las cartas…");
    expect(said).toEqual(expect.arrayContaining([expect.stringMatching(/^Dibujando las páginas: \d+ de \d+…$/), expect.stringMatching(/^Tu baraja está lista: 2 cartas en \d+ páginas?\.$/)]));

    await page.getByRole("button", { name: "Escribir una carta" }).click();
    await page.getByLabel("Texto", { exact: true }).fill("Dos tazas de <b>té</b>.");
    await page.getByRole("button", { name: "Guardar la carta" }).click();
    await expect.poll(() => page.locator("#own-title-error").textContent(), { timeout: 30_000 }).toBe("Título: no puede quedar vacío");
    expect(await page.locator("#own-body-error").textContent()).toBe("Texto, línea 1: usa HTML, algo que una carta impresa no puede mostrar; usa párrafos, **negrita**, *cursiva* y listas cortas");
    await page.getByLabel("Título", { exact: true }).fill("Largo");
    await page.getByLabel("Texto", { exact: true }).fill("Nos tomamos el tiempo y lo decimos todo otra vez. ".repeat(25));
    await page.getByRole("button", { name: "Guardar la carta" }).click();
    await expect.poll(() => page.locator("#own-body-error").textContent(), { timeout: 30_000 }).toMatch(/^Texto: le sobran \d+ pt \(\d+ líneas\) para una carta de tamaño póker, incluso a 8 pt; acórtalo/);

    await page.goto("about:blank");
    await page.goto(at(`/es/make/#${pack(JSON.stringify({ cards: ["pass"], copies: {}, hidden: [], own: [], extra: 1 }))}`));
    await page.locator("[data-alert]").waitFor();
    expect(await page.locator("[data-alert]").textContent()).toBe("Este enlace no se puede abrir: no contiene una baraja que este sitio pueda leer (quizá se modificó). No se guardó nada.");
    await page.goto("about:blank");
    await page.goto(at(`/es/make/#${pack(JSON.stringify({ cards: ["own-x"], copies: {}, hidden: [], own: [{ ...own, body: "[té](javascript:alert(1))" }] }))}`));
    await page.locator("[data-alert]").waitFor();
    expect(await page.locator("[data-alert]").textContent()).toBe("Este enlace no se puede abrir: una de sus cartas contiene etiquetas o una dirección de script, algo que ninguna carta necesita. No se guardó nada.");
    await context.close();
  }, 120_000);

  it("works offline once kept, and says plainly when it is not", async () => {
    const local = await serveStatic(inject("distDir"));
    const site = await openSite(browser, local.origin, { acceptDownloads: true });
    const { page } = site;
    await page.goto(`${local.origin}/make/?cards=${cards[0].id},${cards[1].id}`);
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await page.locator("[data-maker-offline]").textContent()).toMatch(/keep it on this device first \(\d+(\.\d)? (KB|MB)\)/);
    await page.getByRole("button", { name: "Keep the deck maker for offline use" }).click();
    await expect.poll(() => page.locator("[data-maker-status]").textContent(), { timeout: 60_000 }).toMatch(/^The deck maker is kept on this device: it works without a connection\.$/);
    await local.cut();
    await page.reload();
    const { bytes } = await make(page);
    expect((await readPdf(bytes))[0].text).toContain(normalise(cards[1].title));
    await writeCard(page, walkCard);
    await site.context.close();

    const other = await serveStatic(inject("distDir"));
    const fresh = await openSite(browser, other.origin);
    await fresh.page.goto(`${other.origin}/make/?cards=${cards[0].id}`);
    await fresh.page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await fresh.page.reload();
    await fresh.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await other.cut();
    await fresh.page.getByRole("button", { name: "Make my deck" }).click();
    await expect.poll(() => fresh.page.locator("[data-status]").textContent(), { timeout: 30_000 }).toMatch(/^You seem to be offline, and the deck maker is not kept on this device/);
    await fresh.context.close();
    expect([...site.offOrigin, ...fresh.offOrigin]).toEqual([]);
  }, 180_000);
});

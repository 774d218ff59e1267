// `npm start` re-renders only what a save changed, and what it serves is what a full build would make:
// after a title change, a facet change, a new card, a deleted card and a renamed file, the lists,
// filters, neighbours and counts are right and no page of a card that is gone is left in dist/.
import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, readFile, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashTree, runBuild } from "./support/run-build.js";

const env = { SOURCE_DATE_EPOCH: "1767225600" };

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("the dev server's partial rebuilds", () => {
  let work: string;
  let content: string;
  let dist: string;
  let server: ChildProcess;
  let base: string;
  let stdout = "";
  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, text: await response.text() };
  };
  const card = (id: string) => join(content, "cards", `${id}.md`);
  const edit = async (path: string, change: (text: string) => string) => writeFile(path, change(await readFile(path, "utf8")));
  const modified = async (page: string) => (await stat(join(dist, page))).mtimeMs;
  /**
   * Makes a save and waits for the pass that renders it to finish (the terminal names the saved file):
   * a card's own page is served first, its lists a moment later.
   */
  const saved = async (file: string, save: () => Promise<unknown>) => {
    const from = stdout.length;
    await save();
    const named = relative(work, file).split(sep).join("/");
    await until(`the pass for ${named}`, async () => stdout.slice(from).includes(named) && /rendered \(/.test(stdout.slice(from)));
  };
  /** The title of the card page's "Next card" link. */
  const nextTitle = (html: string) => /rel="next" href="[^"]*"><span>Next card<\/span> ([^<]*)/.exec(html)?.[1];

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "afterglow-dev-selective-"));
    content = join(work, "content");
    dist = join(work, "dist");
    await cp(join(process.cwd(), "content"), content, { recursive: true });
    const port = await freePort();
    base = `http://localhost:${port}`;
    server = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts", "--port", String(port), "--out", dist, "--content", content], {
      cwd: process.cwd(),
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (chunk) => (stdout += chunk));
    server.stderr!.on("data", (chunk) => (stdout += chunk));
    await until("the server to start", async () => (await get("/cards/")).status === 200, 120_000);
  });

  afterAll(async () => {
    server?.kill();
    await rm(work, { recursive: true, force: true });
  });

  it("re-renders a card's page, its neighbours and the lists after a title change, and leaves other card pages alone", async () => {
    const before = await get("/cards/cuddle-up/");
    const previous = /rel="prev" href="\/cards\/([^/]+)\/"/.exec(before.text)![1];
    const unrelated = "cards/what-ill-do-differently/index.html";
    const untouched = await modified(unrelated);
    await saved(card("cuddle-up"), () => edit(card("cuddle-up"), (text) => text.replace(/^title: .*$/m, "title: Curl up together?")));
    await until("the new title on the card's page", async () => (await get("/cards/cuddle-up/")).text.includes("Curl up together?"));
    expect(nextTitle((await get(`/cards/${previous}/`)).text)).toBe("Curl up together?");
    expect((await get("/cards/")).text).toContain("Curl up together?</a>");
    expect((await get("/search/")).text).toContain("Curl up together?");
    expect(await modified(unrelated)).toBe(untouched);
  });

  it("moves a card to its new facet in the list and the filters after a facet change", async () => {
    await saved(card("breathe-in-time"), () => edit(card("breathe-in-time"), (text) => text.replace(/^touch: .*$/m, "touch: close")));
    await until("the card's page to say so", async () => /Close touch|touch-close/.test((await get("/cards/breathe-in-time/")).text));
    const list = (await get("/cards/")).text;
    const tile = list.slice(list.indexOf('href="/cards/breathe-in-time/"') - 400, list.indexOf('href="/cards/breathe-in-time/"'));
    expect(tile).toContain('data-touch="close"');
    const index = JSON.parse((await get("/cards/index.json")).text) as { cards: { url: string; touch: string }[] };
    expect(index.cards.find((entry) => entry.url === "/cards/breathe-in-time/")?.touch).toBe("close");
  });

  it("serves a new card and counts it everywhere", async () => {
    await saved(card("a-cup-of-tea"), async () => writeFile(card("a-cup-of-tea"), (await readFile(card("thank-you"), "utf8")).replace(/^title: .*$/m, "title: A cup of tea")));
    await until("the new card's page", async () => (await get("/cards/a-cup-of-tea/")).status === 200);
    expect((await get("/cards/")).text).toContain("67 cards");
    expect((await get("/cards/pass/")).text).toMatch(/2 \/ 67/);
  });

  it("removes a deleted card's page and its place in the lists", async () => {
    // A deleted card goes from every language (a translation of a card that is gone is refused).
    await saved(card("a-nap-together"), async () => {
      await unlink(join(content, "es", "cards", "a-nap-together.md"));
      await unlink(card("a-nap-together"));
    });
    await until("the deleted card's page to go", async () => (await get("/cards/a-nap-together/")).status === 404);
    await until("the deleted card's folder to go", async () => !(await stat(join(dist, "cards", "a-nap-together")).catch(() => undefined)));
    const list = (await get("/cards/")).text;
    expect(list).toContain("66 cards");
    expect(list).not.toContain("/cards/a-nap-together/");
    await until("the Spanish page to go too", async () => (await get("/es/cards/a-nap-together/")).status === 404);
  });

  it("moves a renamed card to its new address and leaves nothing at the old one", async () => {
    await saved(card("skin-on-skin"), async () => {
      await rename(join(content, "es", "cards", "skin-to-skin.md"), join(content, "es", "cards", "skin-on-skin.md"));
      await rename(card("skin-to-skin"), card("skin-on-skin"));
    });
    // The old address goes in the same pass, once its pages are written.
    await until("the new address, and nothing at the old one", async () => (await get("/cards/skin-on-skin/")).status === 200 && (await get("/cards/skin-to-skin/")).status === 404);
    await until("the old address's folder to go", async () => !(await stat(join(dist, "cards", "skin-to-skin")).catch(() => undefined)));
    expect((await get("/cards/")).text).toContain("/cards/skin-on-skin/");
    await until("the Spanish page at the new address only", async () => (await get("/es/cards/skin-on-skin/")).status === 200 && (await get("/es/cards/skin-to-skin/")).status === 404);
  });

  it("re-renders only the chapter whose words changed", async () => {
    const other = "guide/why-it-matters/index.html";
    const untouched = await modified(other);
    await saved(join(content, "guide", "rituals.md"), () => edit(join(content, "guide", "rituals.md"), (text) => `${text}\nA last quiet line for the test.\n`));
    await until("the chapter's new words", async () => (await get("/guide/rituals/")).text.includes("A last quiet line for the test."));
    expect(await modified(other)).toBe(untouched);
  });

  it("has written exactly the pages a full build of the same content makes, PDFs included", async () => {
    const fresh = join(work, "fresh");
    const built = await runBuild(["--out", fresh, "--content", content], env);
    expect(built.code, built.stderr).toBe(0);
    const pages = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([path]) => /\.(html|json|xml|pdf)$/.test(path) && !/^pagefind\/|^search\/index\.html$|precache/.test(path)));
    const expected = pages(await hashTree(fresh));
    await until("the PDFs and the pages that list them", async () => JSON.stringify(pages(await hashTree(dist))) === JSON.stringify(expected), 60_000).catch(() => undefined);
    const served = pages(await hashTree(dist));
    const differing = [...new Set([...Object.keys(expected), ...Object.keys(served)])].filter((path) => expected[path] !== served[path]).sort();
    expect(differing).toEqual([]);
    expect(server.exitCode).toBeNull();
  });
});

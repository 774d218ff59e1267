// A draft card and a draft chapter: `npm run build` leaves no trace of them anywhere in dist/ (pages,
// sitemap, search index, decks.json, the PDFs' text, the deck maker's input; the build is byte for byte
// the one made without their files), and `npm start` serves both, each marked as a draft.
import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../scripts/content/index.js";
import { pdfText } from "./support/pdf.js";
import { hashTree, runBuild } from "./support/run-build.js";

const env = { SOURCE_DATE_EPOCH: "1767225600" };
/** Words only the drafts use (the real content has none of them). */
const draftWords = /lantern|moonlight/i;
const mark = "Draft — not in the published site";

const draftCard = `---
title: A lantern walk
kind: ritual
category: together
when: later-that-day
duration: longer
energy: medium
touch: none
guide: moonlight-notes#a-slow-walk
draft: true
---
Shall we take the paper lanterns for a slow walk around the block? *Staying in is fine too.*
`;
const draftChapter = `---
title: Notes by moonlight
order: 99
summary: A chapter still being written, about stepping outside together after.
draft: true
---
## A slow walk

Some couples like a few minutes outside under the moonlight. Try [the lantern walk](/cards/lantern-walk/).
`;
const draftFiles = { "cards/lantern-walk.md": draftCard, "guide/moonlight-notes.md": draftChapter };

/** Every file of a build as the text a reader or a search could find in it: PDFs as their text, the search index unzipped. */
async function outputTexts(dir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path);
    const text = path.endsWith(".pdf")
      ? await pdfText(new Uint8Array(bytes))
      : bytes[0] === 0x1f && bytes[1] === 0x8b
        ? gunzipSync(bytes).toString("latin1")
        : bytes.toString("latin1");
    texts.set(relative(dir, path), text);
  }
  return texts;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function until(what: string, probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("drafts", () => {
  let work: string;
  let content: string;
  let withDrafts: Map<string, string>;
  let server: ChildProcess | undefined;
  let base: string;
  const get = async (path: string) => (await fetch(`${base}${path}`)).text();

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "afterglow-drafts-"));
    content = join(work, "content");
    await cp(join(process.cwd(), "content"), content, { recursive: true });
    for (const [path, text] of Object.entries(draftFiles)) await writeFile(join(content, path), text);
    // The dev server watches its own copy: the build's copy loses the drafts' files below.
    const devContent = join(work, "dev-content");
    await cp(content, devContent, { recursive: true });

    const port = await freePort();
    base = `http://localhost:${port}`;
    server = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts", "--port", String(port), "--out", join(work, "dev"), "--content", devContent], {
      cwd: process.cwd(),
      env: { ...process.env, ...env },
      stdio: "ignore",
    });
    // The build and the dev server's first build run side by side.
    const [built] = await Promise.all([
      runBuild(["--out", join(work, "dist"), "--content", content], env),
      until("the dev server", async () => (await fetch(`${base}/cards/`)).ok, 180_000),
    ]);
    expect(built.code, built.stderr).toBe(0);
    withDrafts = await outputTexts(join(work, "dist"));
  });

  afterAll(async () => {
    server?.kill();
    await rm(work, { recursive: true, force: true });
  });

  describe("in a build", () => {
    it("leave no word in any page, the sitemap, the search index, decks.json, deck-input.json or the PDFs' text", () => {
      const leaks = [...withDrafts].filter(([, text]) => draftWords.test(text)).map(([path]) => path);
      expect(leaks).toEqual([]);
      // The same reading finds a published card in each of those outputs, so it would find a draft.
      const holding = (pattern: RegExp) => [...withDrafts].filter(([, text]) => pattern.test(text)).map(([path]) => path);
      expect(holding(/Cuddle up\?/)).toEqual(expect.arrayContaining(["cards/index.html", "downloads/afterglow-poker-screen.pdf", "downloads/deck-input.json"]));
      expect(holding(/\/cards\/cuddle-up\//)).toContain("sitemap.xml");
      expect(holding(/cuddle/i).filter((path) => path.startsWith("pagefind/fragment/")).length).toBeGreaterThan(0);
    });

    it("count only published cards in decks.json", async () => {
      const { decks } = JSON.parse(withDrafts.get("downloads/decks.json")!) as { decks: { file: string; cards: number }[] };
      const published = (await loadContent({ root: process.cwd() })).cards.length; // the fixture is these and the drafts
      for (const deck of decks.filter((entry) => entry.cards > 0)) expect(deck.cards, deck.file).toBe(published);
    });

    it("make the very build their files' absence makes, byte for byte", async () => {
      for (const path of Object.keys(draftFiles)) await rm(join(content, path));
      const built = await runBuild(["--out", join(work, "dist-without"), "--content", content], env);
      expect(built.code, built.stderr).toBe(0);
      expect(await hashTree(join(work, "dist"))).toEqual(await hashTree(join(work, "dist-without")));
    });
  });

  describe("in npm start", () => {
    it("show the draft card's page, marked as a draft", async () => {
      const page = await get("/cards/lantern-walk/");
      expect(page).toContain("A lantern walk");
      expect(page).toContain(`<p class="draft-mark">${mark}</p>`);
      expect(await get("/cards/cuddle-up/")).not.toContain(mark);
    });

    it("mark the draft's tile in the card list, and no other", async () => {
      const list = await get("/cards/");
      const tiles = list.split('<li class="tile').slice(1);
      const marked = tiles.filter((tile) => tile.includes(mark));
      expect(marked).toHaveLength(1);
      expect(marked[0]).toContain('href="/cards/lantern-walk/"');
    });

    it("show the draft chapter, marked as a draft, with its link to the draft card", async () => {
      const chapter = await get("/guide/moonlight-notes/");
      expect(chapter).toContain("Notes by moonlight");
      expect(chapter).toContain(mark);
      expect(chapter).toContain('href="/cards/lantern-walk/"');
      expect(await get("/guide/why-it-matters/")).not.toContain(mark);
    });
  });
});

// The build cache only ever saves work: a warm build is byte-identical to a cold one, a damaged
// entry is rebuilt (never shipped), a change rebuilds exactly what depends on it, and two builds
// sharing one cache at the same time both come out right.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CacheUse } from "../scripts/cache/build-cache.js";
import { deckFiles } from "./support/deck-brand.js";
import { hashTree, runBuild } from "./support/run-build.js";

let work: string;
let cacheDir: string;
let content: string;
let cold: Record<string, string>;

/** Builds the copied content into a fresh folder with the shared cache; returns the tree and what came from the cache. */
async function build(name: string, cache = cacheDir) {
  const out = join(work, name);
  const stats = join(work, `${name}.json`);
  const run = await runBuild(["--out", out, "--content", content], { AFTERGLOW_CACHE_DIR: cache, AFTERGLOW_BUILD_STATS: stats, SOURCE_DATE_EPOCH: "1767225600" });
  expect(run.code, run.stderr).toBe(0);
  const { cacheUses } = JSON.parse(await readFile(stats, "utf8")) as { cacheUses: CacheUse[] };
  const made = (kind: string) => cacheUses.filter((use) => use.kind === kind && !use.hit).length;
  return { tree: await hashTree(out), uses: cacheUses, made };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "afterglow-cache-"));
  cacheDir = join(work, "cache");
  content = join(work, "content");
  await cp(join(process.cwd(), "content"), content, { recursive: true });
  cold = (await build("cold")).tree;
}, 120_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("the build cache", () => {
  it("gives a warm build byte-identical to the cold one, restoring the whole build when nothing changed", async () => {
    const warm = await build("warm");
    expect(warm.tree).toEqual(cold);
    expect(warm.uses.length).toBeGreaterThan(0);
    expect(warm.uses.every((use) => use.kind === "site" && use.hit)).toBe(true);
  });

  it("rebuilds a corrupted or truncated entry instead of shipping it", async () => {
    const entries = async (kind: string) => (await readdir(join(cacheDir, kind))).filter((name) => !name.startsWith("."));
    const [firstPdf] = await entries("pdf");
    const pdfData = join(cacheDir, "pdf", firstPdf, "data", "0");
    const bytes = await readFile(pdfData);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    await writeFile(pdfData, bytes);
    const [fonts] = await entries("web-fonts");
    const fontData = join(cacheDir, "web-fonts", fonts, "data", "0");
    await writeFile(fontData, (await readFile(fontData)).subarray(0, 100));
    // The whole build kept for "nothing changed" too, so that the build has to look at the others.
    const [site] = await entries("site");
    const pack = join(cacheDir, "site", site, "data", "0");
    await writeFile(pack, (await readFile(pack)).subarray(1));
    const repaired = await build("repaired");
    expect(repaired.tree).toEqual(cold);
    expect(repaired.made("site")).toBe(1);
    expect(repaired.made("pdf")).toBe(1);
    expect(repaired.made("web-fonts")).toBe(1);
    expect((await build("after-repair")).uses.every((use) => use.hit)).toBe(true);
  });

  it("rebuilds exactly what a change reaches: a card's words remake the PDFs and the index, not the fonts or the scripts", async () => {
    const card = join(content, "cards", "thank-you.md");
    const original = await readFile(card, "utf8");
    await writeFile(card, original.replace(/\n\n(\S)/, "\n\nThank you, again. $1"));
    const changed = await build("card-changed");
    // Exactly the default language's files of cards: not its test sheets or tuck boxes (which do not
    // print a card's words), and none of another language's (whose cards have their own words).
    const cardFiles = deckFiles.filter((file) => file.imposition.carriesCards);
    expect(cardFiles.length).toBeLessThan(deckFiles.length);
    expect(changed.made("pdf")).toBe(cardFiles.length);
    expect(changed.made("search-index")).toBe(1);
    expect(changed.made("web-fonts")).toBe(0);
    expect(changed.made("browser-scripts")).toBe(0);
    expect(changed.made("maker-bundle")).toBe(0);

    // A character no page had before makes new font subsets too.
    await writeFile(card, original.replace(/\n\n(\S)/, "\n\nThank you, Åsa. $1"));
    expect((await build("new-character")).made("web-fonts")).toBe(1);
    await writeFile(card, original);
  });

  it("remakes the tuck boxes when the deck grows, and never the test sheets", async () => {
    const added = join(content, "cards", "thank-you-once-more.md");
    await writeFile(added, (await readFile(join(content, "cards", "thank-you.md"), "utf8")).replace(/^title: .*$/m, "title: Thank you once more"));
    const grown = await build("card-added");
    await rm(added);
    // Every language's deck grows (a card not translated yet is printed from the default language).
    const languages = 2;
    expect(deckFiles.some((file) => file.imposition.id === "tuck-box")).toBe(true);
    expect(grown.made("pdf")).toBe(languages * deckFiles.filter((file) => file.imposition.id !== "calibration").length);
  });

  it("keeps the PDFs when only a chapter changes", async () => {
    const chapter = join(content, "guide", "ideas.md");
    const original = await readFile(chapter, "utf8");
    await writeFile(chapter, `${original}\nOne more quiet idea: a glass of water on each side of the bed.\n`);
    const changed = await build("chapter-changed");
    expect(changed.made("pdf")).toBe(0);
    expect(changed.made("search-index")).toBe(1);
    await writeFile(chapter, original);
  });

  it("does not restore a build of the same content from another folder: the files name their cards from the project", async () => {
    const elsewhere = join(work, "elsewhere");
    await cp(content, elsewhere, { recursive: true });
    const out = join(work, "moved");
    const run = await runBuild(["--out", out, "--content", elsewhere], { AFTERGLOW_CACHE_DIR: cacheDir, SOURCE_DATE_EPOCH: "1767225600" });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/restored/);
    expect(await readFile(join(out, "downloads", "deck-input.json"), "utf8")).toContain("elsewhere/cards/");
  });

  it("survives two builds writing the same new entries at once", async () => {
    const shared = join(work, "cache-shared");
    const [a, b] = await Promise.all([build("together-a", shared), build("together-b", shared)]);
    expect(a.tree).toEqual(cold);
    expect(b.tree).toEqual(cold);
    expect((await build("together-after", shared)).tree).toEqual(cold);
  });
});

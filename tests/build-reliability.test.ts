// A mistake never breaks the site: the build exits 1 naming the file, the last good dist/ stays
// byte for byte as it was, anything else exits 2, and two builds of one commit are identical.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { validCard, writeFixture } from "./support/content-fixture.js";
import { hashTree, runBuild } from "./support/run-build.js";

describe("a failed build leaves the last good dist/ untouched", () => {
  let fixture: string;
  let out: string;
  let good: Record<string, string>;

  beforeAll(async () => {
    fixture = await writeFixture({ "cards/warm-towel.md": validCard("A warm towel") });
    out = join(await mkdtemp(join(tmpdir(), "afterglow-atomic-")), "dist");
    const first = await runBuild(["--content", join(fixture, "content"), "--out", out]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    good = await hashTree(out);
  });
  afterAll(async () => {
    await rm(fixture, { recursive: true, force: true });
  });

  it("built a real site and deck to compare against", () => {
    expect(Object.keys(good)).toContain("index.html");
    expect(Object.keys(good)).toContain(join("cards", "warm-towel", "index.html"));
    expect(Object.keys(good).some((file) => file.endsWith(".pdf"))).toBe(true);
  });

  it.each([
    ["a front-matter mistake", "cards/warm-towel.md", validCard("A warm towel").replace("duration: quick", "duration: medium"), /content\/cards\/warm-towel\.md:\d+: duration must be one of quick, longer \(found "medium"\)/],
    ["a card too long for its face", "cards/warm-towel.md", validCard("A warm towel") + "\nWould you like to stay a while longer? ".repeat(60), /content\/cards\/warm-towel\.md.*(too long|overflow)/i],
    ["a character the font lacks", "cards/warm-towel.md", validCard("A warm towel \u0D9E"), /content\/cards\/warm-towel\.md.*(U\+0D9E|\u0D9E)/],
  ])("%s: exit 1, the file named, dist/ unchanged", async (_what, path, body, message) => {
    await writeFile(join(fixture, "content", path), body);
    try {
      const run = await runBuild(["--content", join(fixture, "content"), "--out", out]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(await hashTree(out)).toEqual(good);
    } finally {
      await writeFile(join(fixture, "content", path), validCard("A warm towel"));
    }
  });

  it("exits 2, not 1, when the problem is not the content", async () => {
    const run = await runBuild(["--content", join(fixture, "content"), "--out", "/proc/afterglow-cannot-write-here"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/outside the content/);
  });
});

describe("reproducible output", () => {
  it("gives a byte-identical dist/ when the same commit is built twice", async () => {
    const again = join(await mkdtemp(join(tmpdir(), "afterglow-repro-")), "dist");
    const run = await runBuild(["--out", again]);
    expect(run.code).toBe(0);
    const first = await hashTree(inject("distDir"));
    const second = await hashTree(again);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    const differing = Object.keys(first).filter((file) => first[file] !== second[file]);
    expect(differing).toEqual([]);
    await rm(again, { recursive: true, force: true });
  });

  it("takes its dates from SOURCE_DATE_EPOCH, never the clock", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "afterglow-epoch-")), "dist");
    const run = await runBuild(["--out", out], { SOURCE_DATE_EPOCH: "1700000000" });
    expect(run.code).toBe(0);
    const manifest = JSON.parse(await readFile(join(out, "downloads", "decks.json"), "utf8"));
    expect(manifest.generated).toBe(new Date(1700000000 * 1000).toISOString());
    expect(await readFile(join(out, "sitemap.xml"), "utf8")).toContain("2023-11-14");
    await rm(out, { recursive: true, force: true });
  });
});

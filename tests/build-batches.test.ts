// A big site is rendered in passes of a few pages a template (so Eleventy never holds every page at
// once): what the passes write, in every language, is byte for byte what one pass writes.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildAll } from "../scripts/build/run.js";
import { hashTree } from "./support/run-build.js";

describe("a site rendered in batches", () => {
  const root = process.cwd();
  let work: string;
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("writes the same files, byte for byte, as one pass", async () => {
    work = await mkdtemp(join(tmpdir(), "afterglow-batches-"));
    const build = (name: string, batches?: { fromCards: number; size: number }) =>
      buildAll({ root, outDir: join(work, name), cache: false, batches }).then((report) => report.content);
    const content = await build("one-pass", { fromCards: Number.POSITIVE_INFINITY, size: 1 });
    // 66 cards in passes of 20: four passes for each paginated template, in each language.
    expect(content.cards.length).toBeGreaterThan(3 * 20);
    expect(content.translations.length).toBeGreaterThan(0);
    await build("batched", { fromCards: 0, size: 20 });
    const [onePass, batched] = await Promise.all([hashTree(join(work, "one-pass")), hashTree(join(work, "batched"))]);
    expect(Object.keys(batched)).toEqual(Object.keys(onePass));
    expect(batched).toEqual(onePass);
    // Every card's page, in every language, is among them.
    for (const lang of ["", ...content.translations.map((translation) => translation.lang)]) {
      const cardPages = await readdir(join(work, "batched", lang, "cards"));
      for (const card of content.cards) expect(cardPages).toContain(card.id);
    }
  }, 240_000);
});

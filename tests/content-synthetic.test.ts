// The benchmark measures real work only if its synthetic content is content the loader accepts.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeSyntheticContent } from "../scripts/bench/synthetic-content.js";
import { loadContent } from "../scripts/content/index.js";

describe("the benchmark's synthetic content", () => {
  it("loads without a problem, every card and chapter of it", async () => {
    const root = await mkdtemp(join(tmpdir(), "afterglow-synthetic-"));
    await writeSyntheticContent(root, 12, 3);
    const content = await loadContent({ root });
    expect(content.cards).toHaveLength(12);
    expect(content.chapters.map((chapter) => chapter.title)).toEqual(["Chapter 1", "Chapter 2", "Chapter 3"]);
    expect(content.chapters.map((chapter) => chapter.headings.map((h) => h.text))).toEqual(Array(3).fill(["Part one", "Part two"]));
  });
});

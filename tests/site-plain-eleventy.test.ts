// Plain Eleventy on the project's config, without the build runner, still builds the site: it loads
// the content itself, from the input folder it was given, and lists no PDFs until a deck is built.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validCard, writeFixture } from "./support/content-fixture.js";

const run = promisify(execFile);

describe("plain Eleventy with eleventy.config.ts", () => {
  let fixture: string;
  let out: string;
  beforeAll(async () => {
    fixture = await writeFixture({ "cards/a-quiet-minute.md": validCard("A quiet minute together") });
    out = join(await mkdtemp(join(tmpdir(), "afterglow-plain-")), "site");
    const cli = join(process.cwd(), "node_modules", "@11ty", "eleventy", "cmd.cjs");
    await run(process.execPath, ["--import", "tsx", cli, "--config=eleventy.config.ts", `--input=${join(fixture, "content")}`, `--output=${out}`, "--quiet"], {
      cwd: process.cwd(),
      env: { ...process.env, PATH_PREFIX: "" },
    });
  }, 120_000);
  afterAll(async () => {
    await rm(fixture, { recursive: true, force: true });
  });

  it("builds the pages of the content folder it was given, and none of the project's own", async () => {
    expect(await readFile(join(out, "cards", "a-quiet-minute", "index.html"), "utf8")).toContain("A quiet minute together");
    expect(existsSync(join(out, "guide", "ideas", "index.html"))).toBe(true);
    expect(existsSync(join(out, "cards", "still-here", "index.html"))).toBe(false);
  });

  it("says the printable files are not built yet, instead of failing", async () => {
    expect(await readFile(join(out, "downloads", "index.html"), "utf8")).toContain("not built yet");
  });
});

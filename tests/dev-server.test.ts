// `npm start` survives mistakes: a broken card is explained in the terminal while the last good page
// stays served, and fixing the file recovers the page and the PDFs without a restart.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validCard, writeFixture } from "./support/content-fixture.js";

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("the dev server", () => {
  let fixture: string;
  let out: string;
  let server: ChildProcess;
  let base: string;
  let stdout = "";
  let stderr = "";
  const cardFile = () => join(fixture, "content", "cards", "warm-towel.md");
  const page = async () => {
    const response = await fetch(`${base}/cards/warm-towel/`);
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    fixture = await writeFixture({ "cards/warm-towel.md": validCard("A warm towel") });
    out = join(await mkdtemp(join(tmpdir(), "afterglow-dev-")), "dist");
    const port = await freePort();
    base = `http://localhost:${port}`;
    server = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts", "--port", String(port), "--out", out, "--content", join(fixture, "content")], {
      cwd: process.cwd(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (chunk) => (stdout += chunk));
    server.stderr!.on("data", (chunk) => (stderr += chunk));
    await until("the server to start", async () => ((await page()).status === 200 ? true : undefined), 60_000);
  });

  afterAll(async () => {
    server?.kill();
    await rm(fixture, { recursive: true, force: true });
  });

  it("serves the built card page", async () => {
    expect((await page()).text).toContain("A warm towel");
  });

  it("explains a broken card in the terminal and keeps serving the last good page", async () => {
    await writeFile(cardFile(), validCard("A warm towel").replace("duration: quick", "duration: medium"));
    await until("the error in the terminal", async () => (/content\/cards\/warm-towel\.md:\d+: duration must be one of quick, longer/.test(stderr) ? true : undefined));
    const stillServed = await page();
    expect(stillServed.status).toBe(200);
    expect(stillServed.text).toContain("A warm towel");
    expect(server.exitCode).toBeNull();
  });

  it("recovers by itself when the file is fixed: the page and the PDFs are rebuilt", async () => {
    const manifest = join(out, "downloads", "decks.json");
    const before = (await stat(manifest)).mtimeMs;
    await writeFile(cardFile(), validCard("A warmer towel"));
    await until("the fixed page", async () => ((await page()).text.includes("A warmer towel") ? true : undefined));
    await until("the rebuilt deck", async () => ((await stat(manifest)).mtimeMs > before ? true : undefined));
    expect(server.exitCode).toBeNull();
  });
});

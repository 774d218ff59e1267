// Lighthouse (mobile) scores the home page, a chapter and a card page 100 in performance,
// accessibility, best practices and SEO, served with the site's own headers.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadContent } from "../scripts/content/index.js";
import { browserAvailable, chromiumFlags, chromiumPath } from "./support/browser.js";
import { serveStatic, type StaticServer } from "./support/static-server.js";

const suite = browserAvailable() ? describe : describe.skip;
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

suite("lighthouse", () => {
  let server: StaticServer;
  let chrome: chromeLauncher.LaunchedChrome;
  let urls: Record<string, string>;

  beforeAll(async () => {
    const content = await loadContent({ root: process.cwd() });
    server = await serveStatic(inject("distDir"));
    urls = { home: "/", chapter: content.chapters[0].url, card: content.cards[0].url };
    chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ["--headless=new", ...chromiumFlags] });
  });
  afterAll(async () => {
    await chrome?.kill();
    await server?.close();
  });

  it.each(["home", "chapter", "card"])("scores 100 on the %s page", async (which) => {
    const result = await lighthouse(server.origin + urls[which], { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...categories] });
    const lhr = result!.lhr;
    const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
    const failing = Object.values(lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative" && audit.scoreDisplayMode !== "manual" && audit.scoreDisplayMode !== "notApplicable")
      .map((audit) => `${audit.id}: ${audit.score}`);
    console.log(which, scores, failing.join("; "));
    expect(scores).toEqual({ performance: 100, accessibility: 100, "best-practices": 100, seo: 100 });
  });
});

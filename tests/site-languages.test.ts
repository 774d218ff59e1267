// The site in two languages: English at the root, Spanish under /es/, each page saying its language,
// naming the same page in the other language both ways (hreflang and the switcher), the sitemap
// listing both, and a search of each language finding its own pages only.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { loadContent, type Content } from "../scripts/content/index.js";
import { browserAvailable, launchBrowser } from "./support/browser.js";
import { openSite } from "./support/site-context.js";
import { listBuildFiles, serveStatic, type StaticServer } from "./support/static-server.js";
import { runBuild } from "./support/run-build.js";
import { notFoundRedirects } from "../scripts/site/languages.js";

const dist = inject("distDir");
const pageAt = (url: string) => readFile(join(dist, url, url.endsWith(".html") ? "" : "index.html"), "utf8");
/** Where each hreflang alternate of a page leads, as absolute addresses. */
const alternates = (html: string) => Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">/g)].map(([, lang, href]) => [lang, href]));
/** Where the language switcher's links lead. */
const switcher = (html: string, url: string) => {
  const nav = /<nav class="languages"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
  return Object.fromEntries([...nav.matchAll(/<a href="([^"]+)" hreflang="([a-z-]+)"/g)].map(([, href, lang]) => [lang, new URL(href, `http://site${url}`).pathname]));
};

let content: Content;
/** A build that knows its address (alternates must be absolute, so they are written only then). */
let addressed: string;
const origin = "https://example.org";
beforeAll(async () => {
  content = await loadContent({ root: process.cwd() });
  addressed = await mkdtemp(join(tmpdir(), "afterglow-languages-"));
  const built = await runBuild(["--out", addressed], { SITE_URL: origin, PATH_PREFIX: "/" });
  if (built.code !== 0) throw new Error(built.stderr);
}, 120_000);
afterAll(() => rm(addressed, { recursive: true, force: true }));

describe("the Spanish edition", () => {
  it("says lang=\"es\" on every page under /es/, and lang=\"en\" on every other", async () => {
    const pages = (await listBuildFiles(dist)).filter((path) => path.endsWith(".html"));
    const spanish = pages.filter((path) => path.startsWith("es/"));
    expect(spanish.length).toBeGreaterThan(content.cards.length + content.chapters.length);
    for (const path of pages) {
      const lang = /<html lang="([^"]+)"/.exec(await readFile(join(dist, path), "utf8"))?.[1];
      expect(lang, path).toBe(path.startsWith("es/") ? "es" : "en");
    }
  });

  it("has every card, chapter and page, with its Spanish title, in the guide's order and the deck's numbers", async () => {
    const [spanish] = content.translations;
    for (const card of spanish.cards) expect(await pageAt(`/es${card.url}`)).toContain(`<h1 class="title">`);
    const home = await pageAt("/es/");
    for (const chapter of spanish.chapters) expect(home).toContain(`href="/es${chapter.url}"`);
    const card = spanish.cards.find((c) => c.id === "a-nap-together")!;
    expect(await pageAt("/es/cards/a-nap-together/")).toContain(`${card.number} / ${spanish.cards.length}`);
    expect(card.title).not.toBe(content.cards.find((c) => c.id === "a-nap-together")!.title);
  });

  it.each(["/", "/cards/", "/cards/a-nap-together/", "/guide/rituals/", "/about/", "/tonight/", "/plan/", "/make/"])("names %s in both languages, both ways, and the switcher lands on the same page", async (url) => {
    const english = await pageAt(url);
    const spanish = await pageAt(`/es${url}`);
    const page = (dir: string, at: string) => readFile(join(dir, at, "index.html"), "utf8");
    const both = { en: `${origin}${url}`, es: `${origin}/es${url}`, "x-default": `${origin}${url}` };
    expect(alternates(await page(addressed, url))).toEqual(both);
    expect(alternates(await page(addressed, `/es${url}`))).toEqual(both);
    // Without a known address there are no alternates (they must be absolute); the switcher is always there.
    expect(alternates(english)).toEqual({});
    expect(switcher(english, url)).toEqual({ es: `/es${url}` });
    expect(switcher(spanish, `/es${url}`)).toEqual({ en: url });
  });

  it("offers the other language on draws, hands and Tonight runs, and each language's home on the 404 and offline pages, from any address", async () => {
    const run = (await listBuildFiles(dist)).find((path) => /^tonight\/[a-z-]+\/[a-z-]+\/[a-z-]+\/index\.html$/.test(path))!;
    for (const url of ["/draw/1/", "/draw/three/", `/${run.replace(/index\.html$/, "")}`]) {
      expect(switcher(await pageAt(url), url), url).toEqual({ es: `/es${url}` });
      expect(switcher(await pageAt(`/es${url}`), `/es${url}`), url).toEqual({ en: url });
    }
    // Served at whatever address was asked for (a host's 404, the service worker offline): links that hold from any depth.
    for (const [url, at] of [["/404.html", "/some/where/deep/"], ["/downloads/not-saved/", "/downloads/cards.pdf"]]) {
      expect(switcher(await pageAt(url), at), url).toEqual({ es: "/es/" });
      expect(switcher(await pageAt(`/es${url}`), `/es${at}`), url).toEqual({ en: "/index.html" });
    }
  });

  it("keeps a Spanish page's links in Spanish, and shared files at the root", async () => {
    const html = await pageAt("/es/cards/a-nap-together/");
    expect(html).toContain('href="/es/cards/"');
    expect(html).toMatch(/href="\/es\/guide\/[a-z-]+\/#[a-z-]+"/);
    expect(html).toMatch(/<link rel="stylesheet" href="\/css\//);
    expect(html).toContain('<script src="/js/site.js"');
    expect(html).toContain('<link rel="home" href="/es/">');
  });

  it("hides in discreet mode every Spanish title whose English one it hides, with a Spanish stand-in", async () => {
    const standIn = (html: string) => /<h1[^>]*>(?:(?!<\/h1>).)*?<span class="dn-alt"[^>]*>([^<]+)<\/span>/.exec(html)?.[1];
    const [spanish] = content.translations;
    const items = [...content.cards, ...content.chapters].map((item) => item.url);
    let hidden = 0;
    for (const url of items) {
      const english = standIn(await pageAt(url));
      const translated = standIn(await pageAt(`/es${url}`));
      expect(Boolean(translated), url).toBe(Boolean(english));
      if (english) hidden++;
      if (translated) expect(translated, url).toMatch(/^(Carta|Capítulo) \d+$/);
    }
    expect(hidden).toBeGreaterThanOrEqual(4);
    expect(standIn(await pageAt("/es/guide/what-is-aftercare/"))).toMatch(/^Capítulo \d+$/);
    expect(standIn(await pageAt("/es/cards/a-show-in-bed/"))).toMatch(/^Carta \d+$/);
    // Card pages walk the index with its stand-ins, in the page's language.
    const index = JSON.parse(await readFile(join(dist, "es", "cards", "index.json"), "utf8")) as { cards: { url: string; neutral?: string }[] };
    const show = spanish.cards.find((card) => card.id === "a-show-in-bed")!;
    expect(index.cards.find((card) => card.url === show.url)?.neutral).toBe(`Carta ${show.number}`);
  });

  it("lists both languages in the one sitemap, each with its alternates", async () => {
    const sitemap = await readFile(join(dist, "sitemap.xml"), "utf8");
    expect(sitemap).toContain("<loc>/es/cards/a-nap-together/</loc>");
    const entry = /<url><loc>\/es\/guide\/rituals\/<\/loc>.*?<\/url>/.exec(sitemap)?.[0];
    expect(entry).toContain('<xhtml:link rel="alternate" hreflang="en" href="/guide/rituals/"/>');
    expect(entry).toContain('<xhtml:link rel="alternate" hreflang="es" href="/es/guide/rituals/"/>');
    await expect(readFile(join(dist, "es", "sitemap.xml"))).rejects.toThrow();
  });

  it("gives each language its own web-app manifest at the root, in its words and starting at its home, linked from its pages", async () => {
    const manifest = async (at: string) => JSON.parse(await readFile(join(dist, at), "utf8")) as Record<string, string>;
    const [english, spanish] = [await manifest("manifest.webmanifest"), await manifest("manifest-es.webmanifest")];
    expect(english).toMatchObject({ lang: "en", start_url: "/", description: content.settings.text.en.tagline });
    expect(spanish).toMatchObject({ lang: "es", start_url: "/es/", scope: "/", description: content.settings.text.es.tagline });
    for (const url of ["/", "/cards/a-nap-together/", "/draw/", "/404.html"]) {
      expect(await pageAt(url), url).toContain('<link rel="manifest" href="/manifest.webmanifest">');
      expect(await pageAt(`/es${url}`), url).toContain('<link rel="manifest" href="/manifest-es.webmanifest">');
    }
  });

  it("sends a missing address under /es/ to the Spanish 404 page on hosts that read _redirects", async () => {
    expect(await readFile(join(dist, "_redirects"), "utf8")).toBe("/es/* /es/404.html 404\n");
    expect(await pageAt("/es/404.html")).toContain('<html lang="es"');
    expect(notFoundRedirects([{ lang: "en" }, { lang: "es" }, { lang: "pt-BR" }], "/guide-site/")).toBe("/guide-site/es/* /guide-site/es/404.html 404\n/guide-site/pt-BR/* /guide-site/pt-BR/404.html 404");
    expect(notFoundRedirects([{ lang: "en" }], "/")).toBe("");
  });
});

const suite = browserAvailable() ? describe : describe.skip;

suite("searching each language", () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const results = async (path: string) => {
    const { context, page, problems } = await openSite(browser, server.origin);
    await page.goto(`${server.origin}${path}`);
    await page.locator("[data-search-status]:not(:empty)").waitFor();
    const hrefs = await page.locator("[data-search-results] a").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    const status = await page.locator("[data-search-status]").textContent();
    await context.close();
    expect(problems).toEqual([]);
    return { hrefs, status };
  };

  it("finds “agua” in Spanish pages only, and no Spanish page from the English search", async () => {
    const spanish = await results("/es/search/?q=agua");
    expect(spanish.hrefs.length).toBeGreaterThan(0);
    for (const href of spanish.hrefs) expect(href).toMatch(/^\/es\//);
    expect(spanish.status).toMatch(/resultados$/);
    // English has no "agua": its search may offer a near English word, never a Spanish page.
    const english = await results("/search/?q=agua");
    for (const href of english.hrefs) expect(href).not.toMatch(/^\/es\//);
    const water = await results("/search/?q=water");
    expect(water.hrefs.length).toBeGreaterThan(0);
    for (const href of water.hrefs) expect(href).not.toMatch(/^\/es\//);
  });
});

// The built site says what the content says: every chapter, card, fixed page and deploy file, at the
// root and under a path prefix.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadContent, kinds, whens, type Content } from "../scripts/content/index.js";
import { deckManifestSchema, type DeckManifest } from "../scripts/manifest/deck-manifest.js";
import { dealableRightAfter } from "../scripts/site/dealable.js";
import { listBuildFiles } from "./support/static-server.js";

const dist = inject("distDir");
const prefixed = inject("prefixedDistDir");
const prefix = inject("pathPrefix");
const read = (path: string, dir = dist) => readFile(join(dir, path), "utf8");
const pageAt = (url: string, dir = dist) => read(join(url, url.endsWith(".html") ? "" : "index.html"), dir);
/** Text with tags dropped and the few entities templates emit decoded, for "the page says X" checks. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, " ");
/** The title a heading shows outside discreet mode: its stand-in (if any) left out, tags dropped. */
const headingText = (html: string, open: string) => {
  const inner = html.slice(html.indexOf(open) + open.length, html.indexOf("</h1>", html.indexOf(open)));
  return textOf(inner.replace(/<span class="dn-alt"[^>]*>[^<]*<\/span>/g, "")).trim();
};

let content: Content;
let manifest: DeckManifest;
beforeAll(async () => {
  content = await loadContent({ root: process.cwd() });
  manifest = deckManifestSchema.parse(JSON.parse(await read("downloads/decks.json")));
});

describe("guide", () => {
  it("has a page per chapter with its title, reading time, contents and previous/next links", async () => {
    for (const [index, chapter] of content.chapters.entries()) {
      const html = await pageAt(chapter.url);
      expect(headingText(html, "<h1>")).toBe(chapter.title);
      expect(html).toContain(`${chapter.readingMinutes} min read`);
      for (const heading of chapter.headings) expect(html).toContain(`id="${heading.id}"`);
      if (index > 0) expect(html).toContain(`rel="prev" href="${content.chapters[index - 1].url}"`);
      if (index + 1 < content.chapters.length) expect(html).toContain(`rel="next" href="${content.chapters[index + 1].url}"`);
    }
  });
  it("lists every chapter, in order, on the guide index", async () => {
    const html = await pageAt("/guide/");
    const positions = content.chapters.map((chapter) => html.indexOf(`href="${chapter.url}"`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe("cards", () => {
  it("have a page each with kind, category, when, time, energy, touch, number and the guide link", async () => {
    for (const card of content.cards) {
      const html = await pageAt(card.url);
      const text = textOf(html);
      expect(headingText(html, '<h1 class="title">')).toBe(card.title);
      expect(text).toContain(kinds.find((k) => k.id === card.kind)!.label);
      expect(text).toContain(whens.find((w) => w.id === card.when)!.label);
      expect(text).toContain(`${card.number} / ${content.cards.length}`);
      for (const word of card.text.split(/\s+/).slice(0, 5)) expect(text).toContain(word.replace(/[*_]/g, ""));
      if (card.guideUrl) expect(html).toContain(`href="${card.guideUrl}"`);
    }
  });
  it("link back from their guide chapter", async () => {
    const linked = content.cards.filter((card) => card.guideUrl);
    for (const card of linked) {
      const chapterUrl = card.guideUrl!.split("#")[0];
      expect(await pageAt(chapterUrl)).toContain(`href="${card.url}"`);
    }
  });
  it("are all in the browser, whose filters offer each value the deck has and hide the rest without JavaScript", async () => {
    const browser = await pageAt("/cards/");
    for (const card of content.cards) expect(browser).toContain(`href="${card.url}"`);
    expect(browser.match(/\sdata-card[\s=>]/g)?.length).toBe(content.cards.length);
    for (const kind of kinds) {
      const has = content.cards.some((card) => card.kind === kind.id);
      expect(browser.includes(`id="f-kind-${kind.id}"`), kind.id).toBe(has);
    }
    // One rule per value hides the cards without it once its radio is checked: choices combine by CSS alone.
    const css = await read(/href="\/(css\/[^"]+\.css)"/.exec(browser)![1]);
    expect(css).toContain('.browse:has(#f-kind-ritual:checked) [data-card]:not([data-kind="ritual"]){display:none}');
    const index = JSON.parse(await read("cards/index.json")) as { cards: { url: string; kind: string }[] };
    expect(index.cards.map((card) => card.url)).toEqual(content.cards.map((card) => card.url));
    expect(index.cards.map((card) => card.kind)).toEqual(content.cards.map((card) => card.kind));
  });
  it("can be drawn without JavaScript: one draw page per card that fits right after, and hands of three", async () => {
    const files = await listBuildFiles(dist);
    const draws = files.filter((f) => /^draw\/\d+\/index\.html$/.test(f));
    const dealable = content.cards.filter(dealableRightAfter);
    expect(dealable.length).toBeLessThan(content.cards.length);
    expect(draws).toHaveLength(dealable.length);
    const drawn = await Promise.all(draws.map(async (f) => headingText(await read(f), '<h1 class="title">')));
    expect(new Set(drawn)).toEqual(new Set(dealable.map((card) => card.title)));
    const hands = files.filter((f) => /^draw\/three\/\d+\/index\.html$/.test(f));
    const dealt = new Set<string>();
    for (const f of hands) for (const match of (await read(f)).matchAll(/<h2><a href="\/cards\/([a-z0-9-]+)\/">/g)) dealt.add(match[1]);
    expect([...dealt].sort()).toEqual(dealable.map((card) => card.id).sort());
    // Never a daytime card or the how-to card.
    expect(dealable.every((card) => card.when === "right-after" && card.kind !== "start")).toBe(true);
    const three = await pageAt("/draw/three/1/");
    expect(three.match(/\sdata-card[\s=>]/g)?.length).toBe(3);
    expect(await pageAt("/draw/1/")).toMatch(/<a class="button" href="\/draw\/\d+\/"[^>]*>Pass<\/a>/);
  });
});

describe("fixed pages", () => {
  it("downloads lists every PDF in decks.json with its size and pages", async () => {
    const text = textOf(await pageAt("/downloads/"));
    const html = await pageAt("/downloads/");
    for (const deck of manifest.decks) {
      expect(html).toContain(`href="/downloads/${encodeURIComponent(deck.file)}"`);
      expect(text).toContain(`${deck.pages} page`);
    }
  });
  it("how to print says 100%, the long edge, and shows the sheet diagrams", async () => {
    const html = await pageAt("/how-to-print/");
    expect(textOf(html)).toMatch(/100%/);
    expect(textOf(html)).toMatch(/long edge/);
    for (const deck of manifest.decks.filter((d) => d.diagram)) expect(html).toContain(`href="/downloads/${encodeURIComponent(deck.file)}"`);
    expect(html).toMatch(/<img src="\/downloads\/[^"]+\.svg"/);
  });
  it("how to print shows the ink saver's own diagram in the two-sided group, and one picture per paper-free look", async () => {
    const html = await pageAt("/how-to-print/");
    const twoSided = html.slice(html.indexOf('id="for-home-duplex"'), html.indexOf("</section>", html.indexOf('id="for-home-duplex"')));
    const pictures = [...twoSided.matchAll(/<img src="\/downloads\/([^"]+)"/g)].map((match) => decodeURIComponent(match[1]));
    const inkSaver = manifest.decks.find((deck) => deck.ink === "saver" && deck.imposition === "home-duplex")!;
    expect(pictures).toContain(inkSaver.diagram);
    expect(twoSided).toContain(`<figcaption class="meta">${inkSaver.label}</figcaption>`);
    expect(pictures).toEqual([...new Set(pictures)]);
    expect(pictures).toHaveLength(new Set(manifest.decks.filter((deck) => deck.imposition === "home-duplex").map((deck) => `${deck.cardSize} ${deck.ink}`)).size);
  });
  it("downloads shows every file's own sheet diagram, loaded lazily, with alt text naming the file", async () => {
    const html = await pageAt("/downloads/");
    for (const deck of manifest.decks.filter((d) => d.diagram)) {
      expect(html).toMatch(new RegExp(`<img src="/downloads/${encodeURIComponent(deck.diagram!).replace(/\./g, "\\.")}" alt="One sheet of [^"]+" width="\\d+" height="\\d+" loading="lazy"`));
    }
  });
  it("sources lists every source with its id as an anchor", async () => {
    const html = await pageAt("/sources/");
    for (const source of content.sources) expect(html).toContain(`id="${source.id}"`);
  });
  it("about says what the site does not collect", async () => {
    expect(textOf(await pageAt("/about/")).toLowerCase()).toMatch(/cookie|collect|track/);
  });
  it("404, favourites, search and home exist; the home page offers the deck download", async () => {
    expect(await read("404.html")).toContain("Nothing here");
    expect(await pageAt("/favourites/")).toContain("data-favourites");
    const search = await pageAt("/search/");
    expect(search).toMatch(/data-cache-tag="[0-9a-f]{12}"/);
    expect(search).toContain("wasm-unsafe-eval");
    const home = await pageAt("/");
    if (manifest.decks[0]) expect(home).toContain(`href="/downloads/${encodeURIComponent(manifest.decks[0].file)}"`);
  });
  it("every page asks for no referrer and carries a CSP without inline script", async () => {
    for (const file of (await listBuildFiles(dist)).filter((f) => f.endsWith(".html"))) {
      const html = await read(file);
      expect(html, file).toContain('<meta name="referrer" content="no-referrer">');
      expect(html, file).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'[;' ]/);
      // Scripts come from files; the one inline <script> is the scripts' words, a JSON data block the browser never runs.
      expect(html.replace(/<script type="application\/json" data-(page-words|vocabulary)(="")?>/g, ""), file).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html, file).not.toMatch(/\sstyle="/);
      expect(html, file).not.toMatch(/\son[a-z]+="/);
    }
  });
});

describe("deploy files", () => {
  it("sitemap lists every chapter, card and page, dated by the content, not the clock", async () => {
    const xml = await read("sitemap.xml");
    const day = content.updated.toISOString().slice(0, 10);
    for (const url of [...content.chapters, ...content.cards, ...content.pages].map((item) => item.url)) expect(xml).toContain(`${url}</loc><lastmod>${day}</lastmod>`);
    expect(xml).not.toMatch(/\/draw\/\d/);
  });
  it("robots.txt allows crawling; _headers sets the security headers", async () => {
    expect(await read("robots.txt")).toMatch(/User-agent: \*\nAllow: \//);
    const headers = await read("_headers");
    for (const line of ["Content-Security-Policy: default-src 'self'", "Strict-Transport-Security: max-age=", "X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer", "Permissions-Policy: "]) expect(headers).toContain(line);
  });
  it("the service worker is stamped with the precache version, which lists pages but no PDF", async () => {
    const precache = JSON.parse(await read("precache.json")) as { version: string; files: string[] };
    expect(await read("sw.js")).toContain(`const VERSION = "${precache.version}"`);
    expect(precache.files).toContain("/");
    expect(precache.files).toContain(content.cards[0].url);
    expect(precache.files.some((f) => f.endsWith(".pdf"))).toBe(false);
    expect(precache.files.some((f) => f.startsWith("/pagefind/"))).toBe(true);
    expect(precache.files.some((f) => f.startsWith("/fonts/") && f.endsWith(".woff2"))).toBe(true);
  });
});

describe("under a path prefix", () => {
  it("every root-relative link and source starts with the prefix", async () => {
    for (const file of (await listBuildFiles(prefixed)).filter((f) => f.endsWith(".html"))) {
      const html = await read(file, prefixed);
      for (const [, url] of html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) expect(url, `${file}: ${url}`).toMatch(new RegExp(`^${prefix}`));
    }
  });
  it("the web manifest, service worker list, sitemap and _headers use the prefix", async () => {
    const webManifest = JSON.parse(await read("manifest.webmanifest", prefixed));
    expect(webManifest.start_url).toBe(prefix);
    expect(webManifest.scope).toBe(prefix);
    const precache = JSON.parse(await read("precache.json", prefixed)) as { files: string[] };
    expect(precache.files.every((f) => f.startsWith(prefix))).toBe(true);
    expect(await read("sitemap.xml", prefixed)).toContain(`${prefix}guide/</loc>`);
    expect(await read("_headers", prefixed)).toMatch(new RegExp(`^${prefix}\\*`));
  });
});

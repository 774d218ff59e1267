// The site's pure parts: seeded draws, filter pages, escaping, the CSP, the precache list, the print page.
import { describe, expect, it } from "vitest";
import { dealsOfThree, drawSequence, seededShuffle, seedOf } from "../scripts/site/draw-order.js";
import { drawableCards } from "../scripts/site/drawable-cards.js";
import { filterPages } from "../scripts/site/card-filters.js";
import { blocksHtml, renderTokens } from "../scripts/site/html.js";
import { contentSecurityPolicy, headersFile } from "../scripts/site/csp.js";
import { precacheManifest } from "../scripts/site/precache.js";
import { customDeckFormHtml, downloadsHtml, howToPrintHtml, formatBytes } from "../scripts/site/deck-html.js";
import { deckInput } from "../scripts/site/custom-deck.js";
import { customDeckPaths } from "../scripts/site/custom-deck-paths.js";
import { fontFaces } from "../scripts/fonts/fonts.js";
import { makeCards } from "../scripts/deck/synthetic.js";
import { svgSize } from "../scripts/site/deck-shortcodes.js";
import { charactersOf, webFontFile } from "../scripts/site/web-fonts.js";
import { markdown, type Card } from "../scripts/content/index.js";
import { emptyDeckManifest, type DeckEntry, type DeckManifest, type ImpositionEntry } from "../scripts/manifest/deck-manifest.js";

const ids = Array.from({ length: 10 }, (_, i) => `card-${i}`);

describe("draws without JavaScript", () => {
  it("shuffle the same way every build, differently for a different deck", () => {
    expect(seededShuffle(ids, seedOf("a"))).toEqual(seededShuffle(ids, seedOf("a")));
    expect(seededShuffle(ids, seedOf("a"))).not.toEqual(seededShuffle(ids, seedOf("b")));
    expect([...seededShuffle(ids, 7)].sort()).toEqual([...ids].sort());
  });
  it("visit every card once, and passing on the last draw starts over", () => {
    const draws = drawSequence(ids, 1);
    expect(new Set(draws.map((d) => d.item)).size).toBe(ids.length);
    expect(draws.map((d) => d.next)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 1]);
  });
  it("deal hands of exactly three distinct cards that cover the deck", () => {
    const deals = dealsOfThree(ids, 1);
    expect(deals).toHaveLength(4);
    for (const deal of deals) expect(new Set(deal.hand).size).toBe(3);
    expect(new Set(deals.flatMap((d) => d.hand)).size).toBe(ids.length);
    expect(deals[deals.length - 1].next).toBe(1);
  });
});

describe("what a random draw may deal", () => {
  it("only cards that fit right after, and never a start card", () => {
    const deck = makeCards(10).map((card, i) => ({ ...card, when: (["right-after", "later-that-day", "another-day"] as const)[i % 3], kind: i === 0 ? ("start" as const) : ("ritual" as const) }));
    expect(drawableCards(deck).map((card) => card.id)).toEqual(["synthetic-4", "synthetic-7", "synthetic-10"]);
  });
});

describe("card filter pages", () => {
  const card = (id: string, kind: string, touch: string) => ({ id, kind, category: "care", when: "right-after", duration: "quick", energy: "low", touch }) as unknown as Card;
  it("exist only for values that have cards, and list exactly those cards", () => {
    const pages = filterPages([card("a", "ritual", "none"), card("b", "ritual", "close"), card("c", "affirmation", "none")]);
    const urls = pages.map((p) => p.url);
    expect(urls).toContain("/cards/kind/ritual/");
    expect(urls).not.toContain("/cards/kind/conversation/");
    expect(pages.find((p) => p.url === "/cards/touch/none/")!.cards.map((c) => c.id)).toEqual(["a", "c"]);
  });
});

describe("content to HTML", () => {
  it("escapes card text, so a card can never carry markup", () => {
    const html = blocksHtml([{ type: "paragraph", runs: [{ text: "<script>alert(1)</script> & more", bold: true, italic: false }] }]);
    expect(html).toBe("<p><strong>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</strong></p>");
  });
  it("turns guide headings into links to themselves", () => {
    const tokens = markdown.parse("## Hello there\n\nText", {});
    tokens[0].attrSet("id", "hello-there");
    expect(renderTokens(tokens)).toContain('<h2 id="hello-there"><a class="anchor" href="#hello-there">Hello there</a></h2>');
  });
});

describe("security headers", () => {
  it("allow no inline script or style, and WebAssembly only when asked", () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("wasm");
    expect(contentSecurityPolicy({ wasm: true })).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });
  it("cover HSTS, nosniff, no-referrer and permissions under the path prefix", () => {
    const file = headersFile("/afterglow/");
    expect(file).toMatch(/^\/afterglow\/\*\n/);
    for (const header of ["Content-Security-Policy:", "Strict-Transport-Security:", "X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer", "Permissions-Policy:"]) expect(file).toContain(header);
  });
});

describe("precache manifest", () => {
  const entries = ["index.html", "guide/ideas/index.html", "downloads/deck.pdf", "downloads/deck.svg", "sw.js", "css/a.css", "pagefind/pagefind.js", "pagefind/pagefind-ui.js"].map((path) => ({ path, hash: path.length.toString() }));
  it("lists pages by their folder URL under the prefix, and leaves out PDFs and the worker", () => {
    const { files } = precacheManifest(entries, "/afterglow/");
    expect(files).toEqual(["/afterglow/css/a.css", "/afterglow/downloads/deck.svg", "/afterglow/guide/ideas/", "/afterglow/", "/afterglow/pagefind/pagefind.js"]);
  });
  it("changes version when any cached file changes, and only then", () => {
    const a = precacheManifest(entries, "/").version;
    expect(precacheManifest([...entries].reverse(), "/").version).toBe(a);
    expect(precacheManifest(entries.map((e) => (e.path === "css/a.css" ? { ...e, hash: "x" } : e)), "/").version).not.toBe(a);
    expect(precacheManifest(entries.map((e) => (e.path.endsWith(".pdf") ? { ...e, hash: "x" } : e)), "/").version).toBe(a);
  });
  it("leaves out the corrected-file maker, which only someone making a file needs", () => {
    const maker = [customDeckPaths.bundle, customDeckPaths.input, customDeckPaths.font("body"), "js/custom-deck-form.js"].map((path) => ({ path, hash: "1" }));
    expect(precacheManifest(maker, "/").files).toEqual(["/js/custom-deck-form.js"]);
  });
});

describe("download and print pages", () => {
  const deck = (file: string, imposition: string): DeckEntry => ({ file, label: `L ${file}`, title: `T ${file}`, purpose: "P", paper: "A4", imposition, cardSize: "poker", pages: 2, cards: 9, bytes: 2048, diagram: file.replace(".pdf", ".svg"), discreet: false });
  const imposition = (id: string, twoSided: boolean): ImpositionEntry => ({ id, situation: `S ${id}`, arrangement: `A ${id}`, howToPrint: `H ${id}`, twoSided, acceptsBackOffset: twoSided });
  const manifest: DeckManifest = {
    generated: "2026-01-01",
    impositions: [imposition("home-duplex", true), imposition("fold-over", false), imposition("screen", false)],
    decks: [deck("b.pdf", "fold-over"), deck("a.pdf", "home-duplex"), deck("z.pdf", "screen")],
  };
  it("list every file by its label, with its size, and say so when there are none", () => {
    const html = downloadsHtml(manifest);
    for (const file of ["a.pdf", "b.pdf", "z.pdf"]) expect(html).toContain(`/downloads/${file}`);
    for (const file of ["a.pdf", "b.pdf", "z.pdf"]) expect(html).toContain(`L ${file}`);
    expect(html).toContain("2 KB");
    expect(downloadsHtml(emptyDeckManifest)).toContain("not built yet");
  });
  it("group files by printer situation in the manifest's order, each with the words the manifest gives it", () => {
    const html = howToPrintHtml(manifest, () => ({ width: 300, height: 400 }));
    expect(html.indexOf("a.pdf")).toBeLessThan(html.indexOf("b.pdf"));
    expect(html.indexOf("b.pdf")).toBeLessThan(html.indexOf("z.pdf"));
    for (const id of ["home-duplex", "fold-over", "screen"]) {
      const section = html.slice(html.indexOf(`for-${id}`));
      expect(section.indexOf(`S ${id}`), id).toBeGreaterThan(0);
      expect(section.indexOf(`A ${id}`), id).toBeGreaterThan(0);
      expect(section.indexOf(`H ${id}`), id).toBeGreaterThan(0);
    }
    expect(html).toContain('width="300" height="400"');
  });
  it("offer a corrected file for each file the deck says allows one, by its label, with both offsets limited to the test sheet's scale", () => {
    const backOffset = { maxMm: 4, stepMm: 0.25 };
    const html = customDeckFormHtml({ ...manifest, decks: [...manifest.decks, { ...deck("c.pdf", "home-duplex"), discreet: true, backOffset }, { ...deck("d.pdf", "home-duplex"), backOffset }] });
    expect([...html.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1])).toEqual(["c.pdf", "d.pdf"]);
    expect(html).toContain(">L c.pdf</option>");
    expect(html.match(/min="-4" max="4" step="0.25"/g)).toHaveLength(2);
    expect(html).toContain(`data-maker="${customDeckPaths.bundle}" data-input="${customDeckPaths.input}"`);
    expect(html).toContain("<noscript>");
    expect(customDeckFormHtml({ ...manifest, decks: [deck("b.pdf", "fold-over")] })).toBe("");
  });
  it("hand the browser every card without its markdown source, the content's date and a TTF for every font", () => {
    const cards = makeCards(3).map((card) => ({ ...card, body: "**source**" }));
    const input = JSON.parse(deckInput({ cards, updated: new Date("2026-02-03T04:05:06Z") }));
    expect(input.updated).toBe("2026-02-03T04:05:06.000Z");
    expect(input.cards.map((card: { id: string }) => card.id)).toEqual(cards.map((card) => card.id));
    expect(input.cards.every((card: object) => !("body" in card) && "blocks" in card)).toBe(true);
    expect(Object.keys(input.fonts).sort()).toEqual(fontFaces.map((face) => face.role).sort());
    // Font paths are relative to the input file, so the browser resolves them under any path prefix.
    expect(new URL(input.fonts.body, `https://x.test/p/${customDeckPaths.input}`).pathname).toBe(`/p/${customDeckPaths.font("body")}`);
  });
  it("formats sizes and reads SVG sizes", () => {
    expect(formatBytes(3 * 1024 * 1024)).toBe("3.0 MB");
    expect(svgSize('<svg viewBox="0 0 730 800" width="365" height="400">')).toEqual({ width: 365, height: 400 });
    expect(svgSize('<svg viewBox="-4 -4 730 800">')).toEqual({ width: 730, height: 800 });
  });
});

describe("web fonts", () => {
  it("keep every character the pages show, decoded, and nothing from tags or scripts", () => {
    const chars = charactersOf(["<p title='ø'>Café &amp; ŧ&#8364;</p><script>var ж</script>"]);
    for (const c of ["é", "€", "ŧ", "&"]) expect(chars).toContain(c);
    expect(chars).not.toContain("ж");
    expect(chars).not.toContain("ø");
    expect(webFontFile({ family: "Atkinson Hyperlegible", weight: 700, style: "italic" })).toBe("atkinson-hyperlegible-700-italic.woff2");
  });
});

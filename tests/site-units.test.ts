// The site's pure parts: seeded draws, filters, escaping, the CSP, the precache list, the print page,
// discreet titles, the reader's likely paper, typo correction and numbers as people type them.
import { siteSettings, siteStrings } from "./support/deck-brand.js";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dealsOfThree, drawSequence, seededShuffle, seedOf } from "../scripts/site/draw-order.js";
import { cardIndex, filterNav, filterVocabulary } from "../scripts/site/card-filters.js";
import { dealableRightAfter } from "../scripts/site/dealable.js";
import { filterQuery, matchesFilter, readFilterQuery } from "../scripts/site/filter-query.js";
import { neutralTitle, revealingWords } from "../scripts/site/discreet.js";
import { searchWords } from "../scripts/site/search-words.js";
import { likelyPaper } from "../templates/js/lib/paper.js";
import { correctQuery, editDistance } from "../templates/js/lib/spelling.js";
import { formatDecimal, parseDecimal } from "../templates/js/lib/decimal.js";
import { blocksHtml, discreetTitleHtml, renderTokens } from "../scripts/site/html.js";
import { contentSecurityPolicy, headersFile } from "../scripts/site/csp.js";
import { precacheManifest } from "../scripts/site/precache.js";
import { customDeckFormHtml, downloadsHtml, homeDownloadHtml, howToPrintHtml, formatBytes, keepOfflineHtml, type PageWords } from "../scripts/site/deck-html.js";
import { readLanguageStrings, readStrings, translate } from "../scripts/content/strings.js";
import { deckInput } from "../scripts/site/custom-deck-plugin.js";
import { customDeckPaths } from "../scripts/site/custom-deck-paths.js";
import { fontFaces } from "../scripts/fonts/fonts.js";
import { makeCards } from "../scripts/deck/synthetic-cards.js";
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
    expect(deck.filter((card) => dealableRightAfter(card as never)).map((card) => card.id)).toEqual(["synthetic-4", "synthetic-7", "synthetic-10"]);
  });
});

describe("card filters", () => {
  const card = (id: string, kind: string, touch: string) => ({ id, url: `/cards/${id}/`, title: id, number: 1, kind, category: "care", when: "right-after", duration: "quick", energy: "low", touch }) as unknown as Card;
  const cards = [card("a", "ritual", "none"), card("b", "ritual", "close"), card("c", "affirmation", "none")];
  const vocabulary = filterVocabulary(filterNav(cards));
  it("offer only values that some card has", () => {
    const kinds = filterNav(cards).find((facet) => facet.id === "kind")!.values.map((value) => value.id);
    expect(kinds).toEqual(["ritual", "affirmation"]);
  });
  it("live in one address, facets in their order, and read back only what the deck knows", () => {
    expect(filterQuery({ touch: "none", kind: "ritual" }, vocabulary)).toBe("?kind=ritual&touch=none");
    expect(filterQuery({}, vocabulary)).toBe("");
    expect(readFilterQuery("?touch=none&kind=ritual&colour=red&energy=sky", vocabulary)).toEqual({ kind: "ritual", touch: "none" });
    const state = readFilterQuery(filterQuery({ kind: "ritual", touch: "none" }, vocabulary), vocabulary);
    expect(cards.filter((c) => matchesFilter(c as unknown as Record<string, string>, state)).map((c) => c.id)).toEqual(["a"]);
  });
  it("index every card with its facets, and a stand-in for a title that names the subject", () => {
    const index = cardIndex([...cards, { ...card("d", "ritual", "none"), title: "After sex", number: 4 }], siteStrings);
    expect(index.cards.map((c) => c.url)).toEqual(["/cards/a/", "/cards/b/", "/cards/c/", "/cards/d/"]);
    expect(index.cards[2]).toMatchObject({ kind: "affirmation", touch: "none" });
    expect(index.cards[3].neutral).toBe("Card 4");
    expect(index.cards[0].neutral).toBeUndefined();
  });
});

const es = await readLanguageStrings(join(process.cwd(), "content"), "es");
describe("discreet titles", () => {
  it("stand in for titles that name the subject or the site, and only those", () => {
    expect(neutralTitle("Sadness after sex", "Chapter 9", siteStrings)).toBe("Chapter 9");
    expect(neutralTitle("What aftercare is", "Chapter 1", siteStrings)).toBe("Chapter 1");
    expect(neutralTitle("A warm towel", "Card 3", siteStrings)).toBeUndefined();
    expect(neutralTitle("Sussex by the sea", "Card 3", siteStrings)).toBeUndefined();
    expect(discreetTitleHtml("Sex & <care>", "Card 2", siteStrings)).toBe('<span class="dn-real">Sex &amp; &lt;care&gt;</span><span class="dn-alt" data-pagefind-ignore>Card 2</span>');
    expect(discreetTitleHtml("Tea & toast", "Card 2", siteStrings)).toBe("Tea &amp; toast");
  });
  it("use each language's own revealing words, whole words, whatever the case and accents", () => {
    expect(neutralTitle("Qué son los cuidados de después", "Capítulo 1", es)).toBe("Capítulo 1");
    expect(neutralTitle("Un episodio en la cama", "Carta 2", es)).toBe("Carta 2");
    expect(neutralTitle("Con un café, fuera de la cama", "Carta 52", es)).toBe("Carta 52");
    expect(neutralTitle("ÍNTIMO y lento", "Carta 3", es)).toBe("Carta 3");
    expect(neutralTitle("Una toalla tibia o una manta", "Carta 3", es)).toBeUndefined();
    expect(neutralTitle("Un episodio en la cama", "Card 2", siteStrings)).toBeUndefined();
    expect(revealingWords("in bed, sex*").test("we stay in   bed")).toBe(true);
    expect(revealingWords("in bed, sex*").test("inbed sussex")).toBe(false);
    expect(() => revealingWords(" , ")).toThrow(/names no words/);
  });
  it("index cards with their stand-ins in the language's words", () => {
    const cards = [{ id: "a", url: "/cards/a/", title: "Un episodio en la cama", number: 7 }] as unknown as Card[];
    expect(cardIndex(cards, es).cards[0].neutral).toBe("Carta 7");
  });
});

describe("search that forgives typos", () => {
  const words = ["the", "water", "cuddle", "wait", "snack", "hug", "war"];
  it("measures typos as edits, a swap of two letters counting once", () => {
    expect(editDistance("cudle", "cuddle", 2)).toBe(1);
    expect(editDistance("hgu", "hug", 2)).toBe(1);
    expect(editDistance("watr", "snack", 2)).toBe(Infinity);
  });
  it("corrects unknown words to the nearest, more frequent first, and leaves known words and prefixes alone", () => {
    expect(correctQuery("cudle", words)).toBe("cuddle");
    expect(correctQuery("watr", ["water", "war"])).toBe("water");
    expect(correctQuery("warm towl", ["warm", "towel"])).toBe("warm towel");
    expect(correctQuery("cuddle", words)).toBeUndefined();
    expect(correctQuery("cudd", words)).toBeUndefined();
    expect(correctQuery("xyzzy", [...words, "fizzy"])).toBeUndefined();
  });
  it("takes its words from chapters and cards, most frequent first, without link targets", () => {
    const chapter = { title: "Water", tokens: markdown.parse("Drink [water](/cards/water/) slowly, water helps.", {}) } as never;
    const list = searchWords({ chapters: [chapter], cards: [{ title: "A hug", text: "Water and a hug" } as never] });
    expect(list[0]).toBe("water");
    expect(list).toContain("hug");
    expect(list).not.toContain("cards");
  });
});

describe("numbers as people type them", () => {
  it("read a comma or a point as the decimal mark, and refuse anything else rather than guess", () => {
    expect(parseDecimal("1,5")).toBe(1.5);
    expect(parseDecimal(" 1.5 ")).toBe(1.5);
    expect(parseDecimal("−2")).toBe(-2);
    expect(parseDecimal("+0,5")).toBe(0.5);
    expect(parseDecimal("1,5,0")).toBeUndefined();
    expect(parseDecimal("15mm")).toBeUndefined();
    expect(parseDecimal("")).toBeUndefined();
    expect(formatDecimal(2, "1,5")).toBe("2");
    expect(formatDecimal(1.5, "1,0")).toBe("1,5");
  });
});

describe("the reader's likely paper", () => {
  it("is US Letter in the US and Canada (and where else CLDR says Letter), A4 elsewhere", () => {
    for (const tag of ["en-US", "en-CA", "fr-CA", "es-MX", "en"]) expect(likelyPaper(tag), tag).toBe("letter");
    for (const tag of ["en-GB", "de-DE", "fr", "ja", "en-AU", "pt-BR", undefined, "not a tag"]) expect(likelyPaper(tag), String(tag)).toBe("a4");
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

/** A language's interface words, as the pages get them. */
async function wordsOf(lang: string): Promise<PageWords> {
  const strings = (await readStrings({ contentDir: "content", relContentDir: "content", problems: [], paths: [] }, [lang])).get(lang)!;
  return { lang, t: (key, values) => translate(strings, key, values) };
}
const en = await wordsOf("en");

describe("download and print pages", () => {
  const deck = (file: string, imposition: string): DeckEntry => ({ file, label: `L ${file}`, title: `T ${file}`, purpose: "P", paper: "A4", imposition, cardSize: "poker", pages: 2, cards: 9, bytes: 2048, diagram: file.replace(".pdf", ".svg"), discreet: false });
  const imposition = (id: string, twoSided: boolean): ImpositionEntry => ({ id, situation: `S ${id}`, arrangement: `A ${id}`, howToPrint: `H ${id}`, twoSided, acceptsBackOffset: twoSided, carriesCards: true });
  const manifest: DeckManifest = {
    generated: "2026-01-01",
    impositions: [imposition("home-duplex", true), imposition("fold-over", false), imposition("screen", false)],
    decks: [deck("b.pdf", "fold-over"), deck("a.pdf", "home-duplex"), deck("z.pdf", "screen")],
  };
  it("list every file by its label, with its size, and say so when there are none", () => {
    const html = downloadsHtml(manifest, en);
    for (const file of ["a.pdf", "b.pdf", "z.pdf"]) expect(html).toContain(`/downloads/${file}`);
    for (const file of ["a.pdf", "b.pdf", "z.pdf"]) expect(html).toContain(`L ${file}`);
    expect(html).toContain("2 KB");
    expect(downloadsHtml(emptyDeckManifest, en)).toContain("not built yet");
  });
  it("group files by printer situation in the manifest's order, each with the words the manifest gives it", () => {
    const html = howToPrintHtml(manifest, en, () => ({ width: 300, height: 400 }));
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
  it("say who each file is for on both pages, link a cutter's cut files, and say what a box holds", () => {
    const cutter: DeckEntry = { ...deck("c.pdf", "home-duplex"), purpose: "For a cutting machine.", cutFiles: [{ file: "c-cut.svg", cornerRadiusMm: 0 }, { file: "c-round.svg", cornerRadiusMm: 3 }] };
    const box: DeckEntry = { ...deck("x.pdf", "fold-over"), cards: 0, box: { cards: 63, stock: "200 g/m² card", inside: { width: 65, height: 90.4, depth: 17.8 } } };
    const withExtras = { ...manifest, decks: [...manifest.decks, cutter, box] };
    for (const html of [downloadsHtml(withExtras, en), howToPrintHtml(withExtras, en)]) {
      expect(html).toContain("For a cutting machine.");
      expect(html).toContain('href="/downloads/c-cut.svg" download>square corners</a>');
      expect(html).toContain('href="/downloads/c-round.svg" download>3 mm rounded corners</a>');
      expect(html).toContain("holds 63 cards on 200 g/m² card, inside 65 × 90.4 × 17.8 mm");
    }
  });
  it("offer a corrected file for each file the deck says allows one, by its label, with both offsets limited to the test sheet's scale", () => {
    const backOffset = { maxMm: 4, stepMm: 0.25 };
    const html = customDeckFormHtml({ ...manifest, decks: [...manifest.decks, { ...deck("c.pdf", "home-duplex"), discreet: true, backOffset }, { ...deck("d.pdf", "home-duplex"), backOffset }] }, en);
    expect([...html.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1])).toEqual(["c.pdf", "d.pdf"]);
    expect(html).toContain(">L c.pdf</option>");
    expect(html.match(/inputmode="decimal"[^>]*data-min="-4" data-max="4" data-step="0.25"/g)).toHaveLength(2);
    expect(html).toContain(`data-maker="${customDeckPaths.bundle}" data-input="${customDeckPaths.input}"`);
    expect(html).toContain("<noscript>");
    expect(customDeckFormHtml({ ...manifest, decks: [deck("b.pdf", "fold-over")] }, en)).toBe("");
  });
  it("hand the browser every card without its markdown source, the content's date and a TTF for every font", () => {
    const cards = makeCards(3).map((card) => ({ ...card, body: "**source**" }));
    const input = JSON.parse(deckInput({ settings: siteSettings, lang: "en", strings: siteStrings, cards, updated: new Date("2026-02-03T04:05:06Z") }));
    expect(input.updated).toBe("2026-02-03T04:05:06.000Z");
    expect(input.cards.map((card: { id: string }) => card.id)).toEqual(cards.map((card) => card.id));
    expect(input.cards.every((card: object) => !("body" in card) && "blocks" in card)).toBe(true);
    expect(Object.keys(input.fonts).sort()).toEqual(fontFaces.map((face) => face.role).sort());
    // Font paths are relative to the input file, so the browser resolves them under any path prefix.
    expect(new URL(input.fonts.body, `https://x.test/p/${customDeckPaths.input}`).pathname).toBe(`/p/${customDeckPaths.font("body")}`);
  });
  it("offer the home page's deck on both papers, and keeping every file offline with the total size", () => {
    const letter = { ...deck("l.pdf", "home-duplex"), paper: "US Letter", bytes: 100 * 1024 };
    const a4 = { ...deck("a.pdf", "home-duplex"), paper: "A4", bytes: 110 * 1024 };
    const home = homeDownloadHtml({ ...manifest, decks: [letter, deck("b.pdf", "fold-over"), a4] }, en);
    expect([...home.matchAll(/href="\/downloads\/([^"]+)" download data-paper="([^"]+)"/g)].map((m) => [m[1], m[2]])).toEqual([["l.pdf", "letter"], ["a.pdf", "a4"]]);
    expect(home).toContain("100 KB");
    expect(keepOfflineHtml({ ...manifest, decks: [letter, a4] }, en)).toContain("all 2 files on this device, to open or print them without a connection: 210 KB in all");
    expect(keepOfflineHtml(emptyDeckManifest, en)).toBe("");
  });
  it("formats sizes and reads SVG sizes", () => {
    expect(formatBytes(3 * 1024 * 1024, en)).toBe("3.0 MB");
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

// The dev server's ledger of pages: a pass renders the pages whose fingerprints changed, and a pass
// limited to a saved file's own page leaves the rest due for the pass after it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ownPages } from "../scripts/dev/own-pages.js";
import { PageLedger } from "../scripts/site/page-ledger.js";

/** One pass over two templates, as selective-pages.ts drives it; returns what each rendered. */
function pass(ledger: PageLedger, cards: Record<string, string>, list: string) {
  ledger.begin();
  const keys = Object.keys(cards);
  const rendered = {
    cards: [...ledger.choose("card.njk", keys, keys.map((key) => cards[key]), false)],
    list: [...ledger.choose("cards-index.njk", [""], [list], true)],
  };
  ledger.commit([...rendered.cards.map((key) => ({ template: "card.njk", key, output: `cards/${key}/index.html` })), ...rendered.list.map(() => ({ template: "cards-index.njk", key: "", output: "cards/index.html" }))]);
  return rendered;
}

describe("the page ledger", () => {
  it("renders only changed pages, and a saved card's own page first with the rest in the next pass", () => {
    const ledger = new PageLedger();
    expect(pass(ledger, { a: "a1", b: "b1", c: "c1" }, "list1")).toEqual({ cards: ["a", "b", "c"], list: [""] });
    expect(pass(ledger, { a: "a1", b: "b1", c: "c1" }, "list1")).toEqual({ cards: [], list: [] });

    // Card b's title changed: its page, its neighbours' and the list are due; b's own page goes first.
    ledger.renderFirst([{ template: "card.njk", key: "b" }]);
    expect(pass(ledger, { a: "a2", b: "b2", c: "c2" }, "list2")).toEqual({ cards: ["b"], list: [] });
    expect(pass(ledger, { a: "a2", b: "b2", c: "c2" }, "list2")).toEqual({ cards: ["a", "c"], list: [""] });
    expect(pass(ledger, { a: "a2", b: "b2", c: "c2" }, "list2")).toEqual({ cards: [], list: [] });
  });

  it("limits only the pass right after it is asked, even when that pass fails", () => {
    const ledger = new PageLedger();
    pass(ledger, { a: "a1", b: "b1" }, "list1");
    ledger.renderFirst([{ template: "card.njk", key: "a" }]);
    ledger.begin(); // a pass that throws before it commits
    ledger.choose("card.njk", ["a", "b"], ["a2", "b2"], false);
    expect(pass(ledger, { a: "a2", b: "b2" }, "list2")).toEqual({ cards: ["a", "b"], list: [""] });
  });
});

describe("a saved file's own page", () => {
  const content = join("/site", "content");
  it("is its card's, chapter's or page's, by the file's id; other files have none", () => {
    const saved = ["cards/warm-towel.md", "guide/ideas.md", "pages/about.md", "es/cards/warm-towel.md", "site.yaml", "strings/en/site.yaml", "cards/notes.txt"];
    expect(ownPages(content, saved.map((file) => join(content, file)))).toEqual([
      { template: "card.njk", key: "warm-towel" },
      { template: "chapter.njk", key: "ideas" },
      { template: "content-page.njk", key: "about" },
    ]);
  });
});

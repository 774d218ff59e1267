// A shared deck link is data from a stranger: it round-trips what the maker puts in, and every hostile
// or broken fragment is refused with one sentence for the reader, whatever field the trouble is in.
import { deflateRawSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import type { DeckChoice } from "../scripts/deck/chosen-deck.js";
import { cardFacetNames } from "../scripts/content/vocabulary.js";
import { deckFragment, deckLinkFormat, readDeckFragment } from "../templates/js/lib/deck-link.js";
import { usePageWords } from "./support/page-words.js";

// The refusals are the page's words (yourData.link and make's in content/strings): read as the page would, in English.
beforeAll(() => usePageWords(["yourData.transfer", "yourData.link", "make"]));

const own = { id: "own-tea", title: "Our tea", body: "Two cups, **slowly**.\n\n- the blue mugs", kind: "ritual", category: "care", when: "right-after", duration: "quick", energy: "low", touch: "none" } as const;
const choice: DeckChoice = { cards: ["warm-towel-or-blanket", "own-tea"], copies: { "own-tea": 3 }, hidden: ["pass"], own: [own] };

/** A fragment made by hand: any text, deflated and base64url'd under any label. */
const pack = (text: string | Buffer, label = "deck1") => `#${label}.${deflateRawSync(typeof text === "string" ? Buffer.from(text) : text).toString("base64url")}`;
const refused = async (hash: string) => {
  const decoded = await readDeckFragment(hash);
  expect(decoded?.ok, hash.slice(0, 80)).toBe(false);
  return decoded && !decoded.ok ? decoded.message : "";
};

describe("the deck link", () => {
  it("carries the choice, copies, not-for-us cards and own cards, and gives them back as they were", async () => {
    const fragment = await deckFragment(choice);
    expect(fragment).toMatch(/^deck1\.[A-Za-z0-9_-]+$/);
    expect(await readDeckFragment(`#${fragment}`)).toEqual({ ok: true, value: choice });
  });

  it("is not read from a fragment that is not a deck link", () => {
    expect(readDeckFragment("#plan1.abc")).toBeUndefined();
    expect(readDeckFragment("")).toBeUndefined();
  });

  it.each([
    ["malformed base64", "#deck1.%%%not*base64"],
    ["a cut-short stream", `#deck1.${deflateRawSync(Buffer.from(JSON.stringify(choice))).toString("base64url").slice(0, 20)}`],
    ["a newer version", pack(JSON.stringify(choice), "deck2")],
    ["an older version", pack(JSON.stringify(choice), "deck0")],
    ["a fragment longer than any link", `#deck1.${"A".repeat(deckLinkFormat.maxFragment)}`],
    ["a deflate bomb", pack(Buffer.alloc(20 * 1024 * 1024, 32))],
    ["text that is not JSON", pack("<script>alert(1)</script>")],
    ["a __proto__ key", pack(`{"cards":["pass"],"copies":{"__proto__":{"polluted":1}},"hidden":[],"own":[]}`)],
    ["a constructor key", pack(`{"cards":["pass"],"copies":{},"hidden":[],"own":[],"constructor":{"prototype":{}}}`)],
    ["an unknown field", pack(JSON.stringify({ ...choice, extra: 1 }))],
    ["more than 500 cards", pack(JSON.stringify({ ...choice, cards: Array.from({ length: 501 }, (_, i) => `card-${i}`) }))],
    ["ten copies", pack(JSON.stringify({ ...choice, copies: { "own-tea": 10 } }))],
    ["a card listed twice", pack(JSON.stringify({ ...choice, cards: ["pass", "pass"] }))],
    ["two own cards with one id", pack(JSON.stringify({ ...choice, own: [own, own] }))],
    ["an own card whose id is not own-…", pack(JSON.stringify({ ...choice, own: [{ ...own, id: "warm-towel" }] }))],
    ["a title past its cap", pack(JSON.stringify({ ...choice, own: [{ ...own, title: "x".repeat(61) }] }))],
  ])("refuses %s with a sentence, and says nothing was saved", async (_, hash) => {
    expect(await refused(hash)).toMatch(/^This link cannot be opened: .+\. Nothing was saved\.$/);
  });

  it("refuses <script> and javascript: in every field", async () => {
    const hostile = ["<script>alert(1)</script>", "javascript:alert(1)"];
    const variants: unknown[] = [];
    for (const text of hostile) {
      variants.push({ ...choice, cards: [text] }, { ...choice, hidden: [text] }, { ...choice, copies: { [text]: 2 } });
      for (const field of ["id", "title", "body", ...cardFacetNames]) variants.push({ ...choice, own: [{ ...own, [field]: text }] });
    }
    for (const value of variants) expect(await refused(pack(JSON.stringify(value)))).toMatch(/^This link cannot be opened: (it does not hold a deck this site can read|a card in it holds markup or a script address)/);
    expect(variants).toHaveLength(2 * (3 + 3 + cardFacetNames.length));
  });

  it("stops inflating a bomb at its cap instead of filling memory", async () => {
    const bomb = pack(Buffer.alloc(20 * 1024 * 1024, 32)); // 80 times the cap, in under 32 KB
    expect(bomb.length).toBeLessThan(deckLinkFormat.maxFragment);
    expect(await refused(bomb)).toBe("This link cannot be opened: it holds more than any link this site makes. Nothing was saved.");
  });
});

// What a reader keeps on the device survives upgrades, moves as a file, and a shared link from a
// stranger can carry data but never more than it should: the store's pure parts, without a browser.
import { beforeAll, describe, expect, it } from "vitest";
import * as v from "valibot";
import { deviceDataSchema, emptyDeviceData, type DeviceData } from "../templates/js/lib/device-data.js";
import { migrateToCurrent } from "../templates/js/lib/device-migrations.js";
import { exportText, favouritesText, mergeDeviceData, mergeFavourites, readFavouritesImport, readImport } from "../templates/js/lib/device-transfer.js";
import { decodeLink, encodeLink, type LinkFormat } from "../templates/js/lib/share-link.js";
import { usePageWords } from "./support/page-words.js";

// The refusals are said in the page's words: the English ones, as the pages write them.
beforeAll(() => usePageWords(["yourData.transfer", "yourData.link"]));

function keyStore(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  return { map, getItem: (key: string) => map.get(key) ?? null, removeItem: (key: string) => void map.delete(key) };
}

describe("stored data from the first site", () => {
  it("is carried over: favourites in their order, theme and discreet mode, and the old keys removed", () => {
    const store = keyStore({ "afterglow-favourites": JSON.stringify(["still-here", "warm-towel-or-blanket"]), "afterglow-theme": "dark", "afterglow-discreet": "1" });
    const data = migrateToCurrent(undefined, store)!;
    expect(data.favourites.map((item) => item.id)).toEqual(["still-here", "warm-towel-or-blanket"]);
    expect(data.preferences).toEqual({ theme: "dark", discreet: true });
    expect(v.is(deviceDataSchema, data)).toBe(true);
    expect([...store.map.keys()]).toEqual([]);
  });
  it("starts fresh when nothing was stored, and leaves unreadable old favourites behind", () => {
    expect(migrateToCurrent(undefined, keyStore({}))).toEqual(emptyDeviceData());
    expect(migrateToCurrent(undefined, keyStore({ "afterglow-favourites": "{not json" }))!.favourites).toEqual([]);
  });
  it("is not guessed at when it comes from an unknown version: the caller sets it aside", () => {
    expect(migrateToCurrent({ version: 99, favourites: [] }, keyStore({}))).toBeUndefined();
    expect(migrateToCurrent([1, 2], keyStore({}))).toBeUndefined();
  });
});

describe("export and import", () => {
  const mine: DeviceData = { ...emptyDeviceData(), favourites: [{ id: "still-here", savedAt: 5 }], notes: { "thank-you": { text: "Say it twice", updatedAt: 10 } } };
  const ownCard = { id: "own-tea", title: "Tea & toast <3", body: "Two cups, **slowly**.", kind: "ritual", category: "care", when: "right-after", duration: "quick", energy: "low", touch: "none", createdAt: 1, updatedAt: 2 };

  it("an exported file imports back to the same data", () => {
    const read = readImport(exportText(mine, 1234));
    expect(read).toEqual({ ok: true, data: mine });
  });
  it("keeps harmless words with an ampersand or a heart in them", () => {
    const kind: DeviceData = { ...mine, ownCards: [ownCard as DeviceData["ownCards"][number]], notes: { "thank-you": { text: "Tea & toast <3 (and 2 < 3 blankets)", updatedAt: 1 } } };
    expect(readImport(exportText(kind, 1))).toEqual({ ok: true, data: kind });
  });
  it.each([
    ["not JSON", "{{", /not readable data/],
    ["too large", `{"format":"afterglow-device-data","pad":"${"x".repeat(600 * 1024)}"}`, /larger than/],
    ["a prototype key", '{"format":"afterglow-device-data","data":{"__proto__":{"polluted":1}}}', /__proto__/],
    ["another program's file", '{"format":"something-else","data":{}}', /not a file this site exported/],
    ["a newer version", JSON.stringify({ format: "afterglow-device-data", data: { ...mine, version: 2 } }), /newer version/],
    ["a changed file", JSON.stringify({ format: "afterglow-device-data", data: { ...mine, favourites: [{ id: "<script>", savedAt: 1 }] } }), /changed/],
    ["a note holding a script", JSON.stringify({ format: "afterglow-device-data", data: { ...mine, notes: { "thank-you": { text: "<script>alert(1)</script>", updatedAt: 1 } } } }), /looks like code/],
    ["an own card titled with markup", JSON.stringify({ format: "afterglow-device-data", data: { ...mine, ownCards: [{ ...ownCard, title: "<img src=x onerror=alert(1)>" }] } }), /looks like code/],
    ["an own card body with a script address", JSON.stringify({ format: "afterglow-device-data", data: { ...mine, ownCards: [{ ...ownCard, body: "Click javascript:alert(1)" }] } }), /looks like code/],
    ["a plan name holding a script", JSON.stringify({ format: "afterglow-device-data", data: { ...mine, planDraft: { name: "<script>", answers: { cuddle: { choice: "yes" } }, shareNos: true } } }), /looks like code/],
    ["a kept plan's answer holding markup", JSON.stringify({ format: "afterglow-device-data", data: { ...mine, plans: [{ createdAt: 1, partners: [{ answers: { cuddle: { choice: "yes", words: "<b>yes</b>" } }, shareNos: true }, { answers: {}, shareNos: true }] }] } }), /looks like code/],
  ])("a file that is %s is refused with a message", (_what, text, message) => {
    const read = readImport(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it("merging keeps both sides' entries and, where both have one, the newer", () => {
    const theirs: DeviceData = {
      ...emptyDeviceData(),
      favourites: [{ id: "still-here", savedAt: 99 }, { id: "thank-you", savedAt: 7 }],
      notes: { "thank-you": { text: "Older", updatedAt: 3 }, "still-here": { text: "New here", updatedAt: 4 } },
      preferences: { theme: "light" },
    };
    const merged = mergeDeviceData({ ...mine, preferences: { theme: "dark" } }, theirs);
    expect(merged.favourites).toEqual([{ id: "still-here", savedAt: 5 }, { id: "thank-you", savedAt: 7 }]);
    expect(merged.notes["thank-you"].text).toBe("Say it twice");
    expect(merged.notes["still-here"].text).toBe("New here");
    expect(merged.preferences).toEqual({ theme: "dark" });
    expect(v.is(deviceDataSchema, merged)).toBe(true);
  });
});

describe("favourites as a small file of their own", () => {
  const list = [{ id: "still-here", savedAt: 5 }, { id: "thank-you", savedAt: 9 }];

  it("holds the list and nothing else, and reads back to the same list", () => {
    const text = favouritesText(list, 1234);
    expect(Object.keys(JSON.parse(text)).sort()).toEqual(["exportedAt", "favourites", "format", "version"]);
    expect(readFavouritesImport(text, "favourites.json")).toEqual({ ok: true, favourites: list });
  });
  it("takes the favourites out of a full export too", () => {
    const full = exportText({ ...emptyDeviceData(), favourites: list, notes: { "thank-you": { text: "private", updatedAt: 1 } } }, 1);
    expect(readFavouritesImport(full, "all.json")).toEqual({ ok: true, favourites: list });
  });
  it.each([
    ["not JSON", "{{", /not readable data/],
    ["too large", `{"format":"afterglow-favourites","pad":"${"x".repeat(600 * 1024)}"}`, /larger than/],
    ["a prototype key", '{"format":"afterglow-favourites","version":1,"favourites":[],"__proto__":{"polluted":1}}', /__proto__/],
    ["another program's file", '{"format":"something-else","favourites":[]}', /not a favourites file/],
    ["a newer version", '{"format":"afterglow-favourites","version":2,"favourites":[]}', /newer version/],
    ["a changed file", JSON.stringify({ format: "afterglow-favourites", version: 1, favourites: [{ id: "<script>", savedAt: 1 }] }), /“favourites” field/],
  ])("a file that is %s is refused, naming the file, and nothing changes", (_what, text, message) => {
    const read = readFavouritesImport(text, "shared.json");
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.message).toMatch(message);
      expect(read.message).toMatch(/^“shared\.json” cannot be opened as favourites: .*Your list was not changed\.$/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it("adding keeps this phone's list and dates, and appends only what is new", () => {
    expect(mergeFavourites([{ id: "thank-you", savedAt: 1 }], list)).toEqual([{ id: "thank-you", savedAt: 1 }, { id: "still-here", savedAt: 5 }]);
  });
});

describe("data in a link's fragment", () => {
  const format: LinkFormat<{ ids: string[] }> = {
    kind: "test",
    version: 1,
    maxFragment: 8192,
    maxDecoded: 4096,
    check: (value) => {
      const ids = (value as { ids?: unknown }).ids;
      return Array.isArray(ids) && ids.every((id) => typeof id === "string" && /^[a-z-]+$/.test(id)) ? { ok: true, value: { ids } } : { ok: false, message: "it lists something that is not a card" };
    },
  };
  const pack = async (json: string) => {
    const bytes = new Uint8Array(await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer());
    return `test1.${Buffer.from(bytes).toString("base64url")}`;
  };

  it("round-trips, with or without the leading #", async () => {
    const fragment = await encodeLink(format, { ids: ["still-here", "thank-you"] });
    expect(fragment).toMatch(/^test1\.[A-Za-z0-9_-]+$/);
    expect(await decodeLink(format, fragment)).toEqual({ ok: true, value: { ids: ["still-here", "thank-you"] } });
    expect(await decodeLink(format, `#${fragment}`)).toEqual({ ok: true, value: { ids: ["still-here", "thank-you"] } });
  });
  it.each([
    ["malformed base64", "test1.***", /cut short or changed/],
    ["not deflate at all", "test1.AAAA", /cut short or changed|not readable/],
    ["another kind", "deck1.abc", /not a test link/],
    ["a newer version", "test2.abc", /newer version/],
    ["too long", `test1.${"A".repeat(9000)}`, /longer than/],
  ])("refuses %s with a message", async (_what, fragment, message) => {
    const decoded = await decodeLink(format, fragment);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.message).toMatch(message);
  });
  it("stops a deflate bomb at the cap", async () => {
    const fragment = await pack(JSON.stringify({ ids: [], pad: " ".repeat(5_000_000) }));
    expect(fragment.length).toBeLessThan(8192);
    const decoded = await decodeLink(format, fragment);
    expect(decoded).toEqual({ ok: false, message: expect.stringMatching(/holds more than/) });
  });
  it("refuses prototype keys and what the check rejects", async () => {
    expect((await decodeLink(format, await pack('{"ids":[],"__proto__":{"x":1}}'))).ok).toBe(false);
    const script = await decodeLink(format, await pack(JSON.stringify({ ids: ["<script>alert(1)</script>"] })));
    expect(script).toEqual({ ok: false, message: expect.stringMatching(/not a card/) });
  });
});

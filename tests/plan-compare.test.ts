// Where two people's answers meet, and the plan as a link: every statement lands in exactly one place,
// a private "not for me" never leaves its owner, and a link from a stranger carries nothing it should not.
import { beforeAll, describe, expect, it } from "vitest";
import * as v from "valibot";
import { planSchema, type Plan, type PlanPartner } from "../templates/js/lib/device-data.js";
import { comparePlan, placeOf, planChanges, sharedAnswers, type Place } from "../templates/js/lib/plan-compare.js";
import { planFragment, planLinkFormat, readPlanFragment } from "../templates/js/lib/plan-link.js";
import { decodeLink } from "../templates/js/lib/share-link.js";
import { usePageWords } from "./support/page-words.js";

// The refusals are said in the page's words: the English ones, as the plan pages write them.
beforeAll(() => usePageWords(["plan", "yourData.transfer", "yourData.link"]));

type Choice = "yes" | "maybe" | "no";
const partner = (answers: Record<string, Choice>, shareNos = true, name?: string): PlanPartner => ({
  ...(name ? { name } : {}),
  shareNos,
  answers: Object.fromEntries(Object.entries(answers).map(([id, choice]) => [id, { choice }])),
});

describe("comparing two people's answers", () => {
  // Every pair of answers (none, yes, maybe, no) and where it belongs, with both sharing their "not for me".
  const table: [Choice | undefined, Choice | undefined, Place][] = [
    ["yes", "yes", "go-to"],
    ["yes", "maybe", "worth-a-try"],
    ["maybe", "yes", "worth-a-try"],
    ["maybe", "maybe", "ask-first"],
    ["yes", "no", "boundary"],
    ["no", "maybe", "boundary"],
    ["no", "no", "boundary"],
    ["yes", undefined, "left-out"],
    [undefined, "maybe", "left-out"],
    [undefined, undefined, "left-out"],
  ];
  it.each(table)("%s and %s: %s", (a, b, place) => {
    const partners: Plan["partners"] = [partner(a ? { x: a } : {}), partner(b ? { x: b } : {})];
    expect(placeOf(partners, "x")).toBe(place);
  });

  it("puts every statement in exactly one place, in the order of the questions, and each person's no in their own boundaries", () => {
    const ids = ["cuddle", "thanks", "music", "water", "alone", "shower"];
    const plan = comparePlan(
      [partner({ cuddle: "yes", thanks: "yes", music: "maybe", water: "no", shower: "no" }), partner({ cuddle: "yes", thanks: "maybe", music: "maybe", water: "yes", alone: "yes", shower: "no" })],
      ids,
    );
    expect(plan.byPlace).toEqual({ "go-to": ["cuddle"], "worth-a-try": ["thanks"], "ask-first": ["music"], boundary: ["water", "shower"], "left-out": ["alone"] });
    expect(plan.boundaries).toEqual([["water", "shower"], ["shower"]]);
    expect(Object.values(plan.byPlace).flat().sort()).toEqual([...ids].sort());
  });

  it("counts a private no as no answer at all: it is neither shown as a boundary nor hinted at beyond 'left out'", () => {
    const partners: Plan["partners"] = [partner({ water: "no", cuddle: "yes" }, false), partner({ water: "yes", cuddle: "yes" })];
    expect(comparePlan(partners, ["water", "cuddle"])).toEqual({
      byPlace: { "go-to": ["cuddle"], "worth-a-try": [], "ask-first": [], boundary: [], "left-out": ["water"] },
      boundaries: [[], []],
    });
  });

  it("takes private no's out of a person's answers before they leave their hands, and keeps shared ones", () => {
    const mine = partner({ water: "no", cuddle: "yes", thanks: "maybe" }, false, "Sam");
    expect(sharedAnswers(mine)).toEqual(partner({ cuddle: "yes", thanks: "maybe" }, false, "Sam"));
    const open = partner({ water: "no" }, true);
    expect(sharedAnswers(open)).toBe(open);
  });

  it("says what moved between an older plan and a newer one", () => {
    const older: Plan = { createdAt: 1, partners: [partner({ cuddle: "yes", music: "yes", water: "maybe" }), partner({ cuddle: "yes", music: "no", water: "yes" })] };
    const newer: Plan = { createdAt: 2, partners: [partner({ cuddle: "yes", music: "yes", water: "yes" }), partner({ cuddle: "maybe", music: "yes", water: "yes" })] };
    expect(planChanges(older, newer, ["cuddle", "music", "water", "thanks"])).toEqual([
      { id: "cuddle", from: "go-to", to: "worth-a-try" },
      { id: "music", from: "boundary", to: "go-to" },
      { id: "water", from: "worth-a-try", to: "go-to" },
    ]);
  });

  it("a kept plan never holds a private no: the schema refuses one", () => {
    const ok: Plan = { createdAt: 5, partners: [partner({ cuddle: "yes" }, false), partner({ water: "no" }, true)] };
    expect(v.is(planSchema, ok)).toBe(true);
    expect(v.is(planSchema, { ...ok, partners: [partner({ water: "no" }, false), ok.partners[1]] })).toBe(false);
  });
});

describe("a plan in a link", () => {
  const first = partner({ cuddle: "yes", thanks: "maybe" }, false, "Sam");
  const second = partner({ cuddle: "yes", water: "no" }, true, "Alex");
  const pack = async (json: string) => {
    const bytes = new Uint8Array(await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer());
    return `plan1.${Buffer.from(bytes).toString("base64url")}`;
  };

  it("carries one person's answers, or a compared plan, and reads back the same", async () => {
    for (const value of [{ partners: [first] as [PlanPartner] }, { createdAt: 1_700_000_000_000, partners: [first, second] as Plan["partners"] }]) {
      const fragment = (await planFragment(value))!;
      expect(fragment).toMatch(/^plan1\.[A-Za-z0-9_-]+$/);
      expect(await readPlanFragment(`#${fragment}`)).toEqual({ ok: true, value });
    }
  });

  it("is not read from a fragment that is not a plan link", () => {
    expect(readPlanFragment("")).toBeUndefined();
    expect(readPlanFragment("#settings")).toBeUndefined();
  });

  it("says so, instead of making a link, when the answers are too long for one", async () => {
    // Words that do not compress: every answer a full line of varied characters.
    let seed = 7;
    const noise = () => String.fromCodePoint(...Array.from({ length: 280 }, () => 0x4e00 + ((seed = (seed * 48271) % 2147483647) % 20000)));
    const answers = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`idea-${i}`, { choice: "yes" as const, words: noise() }]));
    expect(await planFragment({ partners: [{ shareNos: true, answers }] })).toBeUndefined();
  });

  const hostile: [string, () => Promise<string> | string, RegExp][] = [
    ["malformed data", () => "plan1.%%%not-base64", /cut short or changed/],
    ["cut short", async () => (await planFragment({ partners: [first] }))!.slice(0, 20), /cut short or changed|not readable/],
    ["a newer version", () => "plan2.AAAA", /newer version/],
    ["another kind of link", () => "deck1.AAAA", /not a plan link/],
    ["an oversized fragment", () => `plan1.${"A".repeat(17 * 1024)}`, /longer than any link/],
    ["a deflate bomb", () => pack(JSON.stringify({ partners: [{ shareNos: true, answers: {}, pad: " ".repeat(3_000_000) }] })), /holds more than/],
    ["a prototype key", () => pack('{"partners":[{"shareNos":true,"answers":{"__proto__":{"choice":"yes"}}}]}'), /__proto__/],
    ["a constructor key", () => pack('{"partners":[{"shareNos":true,"answers":{},"constructor":{"prototype":{"x":1}}}]}'), /constructor|prototype/],
    ["script in every field", () => pack(JSON.stringify({ createdAt: "<script>", partners: [{ name: "<script>alert(1)</script>", shareNos: "<script>", answers: { "<script>": { choice: "<script>", words: "<img src=x onerror=alert(1)>" } } }] })), /does not hold answers|looks like code/],
    ["a script in a name, all else well formed", () => pack(JSON.stringify({ partners: [partner({ cuddle: "yes" }, true, "<script>alert(1)</script>")] })), /looks like code \(markup or a script address\)/],
    ["markup in one answer's own words", () => pack(JSON.stringify({ partners: [{ shareNos: true, answers: { cuddle: { choice: "yes", words: "<img src=x onerror=alert(1)>" } } }] })), /looks like code/],
    ["a script address in a compared plan's answer", () => pack(JSON.stringify({ createdAt: 1, partners: [partner({ cuddle: "yes" }), { shareNos: true, answers: { cuddle: { choice: "maybe", words: "javascript:alert(1)" } } }] })), /looks like code/],
    ["a private no that should not be there", () => pack(JSON.stringify({ partners: [partner({ water: "no" }, false)] })), /does not hold answers/],
    ["a line break hidden in a name", () => pack(JSON.stringify({ partners: [partner({ cuddle: "yes" }, true, "Sam\nAlex")] })), /does not hold answers/],
    ["words longer than 280 characters", () => pack(JSON.stringify({ partners: [{ shareNos: true, answers: { cuddle: { choice: "yes", words: "a".repeat(281) } } }] })), /does not hold answers/],
    ["three people", () => pack(JSON.stringify({ createdAt: 1, partners: [first, second, second] })), /does not hold answers/],
  ];
  it.each(hostile)("refuses %s with one sentence, and pollutes nothing", async (_what, make, message) => {
    const decoded = await decodeLink(planLinkFormat, await make());
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.message).toMatch(/^This link cannot be opened: .*\. Nothing was saved\.$/);
    if (!decoded.ok) expect(decoded.message).toMatch(message);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).choice).toBeUndefined();
  });

  it("lets harmless free text through as it was written (shown as text, never as HTML)", async () => {
    const value = { partners: [partner({ cuddle: "yes" }, true, "Sam & Alex <3")] as [PlanPartner] };
    value.partners[0].answers.cuddle.words = "Tea & toast <3, then 5 < 10 minutes of quiet";
    expect(await readPlanFragment(`#${await planFragment(value)}`)).toEqual({ ok: true, value });
  });
});

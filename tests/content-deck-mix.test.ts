// The deck keeps its promises: enough cards, every kind, start cards first, room for no touch and low
// energy, cards for right after, later that day and another day, every idea of the episode (and of the
// nights that are not easy) on a card, touch offered before it is given, inclusive words, and bodies
// short enough to print on a poker card.
import { beforeAll, describe, expect, it } from "vitest";
import { kinds, loadContent, whens, type Card } from "../scripts/content/index.js";

/** Seven US Letter sheets of nine poker cards. */
const MIN_CARDS = 63;
/** About twelve lines of ~34 characters, less the room that wrapping and paragraph gaps take. */
const MAX_BODY_CHARS = 280;
const MAX_TITLE_CHARS = 32;
const MIN_SHARE = 0.25;

/** Apostrophes as written: straight or curly. */
const A = "['’]";

/** Each idea of the episode (and the few we add), and how a card that carries it reads. */
const ideas: [idea: string, pattern: RegExp][] = [
  ["cuddling", /cuddl/i],
  ["spooning or facing each other", /spooning|facing each other/i],
  ["light massage of back or shoulders", /\brub\b[^.?]*\b(back|shoulders)\b/i],
  ["skin to skin: holding hands, resting against each other", /skin to skin|hold(ing)? hands|rest(ing)? against each other/i],
  ["specific compliments", /\bspecific\b/i],
  ["affectionate words", /I love being|I adore you/i],
  ["gratitude", /thank you/i],
  ["silent cuddling", /without talking|\bno words\b/i],
  ["breathing together", /breathe together/i],
  ["water or a snack", /water or (a snack|something small to eat)/i],
  ["a warm towel or blanket", /warm towel/i],
  ["a shower or bath together", /shower or bath together/i],
  ["a shared treat", /share a little treat|shared treat/i],
  ["a show in bed", /watch[^.?]*\bfrom bed|episode in bed/i],
  ["a cool-down playlist", /cool-down playlist/i],
  ["journaling together", /write for five minutes|journal/i],
  ["short aftercare, 5–10 minutes", /five minutes before|five or ten minutes/i],
  ["longer aftercare, 20–30 minutes", /twenty or thirty minutes|half an hour/i],
  ["ongoing: later that day or the next morning", /later today|next morning|good morning/i],
  ["a nap or rest", /\bnap\b|\brest with\b/i],
  ["tiredness is not rejection", new RegExp(`isn${A}t rejection|not a turning away`, "i")],
  ["talking outside the bedroom", /daytime|not in bed/i],
  ["starting small", /one small thing|start small|small still counts/i],
  ["being patient", /no deadline|no rush|slowly/i],
  ["checking in afterwards about how it felt", /how did it feel/i],
  ["reassurance: still here", /still here|still with you/i],
  ["mixed feelings: joy, uncertainty, sadness", /\bjoy\b[^.?]*\bsadness\b|happy, unsure/i],
  ["setting the mood for next time", /next time/i],
  ["post-sex sadness is common and not about the partner", /(sadness|tears)[^?]*\bcommon\b/i],
  ["closeness without touch", /not in the mood for touch|without touching/i],
  ["pain, tiredness and sensory needs", /\bsore\b|too bright|too loud|\bachy\b/i],
  ["care for any role", /whoever (took the lead|led|gave)/i],
  ["when to ask for more help", /doctor or counsell?or/i],
  ["the pass rule", /pass on any card/i],
  // Issue 19: the nights that are not easy, and partners who do not share a bed every night.
  ["coming back to the room", /feet on the floor/i],
  ["when it did not go as planned", /as planned/i],
  ["repair: was any moment not okay", /didn[’']t feel okay/i],
  ["stopping is always allowed", /\bcan stop\b/i],
  ["planning for a low day after", /feels? flat tomorrow/i],
  ["care for the partner who held things together", /holding earlier|held things together/i],
  ["body check: soreness, the bathroom, a heat pack", /bathroom[^]*heat pack/i],
  ["a flare or an energy crash the next day", /flares? up|energy crashes/i],
  ["space with a time to come back", /coming back[^.]*twenty minutes/i],
  ["going home after", /head home/i],
  ["after a call", /end the call/i],
  ["living apart: between visits", /between visits/i],
  ["sleeping apart", /separate beds/i],
  ["when a partner is also a carer", /looks after the other every day/i],
];

/** Touch is offered as a question before it is given: "Would you like…?", "Can I…?". */
const asksFirst = /\b(would you like|can I|may I|shall we|could we|want to)\b[^?]*\?/i;

/** Words that assume genders or a couple of exactly two. */
const exclusiveWords = /\b(husband|wife|wives|boyfriend|girlfriend|he|she|him|her|his|hers|man|woman|men|women|both of (us|you)|we both|we can both|the two of us)\b/i;

const readable = (card: Card) => `${card.title}\n${card.text}`;
const share = (cards: Card[], keep: (card: Card) => boolean) => cards.filter(keep).length / cards.length;

let cards: Card[];
beforeAll(async () => {
  cards = (await loadContent({ root: process.cwd() })).cards;
});

describe("the deck's mix", () => {
  it(`has at least ${MIN_CARDS} cards, seven full Letter sheets`, () => {
    expect(cards.length).toBeGreaterThanOrEqual(MIN_CARDS);
  });

  it("has every kind of card", () => {
    const present = new Set(cards.map((card) => card.kind));
    expect(kinds.map((kind) => kind.id).filter((id) => !present.has(id))).toEqual([]);
  });

  it("opens with how to use the deck, then the pass card", () => {
    expect(cards.slice(0, 2).map((card) => [card.id, card.kind])).toEqual([
      ["how-to-use", "start"],
      ["pass", "start"],
    ]);
  });

  it("needs no touch on at least a quarter of its cards", () => {
    expect(share(cards, (card) => card.touch === "none")).toBeGreaterThanOrEqual(MIN_SHARE);
  });

  it("asks little energy on at least a quarter of its cards", () => {
    expect(share(cards, (card) => card.energy === "low")).toBeGreaterThanOrEqual(MIN_SHARE);
  });

  it("has check-ins for right after, for later that day and for another day", () => {
    const checkIns = cards.filter((card) => card.kind === "check-in");
    expect(whens.map((when) => when.id).filter((when) => !checkIns.some((card) => card.when === when))).toEqual([]);
  });

  it("leaves a random draw right after at least half the deck to deal from", () => {
    // The draw deals only right-after cards that are not instructions (scripts/site/dealable.ts).
    expect(share(cards, (card) => card.when === "right-after" && card.kind !== "start")).toBeGreaterThanOrEqual(0.5);
  });

  it("links every card to the guide section its idea comes from", () => {
    expect(cards.filter((card) => !card.guideUrl).map((card) => card.id)).toEqual([]);
  });
});

describe("the deck's ideas", () => {
  it("puts every idea of the episode, and the ones we add, on at least one card", () => {
    const missing = ideas.filter(([, pattern]) => !cards.some((card) => pattern.test(readable(card)))).map(([idea]) => idea);
    expect(missing).toEqual([]);
  });
});

describe("the deck's voice", () => {
  it("asks before any touch", () => {
    const touching = cards.filter((card) => card.touch !== "none");
    expect(touching.length).toBeGreaterThan(0);
    expect(touching.filter((card) => !asksFirst.test(card.text)).map((card) => card.id)).toEqual([]);
  });

  it("phrases every card after the start cards as an offer or a question", () => {
    expect(cards.filter((card) => card.kind !== "start" && !card.text.includes("?")).map((card) => card.id)).toEqual([]);
  });

  it("assumes no genders and no couple of exactly two", () => {
    expect(cards.filter((card) => exclusiveWords.test(readable(card))).map((card) => card.id)).toEqual([]);
  });
});

describe("the deck's cards fit the print", () => {
  it(`keeps every title within ${MAX_TITLE_CHARS} characters`, () => {
    expect(cards.filter((card) => card.title.length > MAX_TITLE_CHARS).map((card) => `${card.id} (${card.title.length})`)).toEqual([]);
  });

  it(`keeps every body within ${MAX_BODY_CHARS} characters`, () => {
    expect(cards.filter((card) => card.text.length > MAX_BODY_CHARS).map((card) => `${card.id} (${card.text.length})`)).toEqual([]);
  });
});

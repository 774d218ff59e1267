// The deck as draws see it in the browser: every card's facets (cards/index.json) in the draw pages'
// seeded order (draw/order.json), the source the address asks for, the pool it gives today, and
// dealing from it: new cards first by the history on this device, or the seeded order without one.
import type { CardIndex } from "../../../scripts/site/card-filters.js";
import type { DealableCard } from "../../../scripts/site/dealable.js";
import type { FilterVocabulary } from "../../../scripts/site/filter-query.js";
import type { IndexEntry } from "./card-tile.js";
import { limits } from "./device-data.js";
import { readDeviceData, updateDeviceData } from "./device-store.js";
import { afterDeal, dealFresh, seededNext, type Deal } from "./draw-history.js";
import { drawPool, drawSourceQuery, readDrawSource, type DrawSource } from "./draw-pool.js";
import { languageBase } from "./site-base.js";
import { word } from "./words.js";

export type DeckCard = IndexEntry & DealableCard & { id: string };

export interface DrawDeck {
  /** The dealable cards, in the seeded order; a card's draw page is /draw/<its place + 1>/. */
  order: string[];
  byId: Map<string, DeckCard>;
  /** A card's number in the deck, as printed ("12 / 63"). */
  numberOf: Map<string, number>;
  total: number;
  vocabulary: FilterVocabulary;
  source: DrawSource;
  /** The source as an address query, carried from page to page. */
  query: string;
}

/** The root of the page's language: its deck lists and pages (/es/draw/…) live under it. */
const base = languageBase();
const json = async <T>(path: string): Promise<T> => {
  const response = await fetch(new URL(path, base));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
};

export async function loadDrawDeck(): Promise<DrawDeck> {
  const [index, drawn] = await Promise.all([json<CardIndex>("cards/index.json"), json<{ order: string[] }>("draw/order.json")]);
  const cards = index.cards.map((entry) => ({ ...entry, id: entry.url.split("/").at(-2)! }) as DeckCard);
  const byId = new Map(cards.map((card) => [card.id, card]));
  const numberOf = new Map(cards.map((card, i) => [card.id, i + 1]));
  const source = readDrawSource(location.search, index.facets);
  const order = drawn.order.filter((id) => byId.has(id));
  return { order, byId, numberOf, total: cards.length, vocabulary: index.facets, source, query: drawSourceQuery(source, index.facets) };
}

/** The ids this source deals from now, in the seeded order. */
export function poolOf(deck: DrawDeck, source = deck.source): string[] {
  const { favourites, hidden, draws } = readDeviceData();
  const kept = { favourites: favourites.map((f) => f.id), hidden, leaveOutHidden: draws.leaveOutHidden !== false };
  return drawPool(deck.order.map((id) => deck.byId.get(id)!), source, kept);
}

/** An address in the page's language (under any path prefix), with the source's query. */
export const siteUrl = (deck: DrawDeck, path: string) => new URL(path.replace(/^\//, "") + deck.query, base).href;
/** The draw page of a card. */
export const drawUrl = (deck: DrawDeck, id: string) => siteUrl(deck, `/draw/${deck.order.indexOf(id) + 1}/`);

export const newRoundWords = () => word("draw.newRound");
export const nothingWords = () => word("draw.nothing");

/** Deals `count` cards, not the ones on screen unless nothing else is left, and keeps the history up to date. */
export function deal(deck: DrawDeck, count: number, showing: string[]): Deal {
  const pool = poolOf(deck);
  const { draws } = readDeviceData();
  if (!draws.keepHistory) {
    const after = showing.at(-1) ?? pool[Math.floor(Math.random() * pool.length)];
    return { ids: seededNext(pool, pool.includes(after) ? after : undefined, count), newRound: false };
  }
  const dealt = dealFresh(pool, draws.seen, { count, showing, random: Math.random });
  updateDeviceData((data) => void (data.draws.seen = afterDeal(data.draws.seen, pool, dealt, { max: limits.drawsRemembered, showing })));
  return dealt;
}

/** Opens the draw page of a freshly dealt card; with nothing to deal, says so in `status`. */
export function drawOne(deck: DrawDeck, showing: string[], status: HTMLElement | null): void {
  const { ids, newRound } = deal(deck, 1, showing);
  if (ids.length) location.assign(drawUrl(deck, ids[0]) + (newRound ? "#again" : ""));
  else if (status) status.textContent = nothingWords();
}

/**
 * Gives links a dealing action instead of their plain address, from the first tap: the action waits
 * for the deck; if it cannot load (offline without its lists), the link's own address is followed.
 */
export function onClick(selector: string, deck: Promise<DrawDeck>, act: (deck: DrawDeck) => void): void {
  for (const el of document.querySelectorAll<HTMLAnchorElement>(selector)) {
    el.addEventListener("click", (event) => {
      event.preventDefault();
      deck.then(act, () => location.assign(el.href));
    });
  }
}

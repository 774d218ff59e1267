// The deck maker's choice as the page holds it: the chosen cards, their copies, the cards marked "not
// for us" and the cards the reader wrote, kept on the device through the one store; and the own cards
// of a shared link that were not kept, for this page only. Every part of the maker reads and changes it here.
import { cardFacetNames } from "../../../scripts/content/vocabulary.js";
import type { DeckChoice } from "../../../scripts/deck/chosen-deck.js";
import type { OwnCardText } from "./device-data.js";
import { onDeviceData, readDeviceData, updateDeviceData } from "./device-store.js";

/** An own card as the maker lists it: kept on this device, or only in this page (from a link). */
export type ListedOwnCard = OwnCardText & { guest?: boolean };

let guests: OwnCardText[] = [];
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());
onDeviceData(changed);

/** Calls `listener` after every change to the choice, from this page or another tab. */
export const onChoice = (listener: () => void) => void listeners.add(listener);

/** An own card's words, as a link carries them (no dates). */
export function cardText(card: OwnCardText): OwnCardText {
  const text = { id: card.id, title: card.title, body: card.body } as OwnCardText;
  for (const facet of cardFacetNames) (text as Record<string, string>)[facet] = card[facet];
  return text;
}

/** Uses a shared link's own cards on this page without keeping them (a kept card of the same id gives way). */
export function useGuests(cards: OwnCardText[]): void {
  guests = cards.map(cardText);
  changed();
}

/** The own cards in print order: those kept here, then a link's. */
export function ownCards(): ListedOwnCard[] {
  const guestIds = new Set(guests.map((card) => card.id));
  return [...readDeviceData().ownCards.filter((card) => !guestIds.has(card.id)).map(cardText), ...guests.map((card) => ({ ...card, guest: true }))];
}

export const selectedIds = () => new Set(readDeviceData().maker.selected);
export const hiddenIds = () => new Set(readDeviceData().hidden);
export const copiesOf = (id: string) => readDeviceData().maker.copies[id] ?? 1;

/** Ticks (or unticks) cards; a card marked "not for us" is never ticked. */
export function choose(ids: readonly string[], on: boolean): void {
  updateDeviceData((data) => {
    const chosen = new Set(data.maker.selected);
    for (const id of ids) if (on && !data.hidden.includes(id)) chosen.add(id); else chosen.delete(id);
    data.maker.selected = [...chosen];
  });
}

/** Replaces the choice (a start, a link the reader opened), leaving out cards marked "not for us"; copies as given, or as they were. */
export function chooseOnly(ids: readonly string[], copies?: Record<string, number>): void {
  updateDeviceData((data) => {
    data.maker.selected = [...new Set(ids)].filter((id) => !data.hidden.includes(id));
    data.maker.copies = Object.fromEntries(Object.entries(copies ?? data.maker.copies).filter(([id, n]) => data.maker.selected.includes(id) && n > 1));
  });
}

export function setCopies(id: string, copies: number): void {
  updateDeviceData((data) => {
    if (copies > 1) data.maker.copies[id] = copies;
    else delete data.maker.copies[id];
  });
}

/** Marks a card "not for us" (it leaves the choice) or takes the mark away. */
export function setHidden(id: string, hidden: boolean): void {
  updateDeviceData((data) => {
    data.hidden = data.hidden.filter((other) => other !== id);
    if (hidden) {
      data.hidden.push(id);
      data.maker.selected = data.maker.selected.filter((other) => other !== id);
    }
  });
}

/** The deck as it would be made now, from the cards this page knows (the deck's, by id, and the own ones). */
export function currentChoice(deckIds: readonly string[]): DeckChoice {
  const data = readDeviceData();
  const own = ownCards();
  const known = new Set([...deckIds, ...own.map((card) => card.id)]);
  const cards = data.maker.selected.filter((id) => known.has(id) && !data.hidden.includes(id));
  const copies = Object.fromEntries(cards.filter((id) => (data.maker.copies[id] ?? 1) > 1).map((id) => [id, data.maker.copies[id]]));
  return { cards, copies, hidden: [...data.hidden], own: own.filter((card) => cards.includes(card.id)).map(cardText) };
}

// A deck a reader chose (which cards, how many copies of each, which are "not for us", and the cards
// they wrote) as the cards to render, in one order wherever it is made: the deck maker in a browser
// and the command line give the same cards, so the same PDF bytes.
import type { ContentProblem } from "../content/errors.js";
import { ownCard, type OwnCardText } from "../content/own-card.js";
import type { Card } from "../content/types.js";
import type { DeckFile } from "./deck-files.js";
import type { Offset } from "./geometry.js";

/** What a share link carries, and what `npm run deck -- --own FILE` reads. */
export interface DeckChoice {
  /** The chosen cards' ids: cards of the deck, and own cards ("own-…"). */
  cards: string[];
  /** Copies of a chosen card, 1–9; a card not listed prints once. */
  copies: Record<string, number>;
  /** Cards marked "not for us": left out even when chosen. */
  hidden: string[];
  /** Cards the reader wrote; those chosen print after the deck's own. */
  own: OwnCardText[];
}

export type ChosenCards =
  | { ok: true; cards: Card[]; /** Chosen ids neither the deck nor the own cards have (a link from an older deck). */ unknown: string[] }
  | { ok: false; problems: ContentProblem[] };

/**
 * The cards to print, in deck order (the deck's cards as the deck numbers them, then own cards as
 * listed), each as many times as its copies say, numbered as printed ("3 / 7"). Own cards are
 * checked by the content rules first; any problem stops it, naming the card via `ownFile`.
 */
export function chosenCards(choice: DeckChoice, deck: readonly Card[], ownFile: (card: OwnCardText, index: number) => string): ChosenCards {
  const chosen = new Set(choice.cards);
  const hidden = new Set(choice.hidden);
  const wanted = (id: string) => chosen.has(id) && !hidden.has(id);
  const problems: ContentProblem[] = [];
  const own: Card[] = [];
  choice.own.forEach((text, index) => {
    if (!wanted(text.id)) return;
    const made = ownCard(text, ownFile(text, index));
    if (made.ok) own.push(made.card);
    else problems.push(...made.problems);
  });
  if (problems.length) return { ok: false, problems };
  const known = new Set([...deck.map((card) => card.id), ...choice.own.map((card) => card.id)]);
  const cards: Card[] = [];
  for (const card of [...deck.filter((card) => wanted(card.id)), ...own]) {
    const copies = Math.min(9, Math.max(1, Math.trunc(choice.copies[card.id] ?? 1)));
    for (let copy = 0; copy < copies; copy++) cards.push({ ...card, number: cards.length + 1 });
  }
  return { ok: true, cards, unknown: choice.cards.filter((id) => !known.has(id)) };
}

/** "1.5" → "1.5", "-0.5" → "-0.5", for a file name. */
const millimetres = (value: number) => String(Math.round(value * 100) / 100);

/** The name a file of moved backs gets: "…-backs-1.5--0.5.pdf"; the name as it is without a move. */
export function withBackOffset(fileName: string, offset?: Offset): string {
  return offset && (offset.x || offset.y) ? fileName.replace(/\.pdf$/, `-backs-${millimetres(offset.x)}-${millimetres(offset.y)}.pdf`) : fileName;
}

/** A chosen deck's file name: the layout's own, with the number of cards (neutral for discreet files, as theirs is). */
export function chosenDeckFileName(file: DeckFile, cards: number, offset?: Offset): string {
  return withBackOffset(file.fileName.replace(/\.pdf$/, `-${cards}-cards.pdf`), offset);
}

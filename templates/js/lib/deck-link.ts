// A chosen deck as a link: its cards, copies, "not for us" cards and own cards, in the fragment and
// checked like any data from a stranger (caps on every list and field, own cards with no markup or
// script address). The command line reads the same JSON from a file (scripts/deck/cli.ts).
import * as v from "valibot";
import type { DeckChoice } from "../../../scripts/deck/chosen-deck.js";
import { cardIdSchema, copiesSchema, limits, ownCardTextSchema, refusedMarkup } from "./device-data.js";
import { decodeLink, encodeLink, type Decoded, type LinkFormat } from "./share-link.js";
import { word } from "./words.js";

/** Most cards a deck link may list (chosen, or marked "not for us"). */
export const deckLinkCards = 500;

const ids = v.pipe(v.array(cardIdSchema), v.maxLength(deckLinkCards));
const unique = (list: string[]) => new Set(list).size === list.length;

export const deckChoiceSchema = v.strictObject({
  cards: v.pipe(ids, v.check(unique, "lists a card twice")),
  copies: v.pipe(
    v.record(cardIdSchema, copiesSchema),
    v.check((copies) => Object.keys(copies).length <= deckLinkCards, "has too many copies"),
  ),
  hidden: ids,
  own: v.pipe(
    v.array(ownCardTextSchema),
    v.maxLength(limits.ownCards),
    v.check((own) => unique(own.map((card) => card.id)), "has two own cards with one id"),
  ),
});

/** Why a choice was refused: said to a reader in the page's language (make.link.<reason>), to the command line by it. */
export type ChoiceRefusal = "unreadable" | "script";

export type CheckedChoice = { ok: true; value: DeckChoice } | { ok: false; reason: ChoiceRefusal; /** For the command line: where, and what. */ field?: string; detail?: string };

/** Checks decoded JSON as a deck choice: the value, or why not. */
export function checkDeckChoice(value: unknown): CheckedChoice {
  const checked = v.safeParse(deckChoiceSchema, value);
  if (!checked.success) {
    const [issue] = checked.issues;
    // Own cards holding markup or a script address are refused by their schema, and said as such.
    return { ok: false, reason: refusedMarkup(checked.issues) ? "script" : "unreadable", field: v.getDotPath(issue) ?? undefined, detail: issue.message };
  }
  return { ok: true, value: checked.output };
}

export const deckLinkFormat: LinkFormat<DeckChoice> = {
  kind: "deck",
  version: 1,
  maxFragment: 32 * 1024,
  maxDecoded: 256 * 1024,
  check: (value) => {
    const checked = checkDeckChoice(value);
    return checked.ok ? checked : { ok: false, message: word(`make.link.${checked.reason}`) };
  },
};

/** The fragment for a deck, or undefined when it is too long for a link (the caller says so). */
export async function deckFragment(choice: DeckChoice): Promise<string | undefined> {
  const fragment = await encodeLink(deckLinkFormat, choice);
  return fragment.length <= deckLinkFormat.maxFragment ? fragment : undefined;
}

/** The deck in this page's fragment, if it carries one; one sentence for the reader when it cannot be read. */
export function readDeckFragment(hash: string): Promise<Decoded<DeckChoice>> | undefined {
  return hash.startsWith(`#${deckLinkFormat.kind}`) ? decodeLink(deckLinkFormat, hash) : undefined;
}

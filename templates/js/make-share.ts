// Sharing the chosen deck as a link (the Web Share sheet where there is one, else the clipboard), and
// opening one: what a link holds is shown, as text, before anything is saved, and someone else's own
// cards or "not for us" marks come to this device only when the reader ticks them. Loaded when used.
import type { DeckChoice } from "../../scripts/deck/chosen-deck.js";
import { deckFragment, readDeckFragment } from "./lib/deck-link.js";
import { readDeviceData, updateDeviceData } from "./lib/device-store.js";
import { offerLink } from "./lib/link-offer.js";
import { chooseOnly, useGuests } from "./lib/maker-state.js";
import { cardCount, word } from "./lib/words.js";

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const linkBox = $("[data-link-box]");
const shareStatus = $("[data-copy-status]");

/** Makes the link, shows it, and hands it to the share sheet (or copies it). */
export async function shareDeck(choice: DeckChoice): Promise<void> {
  const made = $("[data-link-made]");
  made.hidden = true;
  if (!choice.cards.length) return void (shareStatus.textContent = word("make.chooseFirst"));
  const fragment = await deckFragment(choice);
  if (!fragment) return void (shareStatus.textContent = word("make.tooLong"));
  const url = `${location.origin}${location.pathname}#${fragment}`;
  offerLink(linkBox, url, word("make.linkTitle"));
  made.hidden = false;
  $<HTMLButtonElement>("[data-save-file]").onclick = () => saveFile(choice);
  if ("share" in navigator) return void navigator.share({ title: word("make.linkTitle"), url }).catch(() => {});
  $<HTMLButtonElement>("[data-copy]").click();
}

/** The deck as a JSON file: the same data the link carries, for another device or `npm run deck -- --own`. */
function saveFile(choice: DeckChoice): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(choice, null, 2)}\n`], { type: "application/json" }));
  Object.assign(document.createElement("a"), { href: url, download: "deck.json" }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  shareStatus.textContent = word("make.savedFile");
}

/** Forgets the fragment, so a reload does not offer the link again. */
const leave = () => history.replaceState(history.state, "", location.pathname + location.search);

/** Reads the link in `hash`; says why when it cannot be opened; else shows what it holds and waits for the reader. */
export async function openShared(hash: string, deckIds: readonly string[]): Promise<void> {
  const decoded = await readDeckFragment(hash);
  const alertBox = $("[data-alert]");
  if (!decoded) return;
  if (!decoded.ok) return void Object.assign(alertBox, { textContent: decoded.message, hidden: false });
  const choice = decoded.value;
  const box = $("[data-shared]");
  const ownIds = new Set(choice.own.map((card) => card.id));
  const known = choice.cards.filter((id) => deckIds.includes(id) || ownIds.has(id));
  const own = choice.own.filter((card) => known.includes(card.id));
  const printed = known.reduce((sum, id) => sum + (choice.copies[id] ?? 1), 0);
  const hidden = choice.hidden.filter((id) => deckIds.includes(id));
  const lines = [
    word("make.holds", { cards: cardCount(known.length) }) + (printed > known.length ? word("make.holdsCopies", { printed }) : "") + (own.length ? word("make.holdsOwn", { count: own.length }) : word("make.holdsEnd")),
  ];
  const unknown = choice.cards.length - known.length;
  if (unknown > 0) lines.push(word(unknown === 1 ? "make.unknownOne" : "make.unknownMany", { cards: cardCount(unknown) }));
  $("[data-shared-says]").textContent = lines.join(" ");
  $("[data-shared-own]").replaceChildren(...own.map((card) => Object.assign(document.createElement("li"), { textContent: card.title })));
  $("[data-shared-keep-own]").hidden = own.length === 0;
  $("[data-shared-keep-hidden]").hidden = hidden.length === 0;
  $("[data-keep-hidden-says]").textContent = word("make.keepHidden", { cards: cardCount(hidden.length) });
  box.hidden = false;
  $("[data-shared] h2").focus();

  $("[data-open-shared]").onclick = () => {
    const keepOwn = $<HTMLInputElement>("[data-keep-own]").checked;
    const stored = readDeviceData().ownCards;
    // Kept when asked, unless this device has a card of that id already; the rest serve this page only.
    const keep = keepOwn ? own.filter((card) => !stored.some((mine) => mine.id === card.id)) : [];
    const now = Date.now();
    updateDeviceData((data) => {
      data.ownCards.push(...keep.map((card) => ({ ...card, createdAt: now, updatedAt: now })));
      if ($<HTMLInputElement>("[data-keep-hidden]").checked) data.hidden = [...new Set([...data.hidden, ...hidden])];
    });
    useGuests(own.filter((card) => !keep.includes(card)));
    chooseOnly(known, choice.copies);
    box.hidden = true;
    leave();
    $("[data-count]").textContent += word("make.opened");
    $("#choose-h").focus();
  };
  $("[data-close-shared]").onclick = () => {
    box.hidden = true;
    leave();
    $("#choose-h").focus();
  };
}

// Sharing the chosen deck as a link (the Web Share sheet where there is one, else the clipboard), and
// opening one: what a link holds is shown, as text, before anything is saved, and someone else's own
// cards or "not for us" marks come to this device only when the reader ticks them. Loaded when used.
import type { DeckChoice } from "../../scripts/deck/chosen-deck.js";
import { deckFragment, readDeckFragment } from "./lib/deck-link.js";
import { readDeviceData, updateDeviceData } from "./lib/device-store.js";
import { offerLink } from "./lib/link-offer.js";
import { chooseOnly, useGuests } from "./lib/maker-state.js";

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const plural = (n: number, word = "card") => `${n} ${word}${n === 1 ? "" : "s"}`;
const linkBox = $("[data-link-box]");
const shareStatus = $("[data-copy-status]");

/** Makes the link, shows it, and hands it to the share sheet (or copies it). */
export async function shareDeck(choice: DeckChoice): Promise<void> {
  const made = $("[data-link-made]");
  made.hidden = true;
  if (!choice.cards.length) return void (shareStatus.textContent = "Choose at least one card first.");
  const fragment = await deckFragment(choice);
  if (!fragment) return void (shareStatus.textContent = "This deck is too long for a link: its own cards hold too many words. Choose fewer of your own cards, or save the deck as a file.");
  const url = `${location.origin}${location.pathname}#${fragment}`;
  offerLink(linkBox, url, "Our deck");
  made.hidden = false;
  $<HTMLButtonElement>("[data-save-file]").onclick = () => saveFile(choice);
  if ("share" in navigator) return void navigator.share({ title: "Our deck", url }).catch(() => {});
  $<HTMLButtonElement>("[data-copy]").click();
}

/** The deck as a JSON file: the same data the link carries, for another device or `npm run deck -- --own`. */
function saveFile(choice: DeckChoice): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(choice, null, 2)}\n`], { type: "application/json" }));
  Object.assign(document.createElement("a"), { href: url, download: "deck.json" }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  shareStatus.textContent = "Saved as “deck.json”, in your downloads.";
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
    `It holds ${plural(known.length)}${printed > known.length ? ` (${printed} to print, with copies)` : ""}${own.length ? `, ${own.length} of them written by whoever shared it:` : "."}`,
  ];
  if (known.length < choice.cards.length) lines.push(`${plural(choice.cards.length - known.length)} in it ${choice.cards.length - known.length === 1 ? "is" : "are"} not in this deck and will be left out.`);
  $("[data-shared-says]").textContent = lines.join(" ");
  $("[data-shared-own]").replaceChildren(...own.map((card) => Object.assign(document.createElement("li"), { textContent: card.title })));
  $("[data-shared-keep-own]").hidden = own.length === 0;
  $("[data-shared-keep-hidden]").hidden = hidden.length === 0;
  $("[data-keep-hidden-says]").textContent = `Also mark the ${plural(hidden.length)} they set aside as “not for us” here`;
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
    $("[data-count]").textContent += " The shared deck is open.";
    $("#choose-h").focus();
  };
  $("[data-close-shared]").onclick = () => {
    box.hidden = true;
    leave();
    $("#choose-h").focus();
  };
}

// A Tonight run with JavaScript. The page already works on links (each screen is a :target): here
// each step's cards are reordered so those seen on other nights come last and those marked "not for
// us" are left out, every card shown is remembered, focus follows each new screen, and the screen
// stays on if the reader asked (until the run ends). Cards can be saved and shared.
import { setUpCardActions } from "./lib/card-actions.js";
import { limits } from "./lib/device-data.js";
import { readDeviceData, updateDeviceData } from "./lib/device-store.js";
import { freshFirst, remember } from "./lib/draw-history.js";
import { setUpPacers } from "./lib/pacer.js";
import { setUpWakeLock, setWakeLockActive } from "./lib/wake-lock.js";

const steps = [...document.querySelectorAll<HTMLElement>("[data-step]")];
const link = (el: ParentNode, selector: string) => el.querySelector<HTMLAnchorElement>(selector);

/** Each step's cards in the reader's order; Pass and Next (and Begin) then point along it, past empty steps. */
function reorder(): void {
  const { draws, hidden } = readDeviceData();
  const firsts: string[] = [];
  for (const [index, step] of steps.entries()) {
    const n = index + 1;
    const end = step.querySelector<HTMLElement>("[data-end]")!;
    const cards = [...step.querySelectorAll<HTMLElement>("[data-card-id]")];
    const byId = new Map(cards.map((card) => [card.dataset.cardId!, card]));
    for (const card of cards) if (hidden.includes(card.dataset.cardId!)) card.remove();
    const order = freshFirst([...byId.keys()].filter((id) => !hidden.includes(id)), draws.keepHistory ? draws.seen : []);
    order.forEach((id, i) => {
      const card = byId.get(id)!;
      card.id = `s${n}-${i + 1}`;
      link(card, "[data-pass]")!.href = i + 1 < order.length ? `#s${n}-${i + 2}` : `#${end.id}`;
      step.insertBefore(card, end);
    });
    firsts.push(order.length ? `#s${n}-1` : "");
  }
  const after = (n: number) => firsts.slice(n).find(Boolean) ?? "#done";
  steps.forEach((step, index) => step.querySelectorAll<HTMLAnchorElement>("[data-next]").forEach((next) => (next.href = after(index + 1))));
  link(document, "[data-begin]")!.href = after(0);
}

/** The screen the address shows: remembered if it is a card, focused when reached by a link, and the lock let go at the end. */
function shown(focus: boolean): void {
  const screen = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const id = screen?.dataset.cardId;
  if (id && readDeviceData().draws.keepHistory) updateDeviceData((data) => void (data.draws.seen = remember(data.draws.seen, [id], limits.drawsRemembered)));
  setWakeLockActive(!screen?.classList.contains("closing"));
  if (focus && screen) screen.focus({ preventScroll: true });
}

// A run already under way (a reload, or Back from another page) keeps the order it was shown in.
if (!location.hash) reorder();
setUpCardActions();
setUpPacers();
setUpWakeLock();
shown(false);
window.addEventListener("hashchange", () => shown(true));

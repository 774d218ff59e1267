// The favourites page: the saved cards in the order chosen (last saved first, or the deck's), each
// with a Remove button (and Undo), and the list saved to or opened from a small file, so two phones
// can share it without any server. The page lists every card, hidden; this shows the saved ones.
import { onDeviceData, readDeviceData, updateDeviceData } from "./lib/device-store.js";
import type { Favourite } from "./lib/device-data.js";
import { favouritesText, mergeFavourites, readFavouritesImport } from "./lib/device-transfer.js";
import { cardCount, word } from "./lib/words.js";

/** One of this page's words ("favourites.undo" is our("undo")). */
const our = (key: string, values?: Record<string, string | number>) => word(`favourites.${key}`, values);

const manager = document.querySelector<HTMLElement>("[data-fav-manager]")!;
const list = manager.querySelector<HTMLElement>("[data-favourites]")!;
const empty = manager.querySelector<HTMLElement>("[data-fav-empty]")!;
const orderGroup = manager.querySelector<HTMLElement>("[data-fav-order]")!;
const status = manager.querySelector<HTMLElement>("[data-fav-status]")!;
const fileInput = manager.querySelector<HTMLInputElement>("[data-fav-file]")!;
const confirmBox = manager.querySelector<HTMLElement>("[data-fav-confirm]")!;
const items = new Map([...list.querySelectorAll<HTMLElement>("li[data-id]")].map((item) => [item.dataset.id!, item]));
const deckOrder = [...items.keys()];
manager.hidden = false;

for (const item of items.values()) {
  const remove = document.createElement("button");
  remove.type = "button";
  remove.className = "remove";
  // "Remove" plus the title for screen readers (its discreet stand-in too, which CSS picks between).
  const title = document.createElement("span");
  title.className = "visually-hidden";
  title.append(" ", ...[...item.querySelector("a")!.childNodes].map((node) => node.cloneNode(true)));
  remove.append(our("remove"), title);
  remove.addEventListener("click", () => removeFavourite(item.dataset.id!));
  item.append(remove);
}

const titleOf = (id: string) => {
  const link = items.get(id)?.querySelector("a");
  return link ? (link.querySelector(".dn-real")?.textContent ?? link.textContent ?? id) : id;
};

/** The saved cards this deck has, in the order the reader chose. */
function shown(favourites: Favourite[]): Favourite[] {
  const known = favourites.filter((item) => items.has(item.id));
  if (readDeviceData().preferences.favouritesOrder === "deck") return known.sort((a, b) => deckOrder.indexOf(a.id) - deckOrder.indexOf(b.id));
  return known.sort((a, b) => b.savedAt - a.savedAt);
}

function render(): void {
  const data = readDeviceData();
  const saved = shown(data.favourites);
  for (const item of items.values()) item.hidden = true;
  for (const { id } of saved) {
    const item = items.get(id)!;
    item.hidden = false;
    list.append(item);
  }
  empty.hidden = saved.length > 0;
  // The deck maker chooses exactly these (its ?cards= address).
  const make = document.querySelector<HTMLAnchorElement>("[data-make-link]");
  if (make) make.href = saved.length ? `${make.pathname}?cards=${saved.map((item) => item.id).join(",")}` : make.pathname;
  orderGroup.hidden = saved.length < 2;
  manager.querySelector<HTMLElement>("[data-fav-draw]")!.hidden = saved.length === 0;
  for (const radio of orderGroup.querySelectorAll<HTMLInputElement>("input")) radio.checked = radio.value === (data.preferences.favouritesOrder ?? "saved");
}

/** Says what happened; with `undo`, offers to take it back (undo returns where focus goes next). */
function say(text: string, undo?: () => HTMLElement | null | undefined): void {
  status.replaceChildren(text);
  if (!undo) return;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button quiet";
  button.textContent = our("undo");
  button.addEventListener("click", () => {
    const focus = undo();
    status.replaceChildren(our("putBack"));
    focus?.focus();
  });
  status.append(" ", button);
}

function removeFavourite(id: string): void {
  const before = readDeviceData().favourites;
  const visible = [...items.values()].filter((item) => !item.hidden);
  const next = visible[visible.indexOf(items.get(id)!) + 1] ?? visible[visible.indexOf(items.get(id)!) - 1];
  updateDeviceData((data) => void (data.favourites = data.favourites.filter((item) => item.id !== id)));
  say(our("removed", { title: titleOf(id) }), () => {
    updateDeviceData((data) => void (data.favourites = before));
    return items.get(id)!.querySelector<HTMLElement>("button.remove");
  });
  // Focus stays in the list: on the next card's Remove button, or on the status when the list is empty.
  const target = next?.querySelector<HTMLButtonElement>("button.remove") ?? status.querySelector("button");
  target?.focus();
}

orderGroup.addEventListener("change", (event) => {
  const value = (event.target as HTMLInputElement).value;
  if (value === "deck" || value === "saved") updateDeviceData((data) => void (data.preferences.favouritesOrder = value));
});

// Save as a file: the list and the dates, nothing else from this device.
manager.querySelector("[data-fav-export]")!.addEventListener("click", () => {
  const favourites = readDeviceData().favourites;
  const url = URL.createObjectURL(new Blob([favouritesText(favourites, Date.now())], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = our("fileName");
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  say(our("savedFile", { cards: cardCount(favourites.length), file: link.download }));
});

// Open a file: read, checked, and never overwriting the list here without asking.
let incoming: Favourite[] = [];
manager.querySelector("[data-fav-open]")!.addEventListener("click", () => fileInput.click());
fileInput.addEventListener("change", async () => {
  const file = fileInput.files?.[0];
  fileInput.value = "";
  if (!file) return;
  const read = readFavouritesImport(await file.text(), file.name);
  if (!read.ok) return say(read.message);
  incoming = read.favourites.filter((item) => items.has(item.id));
  const unknown = read.favourites.length - incoming.length;
  const note = unknown ? our(unknown === 1 ? "unknownOne" : "unknownMany", { cards: cardCount(unknown) }) : "";
  const here = readDeviceData().favourites;
  if (here.length === 0) return addIncoming(false, note);
  const fresh = incoming.filter((item) => !here.some((mine) => mine.id === item.id)).length;
  confirmBox.querySelector("[data-fav-confirm-text]")!.textContent =
    our(fresh === 1 ? "askFreshOne" : "askFreshMany", { file: file.name, cards: cardCount(incoming.length), note, fresh, mine: cardCount(here.length) });
  confirmBox.hidden = false;
  confirmBox.querySelector<HTMLButtonElement>("[data-fav-merge]")!.focus();
});

function addIncoming(replace: boolean, note = ""): void {
  const before = readDeviceData().favourites;
  updateDeviceData((data) => void (data.favourites = replace ? incoming : mergeFavourites(data.favourites, incoming)));
  confirmBox.hidden = true;
  const text = replace ? our("replaced", { cards: cardCount(incoming.length) }) : our("added", { cards: cardCount(readDeviceData().favourites.length - before.length), note });
  say(text, () => {
    updateDeviceData((data) => void (data.favourites = before));
    return manager.querySelector<HTMLElement>("[data-fav-open]");
  });
  status.querySelector("button")?.focus();
}
manager.querySelector("[data-fav-merge]")!.addEventListener("click", () => addIncoming(false));
manager.querySelector("[data-fav-replace]")!.addEventListener("click", () => addIncoming(true));
manager.querySelector("[data-fav-cancel]")!.addEventListener("click", () => {
  confirmBox.hidden = true;
  say(our("nothingChanged"));
  manager.querySelector<HTMLButtonElement>("[data-fav-open]")!.focus();
});

render();
onDeviceData(render);

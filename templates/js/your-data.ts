// "Your data on this device": everything the store keeps, listed; exported to one file; imported
// (added or replacing, after asking); and forgotten, after asking. Every stored string is set as text.
import type { DeviceData } from "./lib/device-data.js";
import { deviceDataNotice, forgetDeviceData, readDeviceData, replaceDeviceData } from "./lib/device-store.js";
import { exportText, importMaxBytes, mergeDeviceData, readImport } from "./lib/device-transfer.js";
import { planDate } from "./lib/plan-words.js";

const find = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text = "") => Object.assign(document.createElement(tag), { textContent: text });
const titles = new Map([...document.querySelectorAll<HTMLElement>("[data-card-titles] li")].map((li) => [li.dataset.id!, li.textContent!]));
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A card as a link to its page, by its title (an own card or a card no longer in the deck: its id). */
function cardLink(id: string): HTMLElement {
  const title = titles.get(id);
  return title ? Object.assign(make("a", title), { href: new URL(`../cards/${id}/`, location.href).href }) : make("span", id);
}

function listOf(items: (Node | string)[][]): HTMLUListElement {
  const ul = make("ul");
  for (const parts of items) {
    const li = make("li");
    li.append(...parts);
    ul.append(li);
  }
  return ul;
}

/** What each part of the record holds, in words, for the list and for the import question. */
function describe(data: DeviceData): Record<string, (Node | string)[]> {
  const { favourites, hidden, ownCards, plans, planDraft, notes, draws, maker, preferences } = data;
  const noteIds = Object.keys(notes);
  const choices = [
    preferences.theme && `${preferences.theme === "dark" ? "night" : "day"} theme`,
    preferences.discreet && "discreet mode",
    preferences.paper && `${preferences.paper === "a4" ? "A4" : "US Letter"} paper`,
    preferences.favouritesOrder && `favourites in ${preferences.favouritesOrder === "deck" ? "deck" : "saved"} order`,
    preferences.wakeLock !== undefined && `screen kept awake: ${preferences.wakeLock ? "yes" : "no"}`,
    preferences.breath && `breathing in ${preferences.breath.inSeconds} s, out ${preferences.breath.outSeconds} s`,
  ].filter(Boolean);
  return {
    favourites: [count(favourites.length, "card"), ...(favourites.length ? [listOf(favourites.map((f) => [cardLink(f.id)]))] : [])],
    hidden: [count(hidden.length, "card"), ...(hidden.length ? [listOf(hidden.map((id) => [cardLink(id)]))] : [])],
    ownCards: [count(ownCards.length, "card"), ...(ownCards.length ? [listOf(ownCards.map((card) => [card.title]))] : [])],
    plans: [
      `${count(plans.length, "plan")}${plans.length ? `, the newest from ${planDate(plans[0].createdAt)}` : ""}${planDraft ? "; your answers, waiting for your partner’s" : ""}`,
    ],
    notes: [count(noteIds.length, "note"), ...(noteIds.length ? [listOf(noteIds.map((id) => [cardLink(id), `: ${notes[id].text}`]))] : [])],
    draws: [
      (draws.keepHistory ? `${count(draws.seen.length, "card")} remembered, so that draws show new ones first` : "Not remembered") +
        (draws.leaveOutHidden === false ? "; cards marked “not for us” are drawn too" : ""),
    ],
    maker: [maker.selected.length ? count(maker.selected.length, "card") + " chosen" : "Nothing chosen"],
    preferences: [choices.length ? choices.join(", ") : "None set"],
  };
}

function render(): void {
  const described = describe(readDeviceData()); // read first: reading is what finds anything to set aside
  const notice = deviceDataNotice();
  Object.assign(find("[data-notice]"), { textContent: notice ?? "", hidden: !notice });
  for (const dd of document.querySelectorAll<HTMLElement>("[data-kept]")) dd.replaceChildren(...described[dd.dataset.kept!]);
  find("[data-your-data]").hidden = false;
}

find("[data-export]").addEventListener("click", () => {
  const now = Date.now();
  const link = Object.assign(make("a"), {
    href: URL.createObjectURL(new Blob([exportText(readDeviceData(), now)], { type: "application/json" })),
    download: `${find("[data-export]").dataset.export || "site"}-data-${new Date(now).toISOString().slice(0, 10)}.json`,
  });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
});

const picker = find<HTMLInputElement>("[data-import]");
const ask = find("[data-import-ask]");
const importStatus = find("[data-import-status]");
let incoming: DeviceData | undefined;

picker.addEventListener("change", async () => {
  const file = picker.files?.[0];
  ask.hidden = true;
  incoming = undefined;
  if (!file) return;
  const read = file.size > importMaxBytes ? { ok: false as const, message: `This file cannot be imported: it is larger than ${importMaxBytes / 1024} KB.` } : readImport(await file.text());
  if (!read.ok) return void (importStatus.textContent = read.message);
  incoming = read.data;
  importStatus.textContent = "";
  const held = describe(incoming);
  find("[data-import-what]").textContent = `This file holds: favourites, ${held.favourites[0]}; plans, ${held.plans[0]}; notes, ${held.notes[0]}; own cards, ${held.ownCards[0]}. What should happen to what is on this device now?`;
  ask.hidden = false;
  find("[data-merge]").focus();
});

function finishImport(how: "merge" | "replace"): void {
  replaceDeviceData(how === "merge" ? mergeDeviceData(readDeviceData(), incoming!) : incoming!);
  incoming = undefined;
  ask.hidden = true;
  picker.value = "";
  importStatus.textContent = how === "merge" ? "Added to what was here." : "Replaced: this device now holds what the file held.";
  render();
}
find("[data-merge]").addEventListener("click", () => finishImport("merge"));
find("[data-replace]").addEventListener("click", () => finishImport("replace"));
find("[data-import-cancel]").addEventListener("click", () => {
  ask.hidden = true;
  picker.value = "";
  importStatus.textContent = "Nothing was imported.";
});

const forgetAsk = find("[data-forget-ask]");
find("[data-forget]").addEventListener("click", () => {
  forgetAsk.hidden = false;
  find("[data-forget-no]").focus();
});
find("[data-forget-no]").addEventListener("click", () => {
  forgetAsk.hidden = true;
  find("[data-forget-status]").textContent = "Nothing was forgotten.";
});
find("[data-forget-yes]").addEventListener("click", () => {
  forgetDeviceData();
  forgetAsk.hidden = true;
  find("[data-forget-status]").textContent = "Everything this site kept on this device is forgotten.";
  render();
});

render();

// "Your data on this device": everything the store keeps, listed; exported to one file; imported
// (added or replacing, after asking); and forgotten, after asking; what went wrong (records set aside
// by any page) said by a part loaded after this one. Every stored string is set as text.
import type { DeviceData } from "./lib/device-data.js";
import { forgetDeviceData, readDeviceData } from "./lib/device-store.js";
import { planDate } from "./lib/plan-words.js";
import { cardCount, word } from "./lib/words.js";

/** One of this page's words ("yourData.merged" is say("merged")). */
const say = (key: string, values?: Record<string, string | number>) => word(`yourData.${key}`, values);

const find = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text = "") => Object.assign(document.createElement(tag), { textContent: text });
const titles = new Map([...document.querySelectorAll<HTMLElement>("[data-card-titles] li")].map((li) => [li.dataset.id!, li.textContent!]));
/** "1 note" or "3 notes": the key's One and Many forms. */
/** A number of seconds as the page's language writes it ("4.5", "4,5"). */
const seconds = (n: number) => n.toLocaleString(document.documentElement.lang);
const count = (n: number, key: string) => say(`${key}${n === 1 ? "One" : "Many"}`, { count: n });

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
    preferences.theme && say(preferences.theme === "dark" ? "night" : "day"),
    preferences.discreet && say("discreet"),
    preferences.paper && say(preferences.paper === "a4" ? "a4" : "letter"),
    preferences.favouritesOrder && say(preferences.favouritesOrder === "deck" ? "favouritesDeck" : "favouritesSaved"),
    preferences.wakeLock !== undefined && say(preferences.wakeLock ? "awakeYes" : "awakeNo"),
    preferences.breath && say("breath", { in: seconds(preferences.breath.inSeconds), out: seconds(preferences.breath.outSeconds) }),
  ].filter(Boolean);
  return {
    favourites: [cardCount(favourites.length), ...(favourites.length ? [listOf(favourites.map((f) => [cardLink(f.id)]))] : [])],
    hidden: [cardCount(hidden.length), ...(hidden.length ? [listOf(hidden.map((id) => [cardLink(id)]))] : [])],
    ownCards: [cardCount(ownCards.length), ...(ownCards.length ? [listOf(ownCards.map((card) => [card.title]))] : [])],
    plans: [
      count(plans.length, "plan") + (plans.length ? say("newest", { date: planDate(plans[0].createdAt) }) : "") + (planDraft ? say("waiting") : ""),
    ],
    notes: [count(noteIds.length, "note"), ...(noteIds.length ? [listOf(noteIds.map((id) => [cardLink(id), say("noteText", { text: notes[id].text })]))] : [])],
    draws: [
      (draws.keepHistory ? say("remembered", { cards: cardCount(draws.seen.length) }) : say("notRemembered")) +
        (draws.leaveOutHidden === false ? say("drawnToo") : ""),
    ],
    maker: [maker.selected.length ? say("chosen", { cards: cardCount(maker.selected.length) }) : say("nothingChosen")],
    preferences: [choices.length ? choices.join(say("listJoin")) : say("noneSet")],
  };
}

function render(): void {
  const described = describe(readDeviceData()); // read first: reading is what finds anything to set aside
  // What went wrong (a change not saved, records set aside by any page), said by a part loaded after the page's own.
  void import("./lib/data-notices.js").then((notices) => notices.showDataNotices(site));
  for (const dd of document.querySelectorAll<HTMLElement>("[data-kept]")) dd.replaceChildren(...described[dd.dataset.kept!]);
  find("[data-your-data]").hidden = false;
}

/** The site's name for file names, as a slug of its settings name. */
const site = find("[data-export]").dataset.export || "site";
/** Moving the data as a file, loaded on use. */
const dataFile = () => import("./lib/data-file.js");

find("[data-export]").addEventListener("click", async () => {
  const { exportNow } = await dataFile();
  const now = Date.now();
  const link = Object.assign(make("a"), {
    href: URL.createObjectURL(new Blob([exportNow(now)], { type: "application/json" })),
    download: say("fileName", { site, date: new Date(now).toISOString().slice(0, 10) }),
  });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
});

const picker = find<HTMLInputElement>("[data-import]");
const ask = find("[data-import-ask]");
const importStatus = find("[data-import-status]");
let incoming: DeviceData | undefined;
/** The file part, loaded once a file is picked: what brings the picked file in. */
let files: Awaited<ReturnType<typeof dataFile>> | undefined;

picker.addEventListener("change", async () => {
  const file = picker.files?.[0];
  ask.hidden = true;
  incoming = undefined;
  if (!file) return;
  files = await dataFile();
  const read = await files.readPicked(file);
  if (!read.ok) return void (importStatus.textContent = read.message);
  incoming = read.data;
  importStatus.textContent = "";
  const held = describe(incoming);
  const [favourites, plans, notes, ownCards] = [held.favourites, held.plans, held.notes, held.ownCards].map((described) => String(described[0]));
  find("[data-import-what]").textContent = say("holds", { favourites, plans, notes, ownCards });
  ask.hidden = false;
  find("[data-merge]").focus();
});

function finishImport(how: "merge" | "replace"): void {
  files!.bringIn(incoming!, how);
  incoming = undefined;
  ask.hidden = true;
  picker.value = "";
  importStatus.textContent = say(how === "merge" ? "merged" : "replaced");
  render();
}
find("[data-merge]").addEventListener("click", () => finishImport("merge"));
find("[data-replace]").addEventListener("click", () => finishImport("replace"));
find("[data-import-cancel]").addEventListener("click", () => {
  ask.hidden = true;
  picker.value = "";
  importStatus.textContent = say("notImported");
});

const forgetAsk = find("[data-forget-ask]");
find("[data-forget]").addEventListener("click", () => {
  forgetAsk.hidden = false;
  find("[data-forget-no]").focus();
});
find("[data-forget-no]").addEventListener("click", () => {
  forgetAsk.hidden = true;
  find("[data-forget-status]").textContent = say("notForgotten");
});
find("[data-forget-yes]").addEventListener("click", () => {
  forgetDeviceData();
  forgetAsk.hidden = true;
  find("[data-forget-status]").textContent = say("forgotten");
  render();
});

render();

// The deck maker (/make/): tick cards, set copies, mark cards "not for us", and make the PDF in a Web
// Worker (loaded on the first "Make my deck" or card check, never before), with its progress shown.
// Writing own cards (make-own.ts) and share links (make-share.ts) load when they are used.
import { readFilterQuery } from "../../scripts/site/filter-query.js";
import { readDeviceData } from "./lib/device-store.js";
import { choose, chooseOnly, copiesOf, currentChoice, hiddenIds, onChoice, ownCards, selectedIds, setCopies, setHidden } from "./lib/maker-state.js";
import { siteBase } from "./lib/site-base.js";
import { makerWords } from "./lib/maker-words.js";
import { cardCount, word } from "./lib/words.js";

const $ = <T extends Element = HTMLElement>(selector: string, scope: ParentNode = document) => scope.querySelector<T>(selector)!;
const maker = $("[data-maker]");
const list = $("[data-pick]");
const ownList = $("[data-pick-own]");
const rows = [...list.querySelectorAll<HTMLLIElement>("li")];
// The page leaves the id and the label's id to this script (the box's value says it), to stay light.
for (const row of rows) {
  const id = (row.dataset.id = $<HTMLInputElement>("input", row).value);
  $("label", row).id = `l-${id}`;
}
const deckIds = rows.map((row) => row.dataset.id!);
const count = $("[data-count]");
const form = $<HTMLFormElement>("[data-make]");
const fileSelect = $<HTMLSelectElement>("select", form);
// The offer to keep the maker for offline use: checked after the page is up (it is at the page's foot).
void import("./lib/keep-renderer.js").then((keep) => keep.offerKeeping(document.querySelector<HTMLElement>("[data-maker-offline]"), siteBase(), "make"));
/** A part loaded on use, with the words it shows. */
const later = <T>(part: Promise<T>) => Promise.all([part, makerWords()]).then(([loaded]) => loaded);
/** Making the PDF, loaded with the first "Make my deck". */
let pdf: typeof import("./make-pdf.js") | undefined;

/** A row's copies field and "not for us" toggle, named after the row's title for screen readers. */
function controls(row: HTMLLIElement, own: boolean): void {
  const id = row.dataset.id!;
  const copies = Object.assign(document.createElement("input"), { type: "number", min: "1", max: "9", value: "1", className: "copies", id: `n-${id}` });
  copies.inputMode = "numeric";
  copies.setAttribute("aria-labelledby", `w-copies l-${id}`);
  copies.addEventListener("change", () => setCopies(id, Math.min(9, Math.max(1, Math.round(Number(copies.value)) || 1))));
  const extra = document.createElement("span");
  extra.className = "row-tools";
  // "Copies" is seen beside the field; a screen reader hears "Copies of <title>" (aria-labelledby).
  const label = Object.assign(document.createElement("label"), { htmlFor: copies.id, textContent: word("make.copies") });
  label.append(copies);
  extra.append(label);
  if (!own) {
    const hide = Object.assign(document.createElement("button"), { type: "button", className: "remove", textContent: word("make.notForUs") });
    hide.setAttribute("aria-labelledby", `${(hide.id = `h-${id}`)} l-${id}`);
    hide.addEventListener("click", () => setHidden(id, hide.getAttribute("aria-pressed") !== "true"));
    extra.append(hide);
  }
  row.append(extra);
  $<HTMLInputElement>("input[type=checkbox]", row).addEventListener("change", (event) => choose([id], (event.target as HTMLInputElement).checked));
}
rows.forEach((row) => controls(row, false));

/** The own cards as rows like the deck's, each with Edit and Delete (a link's cards can only be kept or left). */
function ownRows(): HTMLLIElement[] {
  return ownCards().map((card) => {
    const row = document.createElement("li");
    row.className = `k-${card.kind}`;
    row.dataset.id = card.id;
    const box = Object.assign(document.createElement("input"), { type: "checkbox", id: `c-${card.id}`, value: card.id });
    const label = Object.assign(document.createElement("label"), { id: `l-${card.id}`, htmlFor: box.id, textContent: card.title });
    label.append(" ", Object.assign(document.createElement("span"), { className: "meta", textContent: word(card.guest ? "make.fromLink" : "make.yours") }));
    row.append(box, label);
    controls(row, true);
    for (const action of ["edit", "delete"] as const) {
      if (card.guest && action === "delete") continue;
      const button = Object.assign(document.createElement("button"), { type: "button", className: "remove", textContent: word(card.guest ? "make.keep" : `make.${action}`) });
      button.id = `${action[0]}-${card.id}`;
      button.setAttribute("aria-labelledby", `${button.id} l-${card.id}`);
      button.addEventListener("click", () => void later(import("./make-own.js")).then((own) => own.ownCardAction(card.guest ? "keep" : action, card.id)));
      (row.querySelector(".own-tools") ?? row.appendChild(Object.assign(document.createElement("span"), { className: "own-tools" }))).append(button);
    }
    return row;
  });
}

/** What the own rows show: they are made again only when it changes, so a tick keeps its focus. */
let ownShown = "";

/** Rows, ticks, copies, marks and the count, from the stored choice. */
function render(): void {
  const chosen = selectedIds();
  const hidden = hiddenIds();
  const own = JSON.stringify(ownCards());
  if (own !== ownShown) ownList.replaceChildren(...ownRows());
  ownShown = own;
  $("[data-own-none]").hidden = ownList.childElementCount > 0;
  let cards = 0;
  let printed = 0;
  for (const row of [...rows, ...ownList.querySelectorAll<HTMLLIElement>("li[data-id]")]) {
    const id = row.dataset.id!;
    const box = $<HTMLInputElement>("input[type=checkbox]", row);
    const away = hidden.has(id);
    box.checked = chosen.has(id) && !away;
    box.disabled = away;
    row.classList.toggle("away", away);
    $<HTMLInputElement>(".copies", row).value = String(copiesOf(id));
    row.querySelector(`#h-${id}`)?.setAttribute("aria-pressed", String(away));
  }
  for (const id of currentChoice(deckIds).cards) {
    cards++;
    printed += copiesOf(id);
  }
  count.textContent = !cards ? word("make.noneChosen") : printed > cards ? word("make.chosenCopies", { cards: cardCount(cards), printed: cardCount(printed) }) : word("make.chosen", { cards: cardCount(cards) });
  discardFile();
}

// A filter chosen on Cards (/make/?kind=ritual&touch=none) shows only its cards.
const facets = Object.keys(rows[0]?.dataset ?? {}).filter((id) => id !== "id").map((id) => ({ id, values: [...new Set(rows.map((row) => row.dataset[id]!))] }));
const params = new URLSearchParams(location.search);
const filter = readFilterQuery(location.search, facets);
const filtered = Object.keys(filter).length > 0;
for (const row of rows) row.hidden = Object.entries(filter).some(([facet, value]) => row.dataset[facet] !== value);
if (filtered) {
  const box = $("[data-filtered]");
  box.hidden = false;
  $("[data-filtered-says]").textContent = word("make.showing", { cards: cardCount(rows.filter((row) => !row.hidden).length) });
}
const shown = () => rows.filter((row) => !row.hidden).map((row) => row.dataset.id!);

for (const button of maker.querySelectorAll<HTMLButtonElement>("[data-start]")) {
  button.addEventListener("click", () => {
    const start = button.dataset.start;
    if (start === "shown") choose(shown(), true);
    else if (start === "none") chooseOnly([]);
    else chooseOnly([...readDeviceData().favourites.map((item) => item.id).filter((id) => deckIds.includes(id)), ...[...selectedIds()].filter((id) => id.startsWith("own-"))]);
  });
}

// /make/?cards=id1,id2 chooses exactly those cards, once: the address then drops it, so a reload keeps later changes.
const asked = params.get("cards");
if (asked !== null) {
  chooseOnly(asked.split(",").filter((id) => deckIds.includes(id) || ownCards().some((card) => card.id === id)));
  params.delete("cards");
  history.replaceState(history.state, "", location.pathname + (params.toString() ? `?${params}` : "") + location.hash);
}

/** Takes a made file away: the choice changed since. */
const discardFile = () => pdf?.discardFile();

/** The chosen file's words, its offset fields when its backs can be moved, and what its cards are printed on when it is a box. */
function showFile(): void {
  const option = fileSelect.selectedOptions[0];
  $("[data-how-to]", form).textContent = option?.dataset.how ?? "";
  $("[data-offset-fields]", form).hidden = !option?.dataset.offset;
  $("[data-box-fields]", form).hidden = !option?.hasAttribute("data-box");
  discardFile();
}
fileSelect.addEventListener("change", showFile);
form.addEventListener("input", (event) => event.target !== fileSelect && discardFile());
const paper = readDeviceData().preferences.paper;
// By the file's name ("…-a4-duplex.pdf"), which says the paper in every language.
const likely = [...fileSelect.options].find((option) => paper && new RegExp(`-${paper}[-.]`).test(option.value));
if (likely) fileSelect.value = likely.value;
showFile();

form.addEventListener("submit", (event) => {
  event.preventDefault();
  void later(import("./make-pdf.js")).then((loaded) => (pdf = loaded).makeDeck(form, currentChoice(deckIds)));
});

$("[data-share-deck]").addEventListener("click", () => void later(import("./make-share.js")).then((share) => share.shareDeck(currentChoice(deckIds))));
$("[data-write]").addEventListener("click", () => void later(import("./make-own.js")).then((own) => own.ownCardAction("write")));
// A shared deck in the address (on arrival, or pasted into this tab): shown before anything is saved.
const openLink = () => location.hash.startsWith("#deck") && void later(import("./make-share.js")).then((share) => share.openShared(location.hash, deckIds));
openLink();
addEventListener("hashchange", openLink);

render();
onChoice(render);

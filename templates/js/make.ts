// The deck maker (/make/): tick cards, set copies, mark cards "not for us", and make the PDF in a Web
// Worker (loaded on the first "Make my deck" or card check, never before), with its progress shown.
// Writing own cards (make-own.ts) and share links (make-share.ts) load when they are used.
import { readFilterQuery } from "../../scripts/site/filter-query.js";
import { parseDecimal } from "./lib/decimal.js";
import { readDeviceData } from "./lib/device-store.js";
import { offerKeeping } from "./lib/keep-renderer.js";
import { askMaker, makerUrls } from "./lib/maker-client.js";
import { choose, chooseOnly, copiesOf, currentChoice, hiddenIds, onChoice, ownCards, selectedIds, setCopies, setHidden } from "./lib/maker-state.js";
import { siteBase } from "./lib/site-base.js";

const $ = <T extends Element = HTMLElement>(selector: string, scope: ParentNode = document) => scope.querySelector<T>(selector)!;
const maker = $("[data-maker]");
const base = siteBase();
const list = $("[data-pick]");
const ownList = $("[data-pick-own]");
const rows = [...list.querySelectorAll<HTMLLIElement>("li[data-id]")];
const deckIds = rows.map((row) => row.dataset.id!);
const count = $("[data-count]");
const alertBox = $("[data-alert]");
const form = $<HTMLFormElement>("[data-make]");
const fileSelect = $<HTMLSelectElement>("select", form);
const status = $("[data-status]", form);
const progress = $<HTMLProgressElement>("progress", form);
const result = $("[data-result]", form);
const makerFiles = offerKeeping(document.querySelector<HTMLElement>("[data-maker-offline]"), base, "deck maker");
let fileUrl: string | undefined;

const plural = (n: number, word = "card") => `${n} ${word}${n === 1 ? "" : "s"}`;
/** Says something that needs attention (text only), or clears it. */
function alertReader(text = ""): void {
  alertBox.textContent = text;
  alertBox.hidden = !text;
}

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
  const word = Object.assign(document.createElement("label"), { htmlFor: copies.id, textContent: "Copies" });
  word.append(copies);
  extra.append(word);
  if (!own) {
    const hide = Object.assign(document.createElement("button"), { type: "button", className: "remove", textContent: "Not for us" });
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
    label.append(" ", Object.assign(document.createElement("span"), { className: "meta", textContent: card.guest ? "from the link" : "yours" }));
    row.append(box, label);
    controls(row, true);
    for (const [word, action] of [["Edit", "edit"], ["Delete", "delete"]] as const) {
      if (card.guest && action === "delete") continue;
      const button = Object.assign(document.createElement("button"), { type: "button", className: "remove", textContent: card.guest ? "Keep" : word });
      button.id = `${action[0]}-${card.id}`;
      button.setAttribute("aria-labelledby", `${button.id} l-${card.id}`);
      button.addEventListener("click", () => void import("./make-own.js").then((own) => own.ownCardAction(card.guest ? "keep" : action, card.id)));
      (row.querySelector(".own-tools") ?? row.appendChild(Object.assign(document.createElement("span"), { className: "own-tools" }))).append(button);
    }
    return row;
  });
}

/** Rows, ticks, copies, marks and the count, from the stored choice. */
function render(): void {
  const chosen = selectedIds();
  const hidden = hiddenIds();
  ownList.replaceChildren(...ownRows());
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
  count.textContent = cards ? `${plural(cards)} chosen${printed > cards ? `, ${plural(printed)} to print with copies` : ""}.` : "No cards chosen yet: tick the ones you want, or start from all cards or your favourites.";
  discardFile();
}

// A filter chosen on Cards (/make/?kind=ritual&touch=none) shows only its cards.
const facets = ["kind", "category", "duration", "energy", "touch"].map((id) => ({ id, values: [...new Set(rows.map((row) => row.dataset[id]!))] }));
const params = new URLSearchParams(location.search);
const filter = readFilterQuery(location.search, facets);
const filtered = Object.keys(filter).length > 0;
for (const row of rows) row.hidden = Object.entries(filter).some(([facet, value]) => row.dataset[facet] !== value);
if (filtered) {
  const box = $("[data-filtered]");
  box.hidden = false;
  $("[data-filtered-says]").textContent = `Showing the ${plural(rows.filter((row) => !row.hidden).length)} of your filter from Cards.`;
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

// /make/?cards=id1,id2 chooses exactly those cards.
const asked = params.get("cards");
if (asked !== null) chooseOnly(asked.split(",").filter((id) => deckIds.includes(id) || ownCards().some((card) => card.id === id)));

/** Takes a made file away: the choice changed since. */
function discardFile(): void {
  if (fileUrl) URL.revokeObjectURL(fileUrl);
  if (fileUrl) status.textContent = "The deck changed: make it again to print the new one.";
  fileUrl = undefined;
  result.textContent = "";
}

/** The chosen file's words, and its offset fields when its backs can be moved. */
function showFile(): void {
  const option = fileSelect.selectedOptions[0];
  $("[data-how-to]", form).textContent = option?.dataset.how ?? "";
  $("[data-offset]", form).hidden = !option?.dataset.offset;
  discardFile();
}
fileSelect.addEventListener("change", showFile);
form.addEventListener("input", (event) => event.target !== fileSelect && discardFile());
const paper = readDeviceData().preferences.paper;
const likely = [...fileSelect.options].find((option) => paper && option.textContent!.includes(paper === "a4" ? "A4" : "Letter"));
if (likely) fileSelect.value = likely.value;
showFile();

/** The back offset as typed ("1,5" or "1.5"), or a sentence saying what is wrong. */
function offset(): { x: number; y: number } | string | undefined {
  const limits = fileSelect.selectedOptions[0]?.dataset.offset?.split(" ").map(Number);
  if (!limits) return undefined;
  const [x, y] = ["x", "y"].map((axis) => parseDecimal($<HTMLInputElement>(`[name=${axis}]`, form).value));
  if (x === undefined || y === undefined) return "Enter the backs’ move as numbers, like 1.5 or 1,5 (0 for none).";
  if (Math.abs(x) > limits[0] || Math.abs(y) > limits[0]) return `The backs can move at most ${limits[0]} mm each way.`;
  return { x, y };
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const button = $<HTMLButtonElement>("button[type=submit]", form);
  const backOffset = offset();
  if (typeof backOffset === "string") return void (status.textContent = backOffset);
  const choice = currentChoice(deckIds);
  if (!choice.cards.length) return void (status.textContent = "Choose at least one card first.");
  alertReader();
  discardFile();
  button.disabled = true;
  progress.hidden = false;
  progress.value = 0;
  status.textContent = "Making your deck…";
  const answer = await askMaker(makerUrls(), { type: "make", choice, fileName: fileSelect.value, backOffset }, (step) => {
    progress.value = step.of ? step.done / step.of : 0;
    status.textContent = `${step.stage}${step.of > 1 ? `: ${step.done} of ${step.of}` : ""}…`;
  });
  button.disabled = false;
  progress.hidden = true;
  if (answer.type === "made") {
    fileUrl = URL.createObjectURL(new Blob([answer.bytes], { type: "application/pdf" }));
    const link = Object.assign(document.createElement("a"), { href: fileUrl, download: answer.fileName, className: "button", textContent: `Download ${answer.fileName}` });
    result.append(link);
    const left = answer.unknown.length ? ` ${plural(answer.unknown.length)} of the choice ${answer.unknown.length === 1 ? "is" : "are"} not in this deck any more and ${answer.unknown.length === 1 ? "was" : "were"} left out.` : "";
    status.textContent = `Your deck is ready: ${plural(answer.cards)} on ${plural(answer.pages, "page")}.${left}`;
    link.focus();
  } else if (answer.type === "failed") {
    const kept = makerFiles.length > 0 && (await import("./lib/offline-files.js").then((files) => files.isKept(makerFiles[0])));
    status.textContent = answer.offline && !kept
      ? "You seem to be offline, and the deck maker is not kept on this device, so it cannot make the deck now. It works here once you are online again; to make decks offline, keep it with the button below."
      : answer.problems?.length ? answer.message : `The deck could not be made (${answer.message}).`;
    if (answer.problems?.length) alertReader(answer.problems.map((problem) => `${problem.card}: ${problem.field ?? ""} ${problem.message}`.replace(/\s+/g, " ")).join("\n"));
  }
});

$("[data-share-deck]").addEventListener("click", () => void import("./make-share.js").then((share) => share.shareDeck(currentChoice(deckIds))));
$("[data-write]").addEventListener("click", () => void import("./make-own.js").then((own) => own.ownCardAction("write")));
if (location.hash.startsWith("#deck")) void import("./make-share.js").then((share) => share.openShared(location.hash, deckIds));

maker.hidden = false;
render();
onChoice(render);

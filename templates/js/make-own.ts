// Writing, changing, keeping and deleting own cards on the deck maker, loaded when first used. Each card
// is checked as the reader types by the renderer's worker: the content schema and body rules, the print
// fonts and the fit on every card size, with the reasons beside the fields and a preview of the face.
import type { Block, Run } from "../../scripts/content/markdown.js";
import type { SizeFit } from "../../scripts/deck/card-fit.js";
import { cardFacetNames } from "../../scripts/content/vocabulary.js";
import { limits, type OwnCardText } from "./lib/device-data.js";
import { readDeviceData, updateDeviceData } from "./lib/device-store.js";
import { askMaker, makerUrls } from "./lib/maker-client.js";
import { cardText, choose, ownCards, useGuests } from "./lib/maker-state.js";
import type { CardProblem } from "./lib/maker-protocol.js";
import { problemText } from "./lib/problem-words.js";
import { word } from "./lib/words.js";

const form = document.querySelector<HTMLFormElement>("[data-own-form]")!;
const heading = form.querySelector<HTMLElement>("[data-write-h]")!;
const preview = form.querySelector<HTMLElement>("[data-preview]")!;
const fit = form.querySelector<HTMLElement>("[data-fit]")!;
const said = document.querySelector<HTMLElement>("[data-own-status]")!;
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
let editing: string | undefined;
let checking = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/** The words in the form, as a card to check or keep. */
function written(): OwnCardText {
  const card = { id: editing ?? "own-new", title: field("title").value, body: field("body").value } as OwnCardText;
  for (const facet of cardFacetNames) (card as Record<string, string>)[facet] = field(facet).value;
  return card;
}

const element = (tag: string, text?: string, className?: string) => Object.assign(document.createElement(tag), text === undefined ? {} : { textContent: text }, className ? { className } : {});
const runs = (list: Run[]) => list.map((run) => (run.bold || run.italic ? element(run.bold ? "strong" : "em", run.text) : document.createTextNode(run.text)));
const optionText = (name: string) => (field(name) as HTMLSelectElement).selectedOptions[0]?.textContent ?? "";

/** The face as the card page draws it: kind, title, body from the renderer's own blocks, and the foot. */
function showPreview(blocks: Block[]): void {
  const card = written();
  preview.className = `face preview k-${card.kind}`;
  const body = element("div", undefined, "body");
  for (const block of blocks) {
    if (block.type === "paragraph") {
      body.append(element("p"));
      body.lastElementChild!.append(...runs(block.runs));
      continue;
    }
    const list = element(block.ordered ? "ol" : "ul");
    for (const item of block.items) list.append(element("li")), list.lastElementChild!.append(...runs(item));
    body.append(list);
  }
  preview.replaceChildren(element("p", `${optionText("kind")} · ${optionText("category")}`, "kind"), element("p", card.title || word("make.yourTitle"), "title"), body, element("p", ["duration", "energy", "touch"].map(optionText).join(" · "), "facts"));
}

/** A card size as the fit meter and the problems name it: "poker". */
const sizeWord = (entry: SizeFit) => entry.label.split(" (")[0].toLowerCase();

/** Each problem beside its field (Title, Words, …) in the page's language, the fields marked; returns the first field with one. */
function showProblems(problems: CardProblem[], sizes: SizeFit[] = []): HTMLElement | undefined {
  const sizeName = (cardSize: string) => {
    const entry = sizes.find((size) => size.cardSize === cardSize);
    return entry ? sizeWord(entry) : cardSize;
  };
  let first: HTMLElement | undefined;
  for (const box of form.querySelectorAll<HTMLElement>("[data-error]")) {
    const name = box.dataset.error!;
    const mine = problems.filter((problem) => (problem.field ?? "title") === name);
    const label = form.querySelector(`label[for="own-${name}"]`)?.textContent ?? name;
    const said = (problem: CardProblem) => ({ label, line: problem.line ?? "", message: problemText(problem, sizeName) });
    box.textContent = mine.map((problem) => word(problem.line ? "make.problemAtLine" : "make.problemAt", said(problem))).join(" ");
    field(name).setAttribute("aria-invalid", String(mine.length > 0));
    if (mine.length && !first) first = field(name);
  }
  return first;
}

/** What the fit meter says: the size each card size prints the words at, or how many lines too long. */
function fitWords(sizes: SizeFit[]): string {
  const size = sizeWord;
  const over = sizes.filter((entry) => entry.overLines);
  const number = (n: number | undefined) => n?.toLocaleString(document.documentElement.lang) ?? "";
  if (over.length) return [...over.map((entry) => word(entry.overLines === 1 ? "make.tooLongOne" : "make.tooLongMany", { lines: entry.overLines!, size: size(entry), floor: number(entry.floor) })), word("make.shorten")].join(" ");
  return sizes.length ? word("make.fits", { sizes: sizes.map((entry) => word("make.fitsAt", { points: number(entry.size), size: size(entry) })).join(word("make.fitsAnd")) }) : "";
}

/** Checks the words with the renderer; shows the preview, the fit and any problem. Resolves whether it can print. */
async function check(): Promise<{ ok: boolean; first?: HTMLElement }> {
  const mine = ++checking;
  if (!fit.textContent) fit.textContent = word("make.checking");
  const answer = await askMaker(makerUrls(), { type: "check", card: written() });
  if (mine !== checking) return { ok: false };
  if (answer.type !== "checked") {
    if (answer.type !== "failed") return { ok: false };
    fit.textContent = answer.offline ? word("make.checkOffline") : word("make.checkFailed", { reason: answer.message });
    return { ok: false };
  }
  showPreview(answer.blocks);
  fit.textContent = fitWords(answer.sizes);
  const first = showProblems(answer.problems, answer.sizes);
  return { ok: answer.problems.length === 0, first };
}

function open(card?: OwnCardText): void {
  editing = card?.id;
  form.reset();
  if (card) for (const name of ["title", "body", ...cardFacetNames]) field(name).value = card[name as keyof OwnCardText];
  heading.textContent = word(card ? "make.change" : "make.write");
  fit.textContent = "";
  showProblems([]);
  showPreview([]);
  form.hidden = false;
  heading.focus();
  if (card) void check();
}

function close(): void {
  form.hidden = true;
  editing = undefined;
  document.querySelector<HTMLElement>("[data-write]")!.focus();
}

form.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => void check(), 350);
});
form.querySelector("[data-cancel]")!.addEventListener("click", close);
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  clearTimeout(timer);
  const checked = await check();
  if (!checked.ok) return checked.first?.focus();
  const card = written();
  const now = Date.now();
  const id = editing ?? `own-${now.toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
  if (!editing && readDeviceData().ownCards.length >= limits.ownCards) return void (fit.textContent = word("make.tooMany", { count: limits.ownCards }));
  updateDeviceData((data) => {
    const kept = data.ownCards.find((own) => own.id === id);
    if (kept) Object.assign(kept, card, { id, updatedAt: now });
    else data.ownCards.push({ ...card, id, createdAt: now, updatedAt: now });
  });
  choose([id], true);
  form.hidden = true;
  said.textContent = word(editing ? "make.savedChange" : "make.savedNew", { title: card.title.trim() });
  editing = undefined;
  document.getElementById(`c-${id}`)?.focus();
});

/** Write a new card, change or delete one kept here, or keep one that came with a link. */
export function ownCardAction(action: "write" | "edit" | "delete" | "keep", id?: string): void {
  const card = ownCards().find((own) => own.id === id);
  if (action === "write") return open();
  if (!card) return;
  if (action === "edit") return open(card);
  if (action === "keep") {
    const now = Date.now();
    updateDeviceData((data) => void data.ownCards.push({ ...cardText(card), createdAt: now, updatedAt: now }));
    useGuests(ownCards().filter((own) => own.guest && own.id !== id));
    said.textContent = word("make.kept", { title: card.title });
    return;
  }
  const before = readDeviceData();
  updateDeviceData((data) => {
    data.ownCards = data.ownCards.filter((own) => own.id !== id);
    data.maker.selected = data.maker.selected.filter((other) => other !== id);
  });
  said.replaceChildren(`${word("make.deleted", { title: card.title })} `);
  const undo = element("button", word("make.undo"), "button quiet") as HTMLButtonElement;
  undo.type = "button";
  undo.addEventListener("click", () => {
    updateDeviceData((data) => {
      data.ownCards = before.ownCards;
      data.maker.selected = before.maker.selected;
    });
    said.textContent = word("make.back", { title: card.title });
  });
  said.append(undo);
  undo.focus();
}

// Making the chosen deck's PDF on the deck maker, loaded with the first "Make my deck": the back offset
// read as typed, the renderer's worker asked, its progress shown, and the file offered to download.
import type { DeckChoice } from "../../scripts/deck/chosen-deck.js";
import { parseDecimal } from "./lib/decimal.js";
import { askMaker, makerUrls } from "./lib/maker-client.js";
import { isKept } from "./lib/offline-files.js";
import { siteBase } from "./lib/site-base.js";

const $ = <T extends HTMLElement = HTMLElement>(selector: string, scope: ParentNode = document) => scope.querySelector<T>(selector)!;
const plural = (n: number, word = "card") => `${n} ${word}${n === 1 ? "" : "s"}`;
let fileUrl: string | undefined;

/** Takes a made file away (the choice or the file changed since), saying so. */
export function discardFile(): void {
  if (!fileUrl) return;
  URL.revokeObjectURL(fileUrl);
  fileUrl = undefined;
  $("[data-result]").textContent = "";
  $("[data-status]").textContent = "The deck changed: make it again to print the new one.";
}

/** The back offset as typed ("1,5" or "1.5"), a sentence saying what is wrong, or nothing for a file whose backs stay put. */
function backOffset(form: HTMLFormElement): { x: number; y: number } | string | undefined {
  const limit = Number($<HTMLSelectElement>("select", form).selectedOptions[0]?.dataset.offset?.split(" ")[0]);
  if (!limit) return undefined;
  const [x, y] = ["x", "y"].map((axis) => parseDecimal($<HTMLInputElement>(`[name=${axis}]`, form).value));
  if (x === undefined || y === undefined) return "Enter how far the backs move as numbers, like 1.5 or 1,5 (0 for not at all).";
  if (Math.abs(x) > limit || Math.abs(y) > limit) return `The backs can move at most ${limit} mm each way.`;
  return { x, y };
}

export async function makeDeck(form: HTMLFormElement, choice: DeckChoice): Promise<void> {
  const status = $("[data-status]", form);
  const result = $("[data-result]", form);
  const progress = $<HTMLProgressElement>("progress", form);
  const alertBox = $("[data-alert]");
  const button = $<HTMLButtonElement>("button[type=submit]", form);
  const offset = backOffset(form);
  if (typeof offset === "string") return void (status.textContent = offset);
  if (!choice.cards.length) return void (status.textContent = "Choose at least one card first.");
  discardFile();
  alertBox.hidden = true;
  button.disabled = true;
  progress.hidden = false;
  progress.value = 0;
  status.textContent = "Making your deck…";
  const fileName = $<HTMLSelectElement>("select", form).value;
  const answer = await askMaker(makerUrls(), { type: "make", choice, fileName, backOffset: offset }, (step) => {
    progress.value = step.of ? step.done / step.of : 0;
    status.textContent = `${step.stage}${step.of > 1 ? `: ${step.done} of ${step.of}` : ""}…`;
  });
  button.disabled = false;
  progress.hidden = true;
  if (answer.type === "made") {
    fileUrl = URL.createObjectURL(new Blob([answer.bytes], { type: "application/pdf" }));
    const link = Object.assign(document.createElement("a"), { href: fileUrl, download: answer.fileName, className: "button", textContent: `Download ${answer.fileName}` });
    result.append(link);
    const gone = answer.unknown.length;
    const left = gone ? ` ${plural(gone)} of the choice ${gone === 1 ? "is" : "are"} not in this deck any more and ${gone === 1 ? "was" : "were"} left out.` : "";
    status.textContent = `Your deck is ready: ${plural(answer.cards)} on ${plural(answer.pages, "page")}.${left}`;
    link.focus();
    return;
  }
  if (answer.type !== "failed") return;
  const files = ($("[data-maker-offline]").dataset.makerOffline ?? "").split(" ").filter(Boolean);
  const kept = files.length > 0 && (await isKept(new URL(files[0], siteBase()).href));
  status.textContent =
    answer.offline && !kept
      ? "You seem to be offline, and the deck maker is not kept on this device, so it cannot make the deck now. It works here once you are online again; to make decks offline, keep it with the button below."
      : answer.problems?.length
        ? answer.message
        : `The deck could not be made (${answer.message}).`;
  if (answer.problems?.length) {
    alertBox.textContent = answer.problems.map((problem) => `${problem.card}: ${problem.field ?? ""} ${problem.message}`.replace(/\s+/g, " ")).join("\n");
    alertBox.hidden = false;
  }
}

// Making the chosen deck's PDF on the deck maker, loaded with the first "Make my deck": the back offset
// read as typed, the renderer's worker asked, its progress shown, and the file offered to download.
import type { DeckChoice } from "../../scripts/deck/chosen-deck.js";
import { parseDecimal } from "./lib/decimal.js";
import { askMaker, makerUrls } from "./lib/maker-client.js";
import type { CardProblem } from "./lib/maker-protocol.js";
import { isKept } from "./lib/offline-files.js";
import { problemCard, problemText } from "./lib/problem-words.js";
import { siteBase } from "./lib/site-base.js";
import { cardCount, word } from "./lib/words.js";

const $ = <T extends HTMLElement = HTMLElement>(selector: string, scope: ParentNode = document) => scope.querySelector<T>(selector)!;
let fileUrl: string | undefined;

/** Takes a made file away (the choice or the file changed since), saying so. */
export function discardFile(): void {
  if (!fileUrl) return;
  URL.revokeObjectURL(fileUrl);
  fileUrl = undefined;
  $("[data-result]").textContent = "";
  $("[data-status]").textContent = word("make.changedDeck");
}

/** The back offset as typed ("1,5" or "1.5"), a sentence saying what is wrong, or nothing for a file whose backs stay put. */
function backOffset(form: HTMLFormElement): { x: number; y: number } | string | undefined {
  const limit = Number($<HTMLSelectElement>("select", form).selectedOptions[0]?.dataset.offset?.split(" ")[0]);
  if (!limit) return undefined;
  const [x, y] = ["x", "y"].map((axis) => parseDecimal($<HTMLInputElement>(`[name=${axis}]`, form).value));
  if (x === undefined || y === undefined) return word("make.offsetNumbers");
  if (Math.abs(x) > limit || Math.abs(y) > limit) return word("make.offsetLimit", { limit: limit.toLocaleString(document.documentElement.lang) });
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
  if (!choice.cards.length) return void (status.textContent = word("make.chooseFirst"));
  discardFile();
  alertBox.hidden = true;
  button.disabled = true;
  progress.hidden = false;
  progress.value = 0;
  status.textContent = word("make.working");
  const fileName = $<HTMLSelectElement>("select", form).value;
  const fields = new FormData(form);
  const box = { stock: String(fields.get("stock") ?? ""), layers: fields.has("layers") ? (2 as const) : (1 as const) };
  const answer = await askMaker(makerUrls(), { type: "make", choice, fileName, backOffset: offset, box }, (step) => {
    progress.value = step.of ? step.done / step.of : 0;
    const stage = word(`make.stages.${step.stage}`);
    status.textContent = step.of > 1 ? word("make.stepCount", { stage, done: step.done, of: step.of }) : word("make.step", { stage });
  });
  button.disabled = false;
  progress.hidden = true;
  if (answer.type === "made") {
    fileUrl = URL.createObjectURL(new Blob([answer.bytes], { type: "application/pdf" }));
    const link = Object.assign(document.createElement("a"), { href: fileUrl, download: answer.fileName, className: "button", textContent: word("make.download", { file: answer.fileName }) });
    result.append(link);
    const gone = answer.unknown.length;
    const left = gone ? word(gone === 1 ? "make.leftOutOne" : "make.leftOutMany", { cards: cardCount(gone) }) : "";
    const { box: made } = answer;
    const depth = made && made.depthMm.toLocaleString(document.documentElement.lang, { maximumFractionDigits: 1 });
    status.textContent =
      (made
        ? word(made.cards < made.of ? "box.readySome" : "box.ready", { cards: cardCount(made.cards), chosen: made.of, depth: depth! })
        : word(answer.pages === 1 ? "make.readyPageOne" : "make.readyPageMany", { cards: cardCount(answer.cards), count: answer.pages })) + left;
    link.focus();
    return;
  }
  if (answer.type !== "failed") return;
  const files = ($("[data-maker-offline]").dataset.makerOffline ?? "").split(" ").filter(Boolean);
  const kept = files.length > 0 && (await isKept(new URL(files[0], siteBase()).href));
  const why = answer.reason ? word(answer.reason === "chooseFirst" ? "make.chooseFirst" : `make.failures.${answer.reason}`, { file: fileName }) : answer.message;
  status.textContent =
    answer.offline && !kept
      ? word("make.offline")
      : answer.problems?.length || answer.reason === "chooseFirst"
        ? why
        : word("make.failed", { reason: why });
  if (answer.problems?.length) {
    const field = (name?: string) => (name ? (document.querySelector(`label[for="own-${name}"]`)?.textContent ?? name) : "");
    const label = (problem: CardProblem) => [problemCard(problem), field(problem.field)].filter(Boolean).join(", ");
    alertBox.textContent = answer.problems.map((problem) => word("make.problemAt", { label: label(problem), message: problemText(problem) })).join("\n");
    alertBox.hidden = false;
  }
}

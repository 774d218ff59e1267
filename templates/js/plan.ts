// The plan page: each person answers privately, on their own phone (their answers then travel as a
// link) or taking turns on one phone (a "hand the phone over" screen puts the first answers away),
// and the second person's answers complete the plan, kept on this device and shown on /plan/ours/.
import { scriptLike } from "../../scripts/content/card-rules.js";
import { limits, type Plan, type PlanPartner } from "./lib/device-data.js";
import { readDeviceData, updateDeviceData } from "./lib/device-store.js";
import { offerLink } from "./lib/link-offer.js";
import { sharedAnswers } from "./lib/plan-compare.js";
import { partnerLabel } from "./lib/plan-words.js";
import { word } from "./lib/words.js";

const find = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = find<HTMLFormElement>("form[data-step=answer]");
const pageAlert = find("[data-plan-alert]");
const formAlert = find("[data-form-alert]");
const heading = find("[data-answer-heading]");
/** Statement ids, in question order: the names of the answer radios. */
const ids = [...form.querySelectorAll<HTMLInputElement>("input[value=yes]")].map((input) => input.name).filter((name) => name !== "share-nos");

/** How this round is answered; the first person's shared answers wait here (in this page only) for the second. */
let mode: "own" | "shared" = "own";
let first: PlanPartner | undefined;

/** Shows one step; after a tap, focus moves to its heading so that a screen reader starts there. */
function show(step: string, title?: string, moveFocus = true): void {
  for (const section of document.querySelectorAll<HTMLElement>(".plan-step")) section.hidden = section.dataset.step !== step;
  if (title) heading.textContent = title;
  const stepHeading = find(`[data-step=${step}] h2`);
  stepHeading.tabIndex = -1;
  if (moveFocus) stepHeading.focus();
}

const say = (box: HTMLElement, message = "") => {
  box.textContent = message;
  box.hidden = !message;
};

const oneLine = (value: FormDataEntryValue | null, max: number) => String(value ?? "").replace(/\p{Cc}+/gu, " ").trim().slice(0, max);
/** Whether typed words look like code (markup or a script address), which the schema keeps nowhere: if so, says so. */
function codeIn(text: string): boolean {
  const found = scriptLike.exec(text);
  if (found) say(formAlert, word("yourData.typed.markup", { found: found[0] }));
  return !!found;
}

/** This person's answers from the form, or undefined after saying what is missing. */
function readForm(): PlanPartner | undefined {
  const data = new FormData(form);
  const answers: PlanPartner["answers"] = {};
  for (const id of ids) {
    const choice = data.get(id) as "yes" | "maybe" | "no" | null;
    const words = oneLine(data.get(`w-${id}`), limits.planAnswerCharacters);
    if (codeIn(words)) return undefined;
    if (!choice && words) {
      say(formAlert, word("plan.chooseFor", { statement: form.querySelector(`[name="${id}"]`)!.closest("fieldset")!.querySelector("legend")!.textContent! }));
      return undefined;
    }
    if (choice) answers[id] = words ? { choice, words } : { choice };
  }
  if (Object.keys(answers).length === 0) return void say(formAlert, word("plan.answerOne"));
  const name = oneLine(data.get("name"), limits.nameCharacters);
  if (codeIn(name)) return undefined;
  say(formAlert);
  return { ...(name ? { name } : {}), answers, shareNos: data.get("share-nos") === "yes" };
}

/** Empties the form, so nothing of the last person's answers is left on the page. */
function clearForm(): void {
  form.reset();
  for (const details of form.querySelectorAll("details")) details.open = false;
}

/** Puts a draft back into the form, to change it. */
function fillForm(partner: PlanPartner): void {
  clearForm();
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | RadioNodeList | null;
  (field("name") as HTMLInputElement).value = partner.name ?? "";
  (field("share-nos") as RadioNodeList).value = partner.shareNos ? "yes" : "no";
  for (const [id, answer] of Object.entries(partner.answers)) {
    const choice = field(id);
    if (!(choice instanceof RadioNodeList)) continue; // a statement no longer asked
    choice.value = answer.choice;
    (field(`w-${id}`) as HTMLInputElement).value = answer.words ?? "";
  }
}

async function showLink(partner: PlanPartner): Promise<void> {
  const { planFragment } = await import("./lib/plan-link.js");
  const fragment = await planFragment({ partners: [sharedAnswers(partner)] });
  if (!fragment) {
    show("answer");
    return say(formAlert, word("plan.tooLong"));
  }
  const url = new URL(location.pathname, location.href);
  url.hash = fragment;
  offerLink(find("[data-step=send]"), url.href, word("plan.linkTitle"));
  show("send");
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const me = readForm();
  if (!me) return;
  if (mode === "own" && !first) {
    updateDeviceData((data) => void (data.planDraft = me));
    return showLink(me);
  }
  if (!first) {
    first = sharedAnswers(me);
    clearForm();
    return show("handover");
  }
  const plan: Plan = { createdAt: Date.now(), partners: [first, sharedAnswers(me)] };
  first = undefined;
  clearForm();
  updateDeviceData((data) => void (data.plans = [plan, ...data.plans].slice(0, limits.plansKept)));
  location.assign(new URL("ours/", location.href.replace(/#.*$/, "")).href);
});

// The choice is shown (CSS, with scripting on) before this module runs; it starts disabled so that a
// tap that comes before its handler is not silently lost.
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-mode]")) {
  button.disabled = false;
  button.addEventListener("click", () => {
    mode = button.dataset.mode as "own" | "shared";
    first = undefined;
    clearForm();
    show("answer", word(mode === "own" ? "plan.yourAnswers" : "plan.firstOfTwo"));
  });
}
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-begin]")) {
  button.addEventListener("click", () => show("answer", word("plan.secondOfTwo")));
}
find("[data-show-link]").addEventListener("click", () => void showLink(readDeviceData().planDraft!));
find("[data-change-draft]").addEventListener("click", () => {
  mode = "own";
  first = undefined;
  fillForm(readDeviceData().planDraft!);
  show("answer", word("plan.yourAnswers"));
});

async function start(): Promise<void> {
  // A plan link's reader loads only when a link brings answers.
  const links = location.hash ? await import("./lib/plan-link.js") : undefined;
  const decoded = await links?.readPlanFragment(location.hash);
  if (decoded?.ok && links!.isComparedPlan(decoded.value)) return location.replace(new URL(`ours/${location.hash}`, location.href.replace(/#.*$/, "")).href);
  if (decoded?.ok) {
    first = decoded.value.partners[0];
    find("[data-inviter]").textContent = first.name ? partnerLabel(first, 0) : word("plan.yourPartner");
    return show("invited", undefined, false);
  }
  say(pageAlert, decoded?.message);
  const { planDraft, plans } = readDeviceData();
  find("[data-draft]").hidden = !planDraft;
  find("[data-has-plans]").hidden = plans.length === 0;
  show("start", undefined, false);
}

// A link pasted into the address bar of this page arrives as a new fragment, without a reload.
window.addEventListener("hashchange", () => void start());
void start();

// "Our plan": a compared plan from this device (or from a link, kept only when asked), sorted into
// go-tos, worth a try, ask first, boundaries and the rest, with what changed since the plan before;
// printed as a sheet, or as a card by the deck's renderer, loaded only when asked for.
import type { Touch } from "../../scripts/content/vocabulary.js";
import type { Plan } from "./lib/device-data.js";
import { limits } from "./lib/device-data.js";
import { readDeviceData, updateDeviceData } from "./lib/device-store.js";
import { offerLink } from "./lib/link-offer.js";
import { comparePlan, planChanges, visibleChoice, type Place } from "./lib/plan-compare.js";
import { partnerLabel, planByline, planDate } from "./lib/plan-words.js";
import { word } from "./lib/words.js";

const find = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text = "", className = "") => Object.assign(document.createElement(tag), { textContent: text, className });
const statements = [...document.querySelectorAll<HTMLElement>("[data-statements] li")].map((li) => ({ id: li.dataset.id!, text: li.textContent!, short: li.dataset.short!, touch: li.dataset.touch as Touch }));
const ids = statements.map((statement) => statement.id);
const textOf = new Map(statements.map((statement) => [statement.id, statement.text]));
/** Where a statement sits, within "was a go-to, now worth a try". */
const placeWord = (place: Place) => word(`plan.place.${place}`);
const sheet = find("[data-plan]");
const actions = find("[data-plan-actions]");
const alertBox = find("[data-plan-alert]");
let shown: Plan | undefined;

/** A statement with each person's own words about it, all set as text. */
function item(plan: Plan, id: string): HTMLLIElement {
  const li = make("li", textOf.get(id));
  plan.partners.forEach((partner, i) => {
    const words = visibleChoice(partner, id) && partner.answers[id].words;
    if (words) li.append(make("span", word("plan.said", { name: partnerLabel(partner, i), words }), "said"));
  });
  return li;
}

function list(plan: Plan, target: Element, items: string[], empty: string): void {
  target.replaceChildren(...(items.length ? items.map((id) => item(plan, id)) : [make("li", empty, "meta")]));
}

function render(plan: Plan, fromLink: boolean): void {
  shown = plan;
  const kept = readDeviceData().plans;
  const { byPlace, boundaries } = comparePlan(plan.partners, ids);
  find("[data-byline]").textContent = planByline(plan);
  for (const place of ["go-to", "worth-a-try", "ask-first", "left-out"] as const) list(plan, find(`[data-place="${place}"]`), byPlace[place], word("plan.nothingHere"));
  find("[data-boundaries]").replaceChildren(
    ...plan.partners.flatMap((partner, i) => {
      const label = partnerLabel(partner, i);
      if (!partner.shareNos) return [make("p", word("plan.keptPrivate", { name: label }))];
      const ul = make("ul");
      list(plan, ul, boundaries[i], word("plan.none"));
      return [make("h3", label), ul];
    }),
  );
  const older = kept.find((candidate) => candidate.createdAt < plan.createdAt);
  find("[data-changes]").hidden = !older;
  if (older) {
    find("[data-since]").textContent = planDate(older.createdAt);
    const changes = planChanges(older, plan, ids).map(({ id, from, to }) => make("li", word("plan.moved", { statement: textOf.get(id)!, from: placeWord(from), to: placeWord(to) })));
    find("[data-change-list]").replaceChildren(...(changes.length ? changes : [make("li", word("plan.nothingMoved"))]));
  }
  const box = find("[data-from-link]");
  box.hidden = !fromLink;
  find("[data-keep-draft]").hidden = !readDeviceData().planDraft;
  const others = kept.filter((candidate) => candidate.createdAt !== plan.createdAt);
  find("[data-history]").hidden = others.length === 0;
  find("[data-history-list]").replaceChildren(
    ...others.map((other) => {
      const li = make("li");
      li.append(Object.assign(make("a", planDate(other.createdAt)), { href: `#at-${other.createdAt}` }));
      return li;
    }),
  );
  sheet.hidden = actions.hidden = false;
}

async function start(): Promise<void> {
  alertBox.hidden = true;
  const kept = readDeviceData().plans;
  // A plan link's reader loads only when a link brings a plan.
  const links = location.hash && !location.hash.startsWith("#at-") ? await import("./lib/plan-link.js") : undefined;
  const decoded = await links?.readPlanFragment(location.hash);
  if (decoded?.ok && !links!.isComparedPlan(decoded.value)) return location.replace(new URL(`../${location.hash}`, location.href.replace(/#.*$/, "")).href);
  if (decoded && !decoded.ok) Object.assign(alertBox, { textContent: decoded.message, hidden: false });
  const at = /^#at-(\d+)$/.exec(location.hash);
  const plan = decoded?.ok ? (decoded.value as Plan) : at ? kept.find((candidate) => candidate.createdAt === Number(at[1])) : decoded ? undefined : kept[0];
  find("[data-no-plan]").hidden = Boolean(plan) || kept.length > 0;
  if (!plan) return void (sheet.hidden = actions.hidden = true);
  render(plan, Boolean(decoded?.ok) && !kept.some((candidate) => candidate.createdAt === plan.createdAt));
}

find("[data-keep]").addEventListener("click", () => {
  const plan = shown!;
  updateDeviceData((data) => {
    data.plans = [plan, ...data.plans.filter((p) => p.createdAt !== plan.createdAt)].sort((a, b) => b.createdAt - a.createdAt).slice(0, limits.plansKept);
    data.planDraft = null;
  });
  // The link's data leaves the address bar; the plan is now found by its date.
  history.replaceState(null, "", `#at-${plan.createdAt}`);
  render(plan, false);
  const title = find("h1");
  title.tabIndex = -1;
  title.focus();
});
find("[data-print]").addEventListener("click", () => print());
find("[data-make-link]").addEventListener("click", async () => {
  const fragment = await (await import("./lib/plan-link.js")).planFragment(shown!);
  const row = find("[data-link-row]");
  row.hidden = !fragment;
  if (fragment) offerLink(actions, new URL(`${location.pathname}#${fragment}`, location.href).href, word("plan.linkTitle"));
  else find("[data-copy-status]").textContent = word("plan.linkTooLong");
});

// The plan card: the deck's renderer and fonts load only when asked for; the PDF is made here.
const cardForm = find<HTMLFormElement>("[data-plan-card]");
cardForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const { makeOnDevice } = await import("./lib/file-on-device.js");
  await makeOnDevice({
    form: cardForm,
    status: find("[data-card-status]"),
    result: find("[data-card-result]"),
    working: word("plan.making"),
    make: async (maker, base) => {
      const made = await maker.makePlanCard({ inputUrl: new URL(cardForm.dataset.input!, base), fileName: String(new FormData(cardForm).get("file")), plan: shown!, statements });
      const pages = word(made.pages === 1 ? "plan.pageOne" : "plan.pageMany", { count: made.pages });
      const ready = word(made.cards === 1 ? "plan.readyOne" : "plan.readyMany", { count: made.cards, pages });
      return { ...made, ready, download: word("plan.download", { file: made.fileName }) };
    },
    failed: (error) => word("plan.failed", { reason: error.message }),
  });
});

window.addEventListener("hashchange", () => void start());
void start();

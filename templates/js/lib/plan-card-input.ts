// What the plan card prints, from a compared plan and the questions: its lists with their labels,
// in the words of the card (short ones), and the closest touch it lists.
import type { PlanCardInput } from "../../../scripts/deck/plan-card.js";
import type { Touch } from "../../../scripts/content/vocabulary.js";
import type { Plan } from "./device-data.js";
import { comparePlan } from "./plan-compare.js";
import { partnerLabel, planByline } from "./plan-words.js";
import { word } from "./words.js";

/** A statement as the card needs it. */
export interface StatementOnCard {
  id: string;
  short: string;
  touch: Touch;
}

const touchOrder: readonly Touch[] = ["none", "light", "close"];

export function planCardInput(plan: Plan, statements: readonly StatementOnCard[]): PlanCardInput {
  const { byPlace, boundaries } = comparePlan(plan.partners, statements.map((statement) => statement.id));
  const byId = new Map(statements.map((statement) => [statement.id, statement]));
  const words = (ids: string[]) => ids.map((id) => byId.get(id)!.short);
  const offered = [...byPlace["go-to"], ...byPlace["worth-a-try"], ...byPlace["ask-first"]];
  const touch = touchOrder[Math.max(0, ...offered.map((id) => touchOrder.indexOf(byId.get(id)!.touch)))];
  return {
    byline: planByline(plan),
    sections: [
      { label: word("plan.goTos"), items: words(byPlace["go-to"]) },
      { label: word("plan.worth"), items: words(byPlace["worth-a-try"]) },
      { label: word("plan.ask"), items: words(byPlace["ask-first"]) },
      ...plan.partners.map((partner, i) => ({ label: word("plan.notFor", { name: partnerLabel(partner, i) }), items: words(boundaries[i]) })),
    ].filter((section) => section.items.length > 0),
    touch,
    whenEmpty: word("plan.whenEmpty"),
  };
}

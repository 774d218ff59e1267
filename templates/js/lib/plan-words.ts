// The words a plan is shown and printed with: who made it and when, in the page's language.
import type { Plan, PlanPartner } from "./device-data.js";
import { word } from "./words.js";

/** A partner's name, or which of the two they are when they gave none. */
export const partnerLabel = (partner: PlanPartner, index: number): string => partner.name?.trim() || word(index === 0 ? "plan.partnerOne" : "plan.partnerTwo");

/** "3 March 2026", on this device's calendar, as the page's language writes dates. */
export const planDate = (time: number): string => new Date(time).toLocaleDateString(word("plan.date.locale"), { day: "numeric", month: "long", year: "numeric" });

/** "Sam and Alex · 3 March 2026", or only the date when neither gave a name. */
export function planByline(plan: Plan): string {
  const names = plan.partners.map((partner) => partner.name?.trim()).filter(Boolean);
  if (!names.length) return planDate(plan.createdAt);
  const [first, second] = plan.partners.map(partnerLabel);
  return word("plan.byline", { names: word("plan.bothNames", { first, second }), date: planDate(plan.createdAt) });
}

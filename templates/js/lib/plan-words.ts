// The words a plan is shown and printed with: who made it and when.
import type { Plan, PlanPartner } from "./device-data.js";

/** A partner's name, or which of the two they are when they gave none. */
export const partnerLabel = (partner: PlanPartner, index: number): string => partner.name?.trim() || (index === 0 ? "Partner one" : "Partner two");

/** "3 March 2026", on this device's calendar. */
export const planDate = (time: number): string => new Date(time).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });

/** "Sam and Alex · 3 March 2026", or only the date when neither gave a name. */
export function planByline(plan: Plan): string {
  const names = plan.partners.map((partner) => partner.name?.trim()).filter(Boolean);
  const who = names.length ? `${plan.partners.map(partnerLabel).join(" and ")} · ` : "";
  return `${who}${planDate(plan.createdAt)}`;
}

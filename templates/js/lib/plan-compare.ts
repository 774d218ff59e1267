// Where two people's answers meet: each statement's place in "Our plan", and what moved between two plans.
import type { Plan, PlanPartner } from "./device-data.js";

/** go-to: both said yes · worth-a-try: yes and maybe · ask-first: both maybe · boundary: a shared "not for me" · left-out: the rest. */
export type Place = "go-to" | "worth-a-try" | "ask-first" | "boundary" | "left-out";
export const places: readonly Place[] = ["go-to", "worth-a-try", "ask-first", "boundary", "left-out"];

type Partners = Plan["partners"];

/** A person's answer as the other may see it: a "not for me" they keep private counts as no answer. */
export function visibleChoice(partner: PlanPartner, id: string): "yes" | "maybe" | "no" | undefined {
  const choice = Object.hasOwn(partner.answers, id) ? partner.answers[id].choice : undefined;
  return choice === "no" && !partner.shareNos ? undefined : choice;
}

export function placeOf(partners: Partners, id: string): Place {
  const [a, b] = partners.map((partner) => visibleChoice(partner, id));
  if (a === "no" || b === "no") return "boundary";
  if (a === "yes" && b === "yes") return "go-to";
  if ((a === "yes" && b === "maybe") || (a === "maybe" && b === "yes")) return "worth-a-try";
  if (a === "maybe" && b === "maybe") return "ask-first";
  return "left-out";
}

export interface PlanPlaces {
  /** Statement ids in each place, in the order of the questions. */
  byPlace: Record<Place, string[]>;
  /** Each person's shared "not for me" answers (a statement both said no to is in both). */
  boundaries: [string[], string[]];
}

/** Every statement sorted into exactly one place, in question order. */
export function comparePlan(partners: Partners, statementIds: readonly string[]): PlanPlaces {
  const byPlace = Object.fromEntries(places.map((place) => [place, [] as string[]])) as Record<Place, string[]>;
  for (const id of statementIds) byPlace[placeOf(partners, id)].push(id);
  const noes = (partner: PlanPartner) => statementIds.filter((id) => visibleChoice(partner, id) === "no");
  return { byPlace, boundaries: [noes(partners[0]), noes(partners[1])] };
}

export interface PlanChange {
  id: string;
  from: Place;
  to: Place;
}

/** The statements whose place differs between an older and a newer plan, in question order. */
export function planChanges(older: Plan, newer: Plan, statementIds: readonly string[]): PlanChange[] {
  return statementIds.flatMap((id) => {
    const from = placeOf(older.partners, id);
    const to = placeOf(newer.partners, id);
    return from === to ? [] : [{ id, from, to }];
  });
}

/** A person's answers as they leave their hands: private "not for me" answers removed. */
export function sharedAnswers(partner: PlanPartner): PlanPartner {
  if (partner.shareNos) return partner;
  return { ...partner, answers: Object.fromEntries(Object.entries(partner.answers).filter(([, answer]) => answer.choice !== "no")) };
}

// The plan as a link: one person's shared answers (asking the other to answer) or a compared plan
// (sent back), checked like any data from a stranger before anything reads it (names and answers
// holding markup or a script address included: the one schema refuses them).
import * as v from "valibot";
import { limits, planSchema, refusedMarkup, sharedPartnerSchema, type Plan, type PlanPartner } from "./device-data.js";
import { decodeLink, encodeLink, type Decoded, type LinkFormat } from "./share-link.js";
import { transferWord } from "./transfer-words.js";
import { word } from "./words.js";

/** What a plan link carries: the first person's answers alone, or both with the time they were compared. */
export type PlanLink = { partners: [PlanPartner] } | Plan;

const answersSchema = v.strictObject({ partners: v.strictTuple([sharedPartnerSchema]) });

export const planLinkFormat: LinkFormat<PlanLink> = {
  kind: "plan",
  version: 1,
  maxFragment: 16 * 1024,
  // Two people's answers to every statement with a full line each stay well under this.
  maxDecoded: 2 * limits.planAnswers * (limits.planAnswerCharacters + 100),
  check(value) {
    // One person's answers, or a compared plan: told apart by how many people it holds.
    const one = (value as { partners?: unknown[] } | null)?.partners?.length === 1;
    const checked = v.safeParse(one ? answersSchema : planSchema, value);
    if (checked.success) return { ok: true, value: checked.output };
    // A name or an answer that looks like markup or a script address is said as such: nobody's words need it.
    return { ok: false, message: refusedMarkup(checked.issues) ? transferWord("markup") : word("plan.notAPlan") };
  },
};

export const isComparedPlan = (link: PlanLink): link is Plan => link.partners.length === 2;

/** The fragment for a plan link, or undefined when the answers are too long for one (the caller says so). */
export async function planFragment(value: PlanLink): Promise<string | undefined> {
  const fragment = await encodeLink(planLinkFormat, value);
  return fragment.length <= planLinkFormat.maxFragment ? fragment : undefined;
}

/** The plan in this page's fragment, if it carries one; one sentence for the reader when it cannot be read. */
export function readPlanFragment(hash: string): Promise<Decoded<PlanLink>> | undefined {
  return hash.startsWith(`#${planLinkFormat.kind}`) ? decodeLink(planLinkFormat, hash) : undefined;
}

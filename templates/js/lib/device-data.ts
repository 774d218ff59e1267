// The shape of everything a reader keeps on this device, as one versioned schema (valibot: small
// enough for pages that must stay under 10 KB of script). Every read, import and shared link passes it.
import * as v from "valibot";
import { cardLimits, scriptLike } from "../../../scripts/content/card-rules.js";
import { cardFacetNames, cardFacets, idsOf, type CardFacet, type FacetValues } from "../../../scripts/content/vocabulary.js";

export const deviceDataVersion = 1;

/** Caps, so that no stored or imported value can grow without bound. */
export const limits = {
  cardsListed: 2000,
  ownCards: 100,
  noteCharacters: 1000,
  planAnswerCharacters: 280,
  planAnswers: 200,
  nameCharacters: 40,
  plansKept: 20,
  drawsRemembered: 1000,
  copies: 9,
} as const;

/** A card id as the loader makes them (file names), or an own card's "own-…" id. */
export const cardIdSchema = v.pipe(v.string(), v.maxLength(80), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));
/** Why free text was refused: it looks like markup or a script address (read by the import and link messages). */
export const markupIssue = "holds markup or a script address";
/** Free text (a title, a body, a note, a name, an answer): capped, and with no markup or script address, which none of it needs. */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max), v.check((value) => !scriptLike.test(value), markupIssue));
/** Whether a refusal came from markup in free text, so the reader can be told that rather than "changed". */
export const refusedMarkup = (issues: readonly { message: string }[]) => issues.some((issue) => issue.message === markupIssue);
const cardIds = v.pipe(v.array(cardIdSchema), v.maxLength(limits.cardsListed));

export const favouriteSchema = v.strictObject({ id: cardIdSchema, savedAt: time });

export const noteSchema = v.strictObject({ text: text(limits.noteCharacters), updatedAt: time });

/** One closed list per card facet, from the same vocabulary as the content schema. */
const facetFields = Object.fromEntries(cardFacetNames.map((name) => [name, v.picklist(idsOf(cardFacets[name]))])) as unknown as { [F in CardFacet]: v.GenericSchema<FacetValues[F]> };

/**
 * A card the reader wrote, as it is kept or shared: the content schema's facets and title length, no
 * markup or script address; its body is the same markdown subset (checked, with the fit and the fonts,
 * by the deck maker: own-card.ts).
 */
export const ownCardTextSchema = v.strictObject({
  id: v.pipe(cardIdSchema, v.startsWith("own-")),
  title: text(cardLimits.title),
  body: text(cardLimits.ownBody),
  ...facetFields,
});
export const ownCardSchema = v.strictObject({ ...ownCardTextSchema.entries, createdAt: time, updatedAt: time });
export const copiesSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(limits.copies));

export const planChoiceSchema = v.picklist(["yes", "maybe", "no"]);
/** One line of a person's own words (a name, a note beside an answer): no line breaks or control characters. */
const line = (max: number) => v.pipe(text(max), v.regex(/^[^\p{Cc}]*$/u));
/** One person's answers to the plan's statements, by statement id, each with an optional line of their own. */
export const planAnswersSchema = v.pipe(
  v.record(cardIdSchema, v.strictObject({ choice: planChoiceSchema, words: v.optional(line(limits.planAnswerCharacters)) })),
  v.check((answers) => Object.keys(answers).length <= limits.planAnswers, "too many answers"),
);
export const planPartnerSchema = v.strictObject({
  name: v.optional(line(limits.nameCharacters)),
  answers: planAnswersSchema,
  /** Whether this person's "not for me" answers are shown to the other. */
  shareNos: v.boolean(),
});
/** A person's answers as they may leave their hands: a "not for me" they keep to themselves is not there at all. */
export const sharedPartnerSchema = v.pipe(
  planPartnerSchema,
  v.check((partner) => partner.shareNos || Object.values(partner.answers).every((answer) => answer.choice !== "no"), "holds a private answer"),
);
/** Two people's shared answers, compared on a device, with the time they were put together. */
export const planSchema = v.strictObject({ createdAt: time, partners: v.strictTuple([sharedPartnerSchema, sharedPartnerSchema]) });

export const preferencesSchema = v.strictObject({
  theme: v.optional(v.picklist(["light", "dark"])),
  discreet: v.optional(v.boolean()),
  paper: v.optional(v.picklist(["letter", "a4"])),
  favouritesOrder: v.optional(v.picklist(["saved", "deck"])),
  wakeLock: v.optional(v.boolean()),
  breath: v.optional(v.strictObject({ inSeconds: v.pipe(v.number(), v.minValue(2), v.maxValue(10)), outSeconds: v.pipe(v.number(), v.minValue(2), v.maxValue(12)) })),
});

export const deviceDataSchema = v.strictObject({
  version: v.literal(deviceDataVersion),
  favourites: v.pipe(v.array(favouriteSchema), v.maxLength(limits.cardsListed)),
  /** Cards marked "not for us". */
  hidden: cardIds,
  ownCards: v.pipe(v.array(ownCardSchema), v.maxLength(limits.ownCards)),
  notes: v.pipe(v.record(cardIdSchema, noteSchema), v.check((notes) => Object.keys(notes).length <= limits.cardsListed, "too many notes")),
  /** This person's own plan answers (private "not for me" answers included) while the other has not answered yet. */
  planDraft: v.nullable(planPartnerSchema),
  /** Compared plans, newest first: what both partners see, so private "not for me" answers are never in them. */
  plans: v.pipe(v.array(planSchema), v.maxLength(limits.plansKept)),
  /**
   * Draw history: cards dealt by draws and Tonight, oldest first (none when keepHistory is off), and
   * whether draws leave out cards marked "not for us" (unset: they do).
   */
  draws: v.strictObject({ keepHistory: v.boolean(), seen: v.pipe(v.array(cardIdSchema), v.maxLength(limits.drawsRemembered)), leaveOutHidden: v.optional(v.boolean()) }),
  /** The deck maker's last choice of cards and copies. */
  maker: v.strictObject({ selected: cardIds, copies: v.record(cardIdSchema, copiesSchema) }),
  preferences: preferencesSchema,
});

export type DeviceData = v.InferOutput<typeof deviceDataSchema>;
export type Favourite = v.InferOutput<typeof favouriteSchema>;
export type OwnCard = v.InferOutput<typeof ownCardSchema>;
export type OwnCardText = v.InferOutput<typeof ownCardTextSchema>;
export type Plan = v.InferOutput<typeof planSchema>;
export type PlanPartner = v.InferOutput<typeof planPartnerSchema>;
export type Preferences = v.InferOutput<typeof preferencesSchema>;

export function emptyDeviceData(): DeviceData {
  return {
    version: deviceDataVersion,
    favourites: [],
    hidden: [],
    ownCards: [],
    notes: {},
    planDraft: null,
    plans: [],
    draws: { keepHistory: true, seen: [] },
    maker: { selected: [], copies: {} },
    preferences: {},
  };
}

// The one schema for content front matter: what each kind of file must say, checked with zod.
import { z } from "zod";
import { cardLimits } from "./card-rules.js";
import { cardFacetNames, cardFacets, idsOf, touches, type CardFacet, type FacetValues } from "./vocabulary.js";

const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

/** A link from a card to the guide section its idea comes from: "chapter-slug#heading-id". */
/** A draft is shown, marked, by `npm start` and left out of the model a build reads (load.ts). */
const draft = z.boolean().optional();

const guideRef = z
  .string()
  .regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'must look like "chapter-slug#section-id"');

/** One closed list per facet, from the vocabulary: a new facet there is a new required field here. */
const facetFields = Object.fromEntries(cardFacetNames.map((name) => [name, z.enum(idsOf(cardFacets[name]))])) as unknown as { [F in CardFacet]: z.ZodType<FacetValues[F]> };

export const cardSchema = z
  .object({
    title: text(cardLimits.title),
    ...facetFields,
    guide: guideRef.optional(),
    /** Position within its kind; cards without one follow, by file name. */
    order: z.number().int().min(0).optional(),
    draft,
  })
  .strict();

export const chapterSchema = z
  .object({
    title: text(80),
    order: z.number().int().min(0),
    summary: text(240),
    draft,
  })
  .strict();

export const pageSchema = z
  .object({
    title: text(80),
    summary: text(240),
  })
  .strict();

export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, "must be lowercase letters, digits and hyphens"),
    authors: text(200),
    /** Omitted for undated sources (shown as "n.d.", as APA style does). */
    year: z.number().int().min(1900).max(2100).optional(),
    title: text(300),
    published: text(200),
    url: z.url().optional(),
    finding: text(600),
  })
  .strict();

export const sourcesFileSchema = z.object({ sources: z.array(sourceSchema).min(1) }).strict();

/** Plan statements are answered by id (answers travel in links and stay on devices), so ids never change. */
const planId = z.string().max(40, "must be at most 40 characters").regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by single hyphens");

export const planStatementSchema = z
  .object({
    id: planId,
    /** What each partner answers, as a reader sees it on the plan page and the printed questions. */
    text: text(90),
    /** The few words that stand for it on the plan card and in lists: "a cuddle". */
    short: text(32),
    /** How close a touch it asks for; the plan card's foot shows the closest it lists. */
    touch: z.enum(idsOf(touches)).optional(),
  })
  .strict();

export const planGroupSchema = z
  .object({
    id: planId,
    title: text(40),
    /** One line under the group's title. */
    hint: text(140).optional(),
    statements: z.array(planStatementSchema).min(1),
  })
  .strict();

export const planFileSchema = z.object({ groups: z.array(planGroupSchema).min(1) }).strict();

/** A language as a BCP 47 tag the pages' lang attribute and the PDFs carry: "en", "es", "pt-BR". */
const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language code such as "en", "es" or "pt-BR"');
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written as # and six hex digits, e.g. "#3a2e2b"');
const themeColours = z.object({ paper: hexColour, ink: hexColour, accent: hexColour }).strict();

/** The site's words that depend on the language (each language listed has one set). */
export const siteTextSchema = z
  .object({
    /** One line under the name: what the site is. */
    tagline: text(160),
    /** The meta description of the home page and the web app. */
    description: text(200),
    /** The PDFs' title stem: "<deckTitle> (Letter, two-sided)". */
    deckTitle: text(40),
    /** The word printed on every card's back and the tuck box's spine. */
    backText: text(24),
    /** What the header shows instead of the name while discreet mode is on. */
    discreetTitle: text(24),
  })
  .strict();

/** content/site.yaml: the publisher's name, words, colours and choices, read once by the loader. */
export const settingsFileSchema = z
  .object({
    name: text(40),
    /** For a phone's home screen (the web app's short_name): keep it to about 12 characters. */
    shortName: text(16),
    /** The deployed address; SITE_URL (or Netlify's URL) at build time overrides it. */
    url: z.url().optional(),
    /** The first is the default language, served at the root. */
    languages: z.array(languageTag).min(1),
    text: z.record(z.string(), siteTextSchema),
    colours: z.object({ light: themeColours, night: themeColours }).strict(),
    deck: z.object({ files: z.array(z.string()).min(1).optional() }).strict().optional(),
  })
  .strict();

export type CardFrontMatter = z.infer<typeof cardSchema>;
export type ChapterFrontMatter = z.infer<typeof chapterSchema>;
export type PageFrontMatter = z.infer<typeof pageSchema>;
export type SourceEntry = z.infer<typeof sourceSchema>;
export type PlanStatementEntry = z.infer<typeof planStatementSchema>;
export type PlanGroupEntry = z.infer<typeof planGroupSchema>;
export type SettingsEntry = z.infer<typeof settingsFileSchema>;
export type SiteText = z.infer<typeof siteTextSchema>;

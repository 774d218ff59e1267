// The one schema for content front matter: what each kind of file must say, checked with zod.
import { z } from "zod";
import { categories, durations, energies, idsOf, kinds, touches, whens } from "./vocabulary.js";

const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

/** A link from a card to the guide section its idea comes from: "chapter-slug#heading-id". */
const guideRef = z
  .string()
  .regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'must look like "chapter-slug#section-id"');

export const cardSchema = z
  .object({
    title: text(60),
    kind: z.enum(idsOf(kinds)),
    category: z.enum(idsOf(categories)),
    /** When the card fits: a random draw right after sex deals only "right-after" cards. */
    when: z.enum(idsOf(whens)),
    duration: z.enum(idsOf(durations)),
    energy: z.enum(idsOf(energies)),
    touch: z.enum(idsOf(touches)),
    guide: guideRef.optional(),
    /** Position within its kind; cards without one follow, by file name. */
    order: z.number().int().min(0).optional(),
  })
  .strict();

export const chapterSchema = z
  .object({
    title: text(80),
    order: z.number().int().min(0),
    summary: text(240),
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

export type CardFrontMatter = z.infer<typeof cardSchema>;
export type ChapterFrontMatter = z.infer<typeof chapterSchema>;
export type PageFrontMatter = z.infer<typeof pageSchema>;
export type SourceEntry = z.infer<typeof sourceSchema>;

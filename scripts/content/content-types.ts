// The kinds of content file as a table: where each lives, its schema, its address, and how a valid
// file becomes a model item. The loader runs one loop over this table.
import type { z } from "zod";
import { cardBody, documentBody } from "./bodies.js";
import type { ContentProblem } from "./errors.js";
import { blocksToText } from "./markdown.js";
import type { MarkdownFile } from "./read.js";
import { cardUrl, chapterUrl, fixedRoutes, pageUrl } from "./routes.js";
import { cardSchema, chapterSchema, pageSchema } from "./schema.js";
import type { Card, Chapter, Page } from "./types.js";
import { kinds } from "./vocabulary.js";

/** A valid file on its way into the model: its front matter as the schema typed it, id and address. */
export interface CheckedFile<Fields> {
  fields: Fields;
  source: MarkdownFile;
  id: string;
  url: string;
}

/** What the loader needs of every model item: the file it came from and its address. */
export interface ModelItem {
  file: string;
  url: string;
}

/** Where a field of an already-built item was written, for problems found across items. */
export type FieldLine = (file: string, field: string) => number | undefined;

export interface ContentType<S extends z.ZodType, Item extends ModelItem> {
  /** Folder under content/. */
  folder: string;
  /** What lives there, for "content/cards: is missing: the deck's cards live here". */
  label: string;
  /** Whether the site cannot be built without the folder. */
  required: boolean;
  /** The problem to report when the folder holds no file at all, if that is a problem. */
  whenEmpty?: string;
  schema: S;
  url: (id: string) => string;
  /** The model item for a valid file, or undefined after reporting why there is none. */
  build(file: CheckedFile<z.infer<S>>, problems: ContentProblem[]): Item | undefined;
  /** Puts the built items in their order and checks rules that span them. */
  arrange?(items: Item[], problems: ContentProblem[], fieldLine: FieldLine): void;
}

/** Any row of the table, as the loader's one loop sees it. */
export type AnyContentType = ContentType<z.ZodType, ModelItem>;

const contentType = <S extends z.ZodType, Item extends ModelItem>(type: ContentType<S, Item>) => type;

const WORDS_PER_MINUTE = 200;

export const chapterType = contentType({
  folder: "guide",
  label: "guide's chapters",
  required: true,
  whenEmpty: "has no chapters: the guide would be empty",
  schema: chapterSchema,
  url: chapterUrl,
  build({ fields, source, id, url }, problems): Chapter {
    const { tokens, headings } = documentBody(source, problems);
    const words = source.body.split(/\s+/).filter(Boolean).length;
    return { ...fields, slug: id, file: source.file, url, tokens, headings, words, readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
  },
  arrange(chapters, problems, fieldLine) {
    chapters.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
    for (let i = 1; i < chapters.length; i++) {
      if (chapters[i].order === chapters[i - 1].order) {
        problems.push({ file: chapters[i].file, line: fieldLine(chapters[i].file, "order"), field: "order", message: `must be unique (found ${chapters[i].order}, also used by ${chapters[i - 1].file})` });
      }
    }
  },
});

/** Page addresses the site's own sections already use. */
const reservedPageUrls = new Set<string>([...fixedRoutes, pageUrl("guide"), pageUrl("cards")]);

export const pageType = contentType({
  folder: "pages",
  label: "site's pages",
  required: false,
  schema: pageSchema,
  url: pageUrl,
  build({ fields, source, id, url }, problems): Page | undefined {
    const { tokens, headings } = documentBody(source, problems);
    if (reservedPageUrls.has(url)) {
      problems.push({ file: source.file, message: `its address ${url} is already a built-in page; rename the file` });
      return undefined;
    }
    return { ...fields, slug: id, file: source.file, url, tokens, headings };
  },
});

export const cardType = contentType({
  folder: "cards",
  label: "deck's cards",
  required: true,
  whenEmpty: "has no cards: the deck would be empty",
  schema: cardSchema,
  url: cardUrl,
  build({ fields, source, id, url }, problems): Card | undefined {
    const blocks = cardBody(source, problems);
    if (!blocks) return undefined;
    return { ...fields, id, file: source.file, url, number: 0, body: source.body.trim(), blocks, text: blocksToText(blocks) };
  },
  /** Deck order: by kind, then the card's own order, then file name; numbered as printed. */
  arrange(cards) {
    const kindRank = (kind: string) => kinds.findIndex((k) => k.id === kind);
    cards.sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || (a.order ?? Infinity) - (b.order ?? Infinity) || a.id.localeCompare(b.id));
    cards.forEach((card, index) => (card.number = index + 1));
  },
});

/** The table the loader runs over; its keys are the model's. */
export const contentTypes = { chapters: chapterType, pages: pageType, cards: cardType } satisfies Record<string, AnyContentType>;

type Items<T> = T extends ContentType<z.ZodType, infer Item> ? Item[] : never;
/** The model's items by key, as the table builds them. */
export type ContentItems = { [K in keyof typeof contentTypes]: Items<(typeof contentTypes)[K]> };

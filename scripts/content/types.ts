// The typed content model that the loader returns and both the site and the deck read.
import type Token from "markdown-it/lib/token.mjs";
import type { Block, Heading } from "./markdown.js";
import type { Strings } from "./strings.js";
import type { CardFrontMatter, ChapterFrontMatter, PageFrontMatter, PlanGroupEntry, PlanStatementEntry, SettingsEntry, SourceEntry } from "./schema.js";

export interface Card extends CardFrontMatter {
  /** Set only in a translation, on an item it does not translate yet: the language the item is written in. */
  lang?: string;
  /** Stable id, the file name without ".md". */
  id: string;
  /** Source path relative to the project root, for error messages. */
  file: string;
  url: string;
  /** 1-based position in the deck, as printed ("12 / 63"). */
  number: number;
  /** The markdown body as written. */
  body: string;
  /** The body as styled runs: what the card page and the printed card draw. */
  blocks: Block[];
  /** The body as plain text, for search, previews and text-extraction tests. */
  text: string;
  /** Resolved link to the guide section this card's idea comes from. */
  guideUrl?: string;
}

/** What every prose file (a chapter or a page) becomes: its address and its parsed markdown. */
interface Prose {
  /** Set only in a translation, on an item it does not translate yet: the language the item is written in. */
  lang?: string;
  slug: string;
  file: string;
  url: string;
  /** Parsed markdown with heading ids set; render it, never re-parse the body. */
  tokens: Token[];
  headings: Heading[];
}

export interface Chapter extends ChapterFrontMatter, Prose {
  words: number;
  readingMinutes: number;
}

export type Page = PageFrontMatter & Prose;

export interface Source extends SourceEntry {
  url?: string;
}

export type PlanStatement = PlanStatementEntry;
export type PlanGroup = PlanGroupEntry;

/** The aftercare plan's questions (content/plan.yaml): statements in groups, each answered yes, maybe or no. */
export interface PlanQuestions {
  /** Source path relative to the project root; "" when there is no plan file. */
  file: string;
  groups: PlanGroup[];
}

/** The publisher's settings (content/site.yaml): name, words per language, colours, deck files, address. */
export interface Settings extends SettingsEntry {
  /** Source path relative to the project root, for error messages. */
  file: string;
}

export interface Content {
  /** The publisher's settings; the first of its languages is the default. */
  settings: Settings;
  /** The language this content is written in (a code such as "en"); the default language's content also holds the others. */
  lang: string;
  /** The interface words in this language (content/strings/<lang>.yaml). */
  strings: Strings;
  /** The same site in each other language (content/<lang>/), complete: what is not translated comes from the default language. */
  translations: Content[];
  /** In a translation, the default language's files it does not translate yet (shown in that language). */
  untranslated: string[];
  chapters: Chapter[];
  cards: Card[];
  pages: Page[];
  sources: Source[];
  /** The plan's questions; no groups when the content has no plan.yaml. */
  plan: PlanQuestions;
  /** When the content last changed: SOURCE_DATE_EPOCH, else the newest commit touching content/, else the newest file. */
  updated: Date;
  /** Whether drafts are in the model (`npm start`, each with `draft: true`) or were left out (the build). */
  drafts: boolean;
  /** Every file the model was read from, for watchers and cache keys. */
  files: string[];
}

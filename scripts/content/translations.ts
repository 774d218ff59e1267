// A language other than the default: content/<lang>/ holds the same files, translated. A translated
// card has a title and its words only, and takes everything else (facets, guide section, order) from
// the default card with the same id: one source of truth for facets, and ids shared across languages
// so favourites and links carry over. What is not translated yet is filled in from the default
// language (kept in that language, and listed), so no link in the translation leads nowhere.
import { z } from "zod";
import { cardType, chapterType, pageType, type AnyContentType } from "./content-types.js";
import { cardLimits } from "./card-rules.js";
import type { ContentProblem } from "./errors.js";
import type { Card, Chapter, Content, Page, PlanQuestions, Source } from "./types.js";

export const cardTranslationSchema = z.object({ title: z.string().trim().min(1).max(cardLimits.title), draft: z.boolean().optional() }).strict();

/** The content types of a translation: chapters and pages as in the default language, cards from their default card. */
export function translationTypes(base: Pick<Content, "cards">) {
  const byId = new Map(base.cards.map((card) => [card.id, card]));
  const cards: AnyContentType = {
    ...cardType,
    schema: cardTranslationSchema,
    build(file, problems: ContentProblem[]) {
      const original = byId.get(file.id);
      if (!original) {
        problems.push({ file: file.source.file, field: "id", message: `has no card with this id in the default language: a translation keeps the file name of the card it translates` });
        return undefined;
      }
      const built = cardType.build({ ...file, fields: { ...original, ...(file.fields as { title: string }) } } as never, problems) as Card | undefined;
      return built && { ...built, number: original.number };
    },
    // Deck order is the default language's, so card numbers match across languages.
    arrange(items) {
      (items as Card[]).sort((a, b) => a.number - b.number);
    },
  };
  return { chapters: chapterType as AnyContentType, pages: pageType as AnyContentType, cards };
}

/** Items as the translation has them, the missing ones from the default language (in its place), and which were missing. */
function fillIn<T extends { url: string; file: string; lang?: string }>(base: readonly T[], translated: readonly T[], lang: string): { items: T[]; missing: string[] } {
  const byUrl = new Map(translated.map((item) => [item.url, item]));
  const missing: string[] = [];
  const items = base.map((item) => {
    const found = byUrl.get(item.url);
    if (!found) missing.push(item.file);
    return found ?? { ...item, lang };
  });
  return { items, missing };
}

export interface TranslatedParts {
  chapters: Chapter[];
  pages: Page[];
  cards: Card[];
  sources?: Source[];
  plan?: PlanQuestions;
}

/** The translation's items, completed from the default language, with the default's files it lacked. */
export function completeTranslation(base: Content, parts: TranslatedParts): Pick<Content, "chapters" | "pages" | "cards" | "sources" | "plan" | "untranslated"> {
  const chapters = fillIn(base.chapters, parts.chapters, base.lang);
  const pages = fillIn(base.pages, parts.pages, base.lang);
  const cards = fillIn(base.cards, parts.cards, base.lang);
  const missing = [...chapters.missing, ...pages.missing, ...cards.missing];
  if (!parts.sources && base.sources.length) missing.push("content/sources.yaml");
  if (!parts.plan && base.plan.groups.length) missing.push("content/plan.yaml");
  // Chapters keep the translation's own order field; the guide reads in the default's order when they agree.
  chapters.items.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  return { chapters: chapters.items, pages: pages.items, cards: cards.items, sources: parts.sources ?? base.sources, plan: parts.plan ?? base.plan, untranslated: missing };
}

/** A translated plan must ask the same statements (answers travel by id between languages). */
export function checkPlanIds(base: PlanQuestions, translated: PlanQuestions, problems: ContentProblem[]): void {
  const ids = (plan: PlanQuestions) => plan.groups.flatMap((group) => [group.id, ...group.statements.map((s) => s.id)]);
  const want = new Set(ids(base));
  const have = new Set(ids(translated));
  const lacking = [...want].filter((id) => !have.has(id));
  const extra = [...have].filter((id) => !want.has(id));
  if (lacking.length) problems.push({ file: translated.file, field: "groups", message: `lacks ${lacking.join(", ")} (in ${base.file}): a translation asks the same statements with the same ids` });
  if (extra.length) problems.push({ file: translated.file, field: "groups", message: `has ${extra.join(", ")}, not in ${base.file}: a translation asks the same statements with the same ids` });
}

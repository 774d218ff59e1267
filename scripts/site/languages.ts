// The site in several languages, as pure rules: which page templates a translation builds, which
// addresses exist in a language, and the address of a page in another language. The default language
// lives at the root, each other under /<lang>/ (Eleventy's i18n conventions); shared files (styles,
// scripts, fonts, icons) live once, at the root.
import { cardUrl, chapterUrl, pageUrl, type Content } from "../content/index.js";

/**
 * The page templates whose every word comes from the strings files, so a translation builds them.
 * The others (Tonight, draws, the deck maker, the plan, downloads) are built in the default language
 * only until their words move to the strings files; a translation's links to them lead there.
 */
export const translatedTemplates = new Set([
  "home.njk", "guide-index.njk", "chapter.njk", "content-page.njk", "card.njk", "cards-index.njk",
  "cards-index-json.njk", "search.njk", "search-words.njk", "not-found.njk",
]);

/** Pages only the default language's build writes: one for the whole site. */
export const siteWideTemplates = new Set(["sitemap.njk", "robots.njk", "headers.njk", "webmanifest.njk"]);

/** Every page address a translation has: its built-in pages, chapters, pages and cards, and the data its scripts read. */
export function translatedPaths(content: Pick<Content, "chapters" | "pages" | "cards">): Set<string> {
  return new Set([
    "/", "/guide/", "/cards/", "/search/", "/404.html", "/cards/index.json", "/search/words.json",
    ...content.chapters.map((chapter) => chapterUrl(chapter.slug)),
    ...content.pages.map((page) => pageUrl(page.slug)),
    ...content.cards.map((card) => cardUrl(card.id)),
  ]);
}

/** Whether a root-relative address (with any #hash or ?query) leads to a page this translation has; its search index too. */
export function isTranslatedAddress(address: string, paths: ReadonlySet<string>): boolean {
  const path = address.replace(/[?#].*$/, "");
  return paths.has(path) || path.startsWith("/pagefind/");
}

/** A page's address in a language, from its address in the default language: "/cards/x/" → "/es/cards/x/". */
export function addressIn(lang: string, defaultLang: string, path: string): string {
  return lang === defaultLang ? path : `/${lang}${path}`;
}

export interface LanguageLink {
  lang: string;
  /** The language's own name for itself, as the switcher shows it. */
  name: string;
  /** This page in that language, or that language's home when it has no such page. */
  href: string;
  /** Whether href is this very page (an hreflang alternate), not the language's home. */
  samePage: boolean;
}

/** The same page in each language, for the switcher and the hreflang alternates. */
export function languageLinks(page: string, languages: readonly { lang: string; name: string; paths: ReadonlySet<string> | "all" }[], defaultLang: string): LanguageLink[] {
  return languages.map(({ lang, name, paths }) => {
    const samePage = paths === "all" || paths.has(page);
    return { lang, name, href: addressIn(lang, defaultLang, samePage ? page : "/"), samePage };
  });
}

/** Every language of a site, from the default language's content (which holds the translations). */
export function siteLanguages(base: Pick<Content, "lang" | "strings" | "translations">): { lang: string; name: string; paths: ReadonlySet<string> | "all" }[] {
  const nameOf = (content: Pick<Content, "lang" | "strings">) => content.strings["language.name"] ?? content.lang;
  return [{ lang: base.lang, name: nameOf(base), paths: "all" }, ...base.translations.map((translation) => ({ lang: translation.lang, name: nameOf(translation), paths: translatedPaths(translation) }))];
}

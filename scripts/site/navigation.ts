// The site's menus and its sitemap, made from the one list of routes (scripts/content/routes.ts).
import { defaultLanguageOf, fixedRoutes, pageUrl, type Content, type FixedRoute } from "../content/index.js";
import { translate } from "../content/strings.js";
import { isTranslatedAddress, translatedPaths } from "./languages.js";

export interface MenuItem {
  url: string;
  label: string;
  /** The language of the page it leads to: a translation's menu leads to the default language's pages it lacks. */
  lang: string;
  /** What discreet mode shows instead, when the label could name the subject (`<key>StandIn` in the strings). */
  standIn?: string;
}

/** A built-in page, or a content page by its slug (left out of the menu if the content has no such page). */
type Target = { route: FixedRoute } | { page: string };

const menus: Record<"main" | "footer", [Target, string][]> = {
  main: [
    [{ route: "/tonight/" }, "nav.tonight"],
    [{ route: "/guide/" }, "nav.guide"],
    [{ route: "/cards/" }, "nav.cards"],
    [{ route: "/draw/" }, "nav.draw"],
    [{ route: "/search/" }, "nav.search"],
  ],
  footer: [
    [{ route: "/favourites/" }, "nav.favourites"],
    [{ route: "/plan/" }, "nav.plan"],
    [{ route: "/make/" }, "nav.make"],
    [{ route: "/downloads/" }, "nav.downloads"],
    [{ route: "/how-to-print/" }, "nav.howToPrint"],
    [{ page: "sources" }, "nav.sources"],
    [{ page: "about" }, "nav.about"],
    [{ route: "/your-data/" }, "nav.yourData"],
  ],
};

/** The menus with their addresses and words: built-in pages always, content pages when the content has them. */
export function navigation(content: Pick<Content, "pages" | "chapters" | "cards" | "lang" | "strings" | "settings">): Record<keyof typeof menus, MenuItem[]> {
  const own = translatedPaths(content);
  const item = (url: string, key: string): MenuItem => {
    const defaultLang = defaultLanguageOf(content);
    const lang = content.lang === defaultLang || isTranslatedAddress(url, own) ? content.lang : defaultLang;
    const label = translate(content.strings, key);
    const standIn = content.strings[`${key}StandIn`];
    return { url, label: lang === content.lang ? label : translate(content.strings, "nav.inDefaultLanguage", { label }), lang, ...(standIn ? { standIn } : {}) };
  };
  const resolve = (items: [Target, string][]): MenuItem[] =>
    items.flatMap(([target, key]) => {
      if ("route" in target) return [item(target.route, key)];
      return content.pages.some((page) => page.slug === target.page) ? [item(pageUrl(target.page), key)] : [];
    });
  // A translation's top menu holds its own pages; the footer also lists those it leads to in the default language.
  const main = resolve(menus.main);
  return { main: main.filter((entry) => entry.lang === content.lang), footer: [...main.filter((entry) => entry.lang !== content.lang), ...resolve(menus.footer)] };
}

/** Every address the sitemap lists: built-in pages, chapters, content pages, cards, then the extra pages given (filters). */
export function sitemapUrls(content: Pick<Content, "chapters" | "pages" | "cards">, extra: readonly { url: string }[]): string[] {
  return [
    ...fixedRoutes,
    ...content.chapters.map((chapter) => chapter.url),
    ...content.pages.map((page) => page.url),
    ...content.cards.map((card) => card.url),
    ...extra.map((page) => page.url),
  ];
}

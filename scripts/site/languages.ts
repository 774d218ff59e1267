// The site in several languages, as pure rules: which page templates a translation builds, which
// addresses exist in a language, and the address of a page in another language. The default language
// lives at the root, each other under /<lang>/ (Eleventy's i18n conventions); shared files (styles,
// scripts, fonts, icons) live once, at the root.
import { cardUrl, chapterUrl, pageUrl, type Content } from "../content/index.js";

/**
 * The page templates a translation builds (every word from the strings files), with the addresses
 * each writes: exact paths, or every path under a prefix (a paginated template). The others
 * (sitemap, robots.txt, headers, redirects) are one for the whole site, written by the default
 * language's build; a page a translation lacks is reached in the default language.
 */
const translatedPages: Record<string, { paths?: string[]; under?: string }> = {
  "home.njk": { paths: ["/"] },
  "guide-index.njk": { paths: ["/guide/"] },
  "chapter.njk": {},
  "content-page.njk": {},
  "card.njk": {},
  "cards-index.njk": { paths: ["/cards/"] },
  "cards-index-json.njk": { paths: ["/cards/index.json"] },
  "search.njk": { paths: ["/search/"], under: "/pagefind/" },
  "search-words.njk": { paths: ["/search/words.json"] },
  "not-found.njk": { paths: ["/404.html"] },
  "tonight.njk": { paths: ["/tonight/"] },
  "tonight-run.njk": { under: "/tonight/" },
  "draw.njk": { paths: ["/draw/"] },
  "draw-one.njk": { under: "/draw/" },
  "draw-three.njk": { under: "/draw/three/" },
  "draw-hand.njk": { paths: ["/draw/three/"] },
  "draw-order-json.njk": { paths: ["/draw/order.json"] },
  "favourites.njk": { paths: ["/favourites/"] },
  "your-data.njk": { paths: ["/your-data/"] },
  "plan.njk": { paths: ["/plan/"] },
  "plan-ours.njk": { paths: ["/plan/ours/"] },
  "plan-questions.njk": { paths: ["/plan/questions/"] },
  "downloads.njk": { paths: ["/downloads/"], under: "/downloads/" },
  "how-to-print.njk": { paths: ["/how-to-print/"] },
  "make.njk": { paths: ["/make/"] },
  "offline-file.njk": { paths: ["/downloads/not-saved/"] },
};

export const translatedTemplates = new Set(Object.keys(translatedPages));

/** The addresses a translation has: its built-in pages and what lies under their prefixes, its chapters, pages and cards. */
export interface TranslatedPages {
  paths: ReadonlySet<string>;
  under: readonly string[];
}

export function translatedPaths(content: Pick<Content, "chapters" | "pages" | "cards">): TranslatedPages {
  const pages = Object.values(translatedPages);
  return {
    paths: new Set([
      ...pages.flatMap((page) => page.paths ?? []),
      // Not what it lacks (items in the default language, marked with their lang): links lead to the original.
      ...content.chapters.filter((chapter) => !chapter.lang).map((chapter) => chapterUrl(chapter.slug)),
      ...content.pages.filter((page) => !page.lang).map((page) => pageUrl(page.slug)),
      ...content.cards.filter((card) => !card.lang).map((card) => cardUrl(card.id)),
    ]),
    under: pages.flatMap((page) => (page.under ? [page.under] : [])),
  };
}

/** Whether a root-relative address (with any #hash or ?query) leads to a page this translation has. */
export function isTranslatedAddress(address: string, pages: TranslatedPages): boolean {
  const path = address.replace(/[?#].*$/, "");
  return pages.paths.has(path) || pages.under.some((prefix) => path.startsWith(prefix));
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
export function languageLinks(page: string, languages: readonly { lang: string; name: string; paths: TranslatedPages | "all" }[], defaultLang: string): LanguageLink[] {
  return languages.map(({ lang, name, paths }) => {
    const samePage = paths === "all" || isTranslatedAddress(page, paths);
    return { lang, name, href: addressIn(lang, defaultLang, samePage ? page : "/"), samePage };
  });
}

/** Every language of a site, from the default language's content (which holds the translations). */
export function siteLanguages(base: Pick<Content, "lang" | "strings" | "translations">): { lang: string; name: string; paths: TranslatedPages | "all" }[] {
  const nameOf = (content: Pick<Content, "lang" | "strings">) => content.strings["language.name"] ?? content.lang;
  return [{ lang: base.lang, name: nameOf(base), paths: "all" }, ...base.translations.map((translation) => ({ lang: translation.lang, name: nameOf(translation), paths: translatedPaths(translation) }))];
}

/**
 * Netlify's _redirects: an address under /<lang>/ that has no file gets that language's 404 page (a
 * host serves only the root's by itself; Cloudflare Pages finds the nearest 404.html without rules).
 */
export function notFoundRedirects(languages: readonly { lang: string }[], pathPrefix: string): string {
  return languages.slice(1).map(({ lang }) => `${pathPrefix}${lang}/* ${pathPrefix}${lang}/404.html 404`).join("\n");
}

/**
 * Where a language's web-app manifest lives: all of them at the root, written by the default language's
 * build, since pages find the site's root (and its service worker) beside their manifest.
 */
export function webManifestAddress(lang: string, defaultLang: string): string {
  return lang === defaultLang ? "/manifest.webmanifest" : `/manifest-${lang}.webmanifest`;
}

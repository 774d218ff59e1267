// Eleventy plugin: the page's language. Its code and its words (the `t` filter, from the strings
// files), the same page in the other languages (switcher and hreflang alternates), and, in a
// translation's build, its own addresses under /<lang>/ while links to pages it lacks lead to the
// default language's. Handed this build's content and every language's pages; it never reads files.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { defaultLanguageOf, type Content } from "../content/index.js";
import { translate } from "../content/strings.js";
import { isTranslatedAddress, languageLinks, notFoundRedirects, type LanguageLink, type TranslatedPages } from "./languages.js";

export interface SiteLanguage {
  lang: string;
  /** The language's name in its own words ("Español"). */
  name: string;
  /** The page addresses it has ("all": the default language has every page). */
  paths: TranslatedPages | "all";
}

export interface LanguageOptions {
  /** The language when this build is a translation's (known before its content is loaded: it adds the link transform). */
  translation?: string;
  /** This build's content, in its language. */
  content: () => Promise<Content>;
  /** Every language of the site, the default first. */
  languages: () => Promise<readonly SiteLanguage[]>;
  /** The site's origin for absolute alternates ("" for none). */
  siteUrl: string;
  pathPrefix: string;
}

/** The words named by `areas` (and every page's, js.yaml's) as JSON safe inside <script>. */
function pageWordsJson(strings: Content["strings"], areas: readonly string[]): string {
  const wanted = (key: string) => (key.startsWith("js.") ? key.slice(3) : areas.some((area) => key.startsWith(`${area}.js.`)) ? key.replace(".js.", ".") : undefined);
  const words = Object.entries(strings).flatMap(([key, text]) => { const name = wanted(key); return name ? [[name, text]] : []; });
  return JSON.stringify(Object.fromEntries(words)).replace(/</g, "\\u003c");
}

/** A root-relative address as seen from a page of a translation: relative, so that nothing adds /<lang>/ to it. */
const fromTranslation = (pageUrl: string, address: string) => {
  const depth = pageUrl.split("/").length - 2 + 1; // the page's folders, and the language's own
  return "../".repeat(depth) + address.replace(/^\//, "") || "./";
};

export default function languagePlugin(eleventyConfig: UserConfig, options: LanguageOptions): void {
  // Known before any page renders (filters are synchronous), for this pass of this build.
  let content: Content;
  let languages: readonly SiteLanguage[];
  eleventyConfig.on("eleventy.before", async () => {
    [content, languages] = await Promise.all([options.content(), options.languages()]);
    if (options.translation && content.lang !== options.translation) throw new Error(`the ${options.translation} build was handed ${content.lang} content`);
  });
  const defaultLang = () => languages[0].lang;
  const isDefault = () => content.lang === defaultLang();
  eleventyConfig.addGlobalData("lang", async () => (await options.content()).lang);
  eleventyConfig.addGlobalData("defaultLang", async () => defaultLanguageOf(await options.content()));
  eleventyConfig.addFilter("t", (key: string, values?: Record<string, string | number>) => translate(content.strings, key, values));

  // The words the page's scripts show (templates/js/lib/words.ts reads them), as JSON safe inside <script>:
  // every page gets js.yaml's ("save"), a page naming areas in `scriptWords` also theirs ("tonight.js.pass" as "tonight.pass").
  // Made once per set of areas and strings: pages of a kind ask for the same words (it took 13% of a page's time).
  const pageWordsMade = new WeakMap<Content["strings"], Map<string, string>>();
  eleventyConfig.addShortcode("pageWords", (areas: readonly string[] = []) => {
    let made = pageWordsMade.get(content.strings);
    if (!made) pageWordsMade.set(content.strings, (made = new Map()));
    const key = areas.join(" ");
    let json = made.get(key);
    if (json === undefined) made.set(key, (json = pageWordsJson(content.strings, areas)));
    return json;
  });

  /**
   * The same page in every language (this one included), each href ready to write into this page. A
   * fallback page (404, not saved offline) is served at any address, where a relative link would miss:
   * it gets each language's home, the default's as /index.html, an address the link transform leaves alone.
   */
  eleventyConfig.addFilter("languageLinks", (pageUrl: string, fallback = false): (LanguageLink & { address: string })[] =>
    languageLinks(fallback ? "/" : pageUrl, languages, defaultLang()).map((link) => ({
      ...link,
      address: link.href,
      href: isDefault() || link.lang === content.lang ? link.href : fallback ? `${link.href}index.html` : fromTranslation(pageUrl, link.href),
    })),
  );
  /** An hreflang alternate: absolute when the site's origin is known, as search engines want. */
  eleventyConfig.addFilter("alternateHref", (link: { address: string; href: string }) =>
    options.siteUrl ? `${options.siteUrl}${options.pathPrefix.replace(/\/$/, "")}${link.address}` : link.href,
  );

  // _redirects: each translation's own 404 page for its missing addresses.
  eleventyConfig.addShortcode("redirectsFile", () => notFoundRedirects(languages, options.pathPrefix));

  if (!options.translation) return;
  // A translation writes root-relative links as the default language does; here each becomes the
  // translation's own address when the translation has that page, and stays as it is otherwise.
  const lang = options.translation;
  const prefix = `/${lang}`;
  const paths = () => {
    const own = languages.find((language) => language.lang === lang)?.paths;
    if (!own || own === "all") throw new Error(`no page list for the language "${lang}"`);
    return own;
  };
  (eleventyConfig as UserConfig & { htmlTransformer: { addUrlTransform(ext: string, fn: (url: string) => string, options?: object): void } }).htmlTransformer.addUrlTransform(
    "html",
    (url: string) => (url.startsWith("/") && !url.startsWith("//") && isTranslatedAddress(url, paths()) ? prefix + url : url),
    { priority: 1 }, // before the path prefix is added (HtmlBasePlugin runs last)
  );
}

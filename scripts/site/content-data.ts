// Eleventy plugin: the content model as global data with what pages derive from it (site-data.ts),
// and the filters that render its pieces. It is handed the content; it never reads files.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { chapterUrl, labelOf, type Card, type Content } from "../content/index.js";
import { cardLimits } from "../content/card-rules.js";
import { cardFormFacets } from "./card-filters.js";
import { breathPaces, defaultPace, hasPacer, hasTimer, timerMinutes } from "./card-extras.js";
import { neutralTitle } from "./discreet.js";
import { blocksHtml, discreetTitleHtml, renderTokens, summary } from "./html.js";
import { siteDataNames, siteDataOf } from "./site-data.js";
import { webManifestAddress } from "./languages.js";

export interface ContentDataOptions {
  /** The content model for this build, loaded once by whoever runs Eleventy. */
  content: () => Promise<Content>;
}

export default function contentData(eleventyConfig: UserConfig, { content }: ContentDataOptions): void {
  for (const name of siteDataNames) eleventyConfig.addGlobalData(name, async () => siteDataOf(await content(), name));
  // Filters are synchronous: the model of this pass, known before any page renders.
  let model: Content;
  eleventyConfig.on("eleventy.before", async () => void (model = await content()));
  eleventyConfig.addGlobalData("cardExtras", { paces: breathPaces, defaultPace: defaultPace.id, timerMinutes });
  eleventyConfig.addFilter("hasPacer", (card: Card) => hasPacer(card));
  eleventyConfig.addFilter("hasTimer", (card: Card) => hasTimer(card));
  eleventyConfig.addGlobalData("cardFormFacets", cardFormFacets());
  eleventyConfig.addGlobalData("cardLimits", cardLimits);

  // Documents are rendered from the loader's own token objects, looked up by URL, so that nothing
  // Eleventy does to data on its way into a template can change how markdown is rendered.
  eleventyConfig.addAsyncFilter("renderDocument", async (url: string) => {
    const { chapters, pages } = await content();
    const doc = [...chapters, ...pages].find((item) => item.url === url);
    if (!doc) throw new Error(`no chapter or page at ${url}`);
    return renderTokens(doc.tokens);
  });
  eleventyConfig.addFilter("cardBody", (card: Card) => blocksHtml(card.blocks));
  // The words for a vocabulary id; an id without one is a bug, and fails the build as it does in the deck.
  eleventyConfig.addFilter("vocabLabel", (id: string, list: readonly { id: string; label: string }[]) => labelOf(list, id));
  eleventyConfig.addFilter("kindInfo", (id: string) => siteDataOf(model, "vocabulary").kinds.find((kind) => kind.id === id));
  // A chapter's place in the guide (not its page number: a partial build renders some pages only).
  eleventyConfig.addFilter("indexBySlug", (items: { slug: string }[], slug: string) => items.findIndex((item) => item.slug === slug));
  eleventyConfig.addFilter("cardsFromChapter", (cards: Card[], slug: string) => cards.filter((card) => card.guideUrl?.startsWith(chapterUrl(slug))));
  eleventyConfig.addFilter("oneLine", (text: string) => text.replace(/\s+/g, " ").trim());
  // For JavaScript front matter: the text on one line, cut at a word before `length` as Nunjucks' truncate cuts.
  eleventyConfig.addFilter("summary", (text: string, length: number) => summary(text, length));
  // A chapter or card title with its discreet-mode stand-in when it could reveal the topic (HTML).
  eleventyConfig.addFilter("discreetTitle", (title: string, standIn: string) => discreetTitleHtml(title, standIn, model.strings));
  eleventyConfig.addFilter("neutralTitle", (title: string, standIn: string) => neutralTitle(title, standIn, model.strings) ?? "");
  // The address of a language's web-app manifest (each page links its own language's).
  eleventyConfig.addFilter("webManifestAddress", (lang: string, defaultLang: string) => webManifestAddress(lang, defaultLang));
  eleventyConfig.addFilter("isoDate", (date: Date) => date.toISOString().slice(0, 10));
}

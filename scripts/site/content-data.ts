// Eleventy plugin: the content model as global data, what pages derive from it (menus, filters,
// draws), and the filters that render its pieces. It is handed the content; it never reads files.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { categories, chapterUrl, durations, energies, kinds, labelOf, touches, whens, type Card, type Content } from "../content/index.js";
import { cardIndex, filterNav, filterVocabulary } from "./card-filters.js";
import { neutralBrand, neutralTitle } from "./discreet.js";
import { dealsOfThree, drawSequence, seedOf } from "./draw-order.js";
import { drawableCards } from "./drawable-cards.js";
import { blocksHtml, discreetTitleHtml, renderTokens, summary } from "./html.js";
import { navigation, sitemapUrls } from "./navigation.js";
import { searchWords } from "./search-words.js";

export interface ContentDataOptions {
  /** The content model for this build, loaded once by whoever runs Eleventy. */
  content: () => Promise<Content>;
}

export default function contentData(eleventyConfig: UserConfig, { content }: ContentDataOptions): void {
  const data = <T>(name: string, pick: (model: Content) => T) => eleventyConfig.addGlobalData(name, async () => pick(await content()));

  data("cards", (model) => model.cards);
  data("chapters", (model) => model.chapters);
  data("contentPages", (model) => model.pages);
  data("sources", (model) => model.sources);
  data("plan", (model) => model.plan);
  data("contentUpdated", (model) => model.updated);
  data("navigation", (model) => navigation(model));
  // The filter panel, the vocabulary its addresses accept, and the index card pages walk a filtered set with.
  data("filters", (model) => {
    const nav = filterNav(model.cards);
    return { nav, vocabulary: filterVocabulary(nav), index: cardIndex(model.cards) };
  });
  data("sitemapUrls", (model) => sitemapUrls(model, []));
  data("searchWords", (model) => searchWords(model));
  data("draws", ({ cards }) => {
    const drawable = drawableCards(cards);
    const seed = seedOf(drawable.map((card) => card.id).join(","));
    return { cards: drawSequence(drawable, seed), hands: dealsOfThree(drawable, seed) };
  });
  eleventyConfig.addGlobalData("vocabulary", { kinds, categories, whens, durations, energies, touches });

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
  eleventyConfig.addFilter("kindInfo", (id: string) => kinds.find((kind) => kind.id === id));
  eleventyConfig.addFilter("cardsFromChapter", (cards: Card[], slug: string) => cards.filter((card) => card.guideUrl?.startsWith(chapterUrl(slug))));
  eleventyConfig.addFilter("oneLine", (text: string) => text.replace(/\s+/g, " ").trim());
  // For JavaScript front matter: the text on one line, cut at a word before `length` as Nunjucks' truncate cuts.
  eleventyConfig.addFilter("summary", (text: string, length: number) => summary(text, length));
  // A chapter or card title with its discreet-mode stand-in when it could reveal the topic (HTML).
  eleventyConfig.addFilter("discreetTitle", (title: string, standIn: string) => discreetTitleHtml(title, standIn));
  eleventyConfig.addFilter("neutralTitle", (title: string, standIn: string) => neutralTitle(title, standIn) ?? "");
  eleventyConfig.addGlobalData("neutralBrand", neutralBrand);
  eleventyConfig.addFilter("isoDate", (date: Date) => date.toISOString().slice(0, 10));
}

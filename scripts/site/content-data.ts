// Eleventy plugin: the content model as global data, what pages derive from it (menus, filters,
// draws), and the filters that render its pieces. It is handed the content; it never reads files.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { categories, chapterUrl, durations, energies, kinds, labelOf, touches, whens, type Card, type Content } from "../content/index.js";
import { filterNav, filterPages } from "./card-filters.js";
import { dealsOfThree, drawSequence, seedOf } from "./draw-order.js";
import { drawableCards } from "./drawable-cards.js";
import { blocksHtml, renderTokens } from "./html.js";
import { navigation, sitemapUrls } from "./navigation.js";

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
  data("contentUpdated", (model) => model.updated);
  data("navigation", (model) => navigation(model));
  // Filter pages are listed by the card browser and the sitemap: made once per content model.
  const filterPagesOf = new WeakMap<Content, ReturnType<typeof filterPages>>();
  const pagesFor = (model: Content) => filterPagesOf.get(model) ?? filterPagesOf.set(model, filterPages(model.cards)).get(model)!;
  data("filters", (model) => ({ pages: pagesFor(model), nav: filterNav(pagesFor(model)) }));
  data("sitemapUrls", (model) => sitemapUrls(model, pagesFor(model)));
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
  eleventyConfig.addFilter("isoDate", (date: Date) => date.toISOString().slice(0, 10));
}

// Eleventy plugin: the content model as global data, what pages derive from it (menus, filters,
// draws), and the filters that render its pieces. It is handed the content; it never reads files.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { categories, chapterUrl, durations, energies, kinds, labelOf, touches, whens, type Card, type Content } from "../content/index.js";
import { cardLimits } from "../content/card-rules.js";
import { cardFormFacets, cardIndex, filterNav, filterVocabulary } from "./card-filters.js";
import { neutralBrand, neutralTitle } from "./discreet.js";
import { breathPaces, defaultPace, hasPacer, hasTimer, timerMinutes } from "./card-extras.js";
import { dealableRightAfter } from "./dealable.js";
import { dealsOfThree, drawSequence, numberPicks, seedOf } from "./draw-order.js";
import { blocksHtml, discreetTitleHtml, renderTokens } from "./html.js";
import { navigation, sitemapUrls } from "./navigation.js";
import { searchWords } from "./search-words.js";
import { tonightPages } from "./tonight-pages.js";

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
  // Draws deal only what fits right after, in an order seeded by the deck; "think of a number" picks where to start.
  data("draws", ({ cards }) => {
    const seed = seedOf(cards.map((card) => card.id).join(","));
    const dealable = cards.filter(dealableRightAfter);
    const sequence = drawSequence(dealable, seed);
    const hands = dealsOfThree(dealable, seed);
    return { cards: sequence, hands, order: sequence.map((draw) => draw.item.id), picks: numberPicks(sequence), handPicks: numberPicks(hands) };
  });
  data("tonight", ({ cards }) => tonightPages(cards, seedOf(cards.map((card) => card.id).join(","))));
  eleventyConfig.addGlobalData("cardExtras", { paces: breathPaces, defaultPace: defaultPace.id, timerMinutes });
  eleventyConfig.addFilter("hasPacer", (card: Card) => hasPacer(card));
  eleventyConfig.addFilter("hasTimer", (card: Card) => hasTimer(card));
  eleventyConfig.addGlobalData("vocabulary", { kinds, categories, whens, durations, energies, touches });
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
  eleventyConfig.addFilter("kindInfo", (id: string) => kinds.find((kind) => kind.id === id));
  eleventyConfig.addFilter("cardsFromChapter", (cards: Card[], slug: string) => cards.filter((card) => card.guideUrl?.startsWith(chapterUrl(slug))));
  eleventyConfig.addFilter("oneLine", (text: string) => text.replace(/\s+/g, " ").trim());
  // A chapter or card title with its discreet-mode stand-in when it could reveal the topic (HTML).
  eleventyConfig.addFilter("discreetTitle", (title: string, standIn: string) => discreetTitleHtml(title, standIn));
  eleventyConfig.addFilter("neutralTitle", (title: string, standIn: string) => neutralTitle(title, standIn) ?? "");
  eleventyConfig.addGlobalData("neutralBrand", neutralBrand);
  eleventyConfig.addFilter("isoDate", (date: Date) => date.toISOString().slice(0, 10));
}

// Eleventy plugin: the content model as global data, plus what pages derive from it (filters, draws).
import type UserConfig from "@11ty/eleventy/UserConfig";
import { categories, durations, energies, kinds, touches, type Card, type Content } from "../content/index.js";
import { buildContext, forgetFallbackContent } from "./build-context.js";
import { outputDirOf } from "./eleventy-dirs.js";
import { facets, filterPages } from "./card-filters.js";
import { dealsOfThree, drawSequence, seedOf } from "./draw-order.js";
import { blocksHtml, renderTokens } from "./html.js";

export default function contentData(eleventyConfig: UserConfig): void {
  const content = (): Promise<Content> => buildContext(process.cwd(), outputDirOf(eleventyConfig)).content();
  // Each build (and each rebuild of a watching dev server) reads the content afresh, once.
  eleventyConfig.on("eleventy.before", forgetFallbackContent);

  eleventyConfig.addGlobalData("site", content);
  eleventyConfig.addGlobalData("deck", async () => {
    const { cards } = await content();
    const seed = seedOf(cards.map((card) => card.id).join(","));
    return {
      facets,
      filterPages: filterPages(cards),
      draws: drawSequence(cards, seed),
      deals: dealsOfThree(cards, seed),
      vocab: { kinds, categories, durations, energies, touches },
    };
  });

  // Documents are rendered from the loader's own token objects, looked up by URL, so that nothing
  // Eleventy does to data on its way into a template can change how markdown is rendered.
  eleventyConfig.addAsyncFilter("renderDocument", async (url: string) => {
    const { chapters, pages } = await content();
    const doc = [...chapters, ...pages].find((item) => item.url === url);
    if (!doc) throw new Error(`no chapter or page at ${url}`);
    return renderTokens(doc.tokens);
  });
  eleventyConfig.addFilter("cardBody", (card: Card) => blocksHtml(card.blocks));
  eleventyConfig.addFilter("vocabLabel", (id: string, list: readonly { id: string; label: string }[]) => list.find((item) => item.id === id)?.label ?? id);
  eleventyConfig.addFilter("kindInfo", (id: string) => kinds.find((kind) => kind.id === id));
  eleventyConfig.addFilter("cardsFromChapter", (cards: Card[], slug: string) => cards.filter((card) => card.guideUrl?.startsWith(`/guide/${slug}/`)));
  eleventyConfig.addFilter("oneLine", (text: string) => text.replace(/\s+/g, " ").trim());
  eleventyConfig.addFilter("isoDate", (date: Date) => date.toISOString().slice(0, 10));
}

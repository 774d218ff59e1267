// Eleventy plugin: the shortcodes that list the PDFs. They await the deck manifest at render time,
// so the deck keeps rendering in parallel while every other page is built. The site learns about
// the PDFs only from the manifest (and the diagrams beside it), never from the deck's code.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { defaultLanguageOf, type Content } from "../content/index.js";
import { translate } from "../content/strings.js";
import type { DeckManifest } from "../manifest/deck-manifest.js";
import { boxStocksHtml, customDeckFormHtml, downloadsHtml, homeDownloadHtml, howToPrintHtml, keepOfflineHtml, makerFilesHtml, planCardFilesHtml, type PageWords } from "./deck-html.js";
import { customDeckPaths } from "./custom-deck-paths.js";

/** The width and height a diagram SVG declares (width and height, else its viewBox), so its <img> reserves the right space. */
export function svgSize(svg: string): { width: number; height: number } | undefined {
  const width = /<svg[^>]*\swidth="([\d.]+)/.exec(svg);
  const height = /<svg[^>]*\sheight="([\d.]+)/.exec(svg);
  if (width && height) return { width: Number(width[1]), height: Number(height[1]) };
  const viewBox = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  return viewBox ? { width: Number(viewBox[1]), height: Number(viewBox[2]) } : undefined;
}

export interface DeckShortcodeOptions {
  /** decks.json of this build; resolves when the deck has been written. */
  decks: () => Promise<DeckManifest>;
  /** The site's output folder, where the deck's diagrams are. */
  outputDir: string;
  /** This build's content: its language and interface words (the files' own words come from decks.json). */
  content: () => Promise<Content>;
}

export default function deckShortcodes(eleventyConfig: UserConfig, { decks, outputDir, content }: DeckShortcodeOptions): void {
  /** The page's language and words: this build's. */
  const words = async (): Promise<PageWords> => {
    const { lang, strings } = await content();
    return { lang, t: (key, values) => translate(strings, key, values) };
  };
  const input = async () => { const model = await content(); return customDeckPaths.inputOf(model.lang, defaultLanguageOf(model)); };
  /** Each diagram's declared size, so its <img> reserves the right space. */
  const diagramSizes = async (manifest: DeckManifest) => {
    const sizes = new Map<string, { width: number; height: number } | undefined>();
    for (const deck of manifest.decks) {
      if (!deck.diagram || sizes.has(deck.diagram)) continue;
      const svg = await readFile(join(outputDir, "downloads", deck.diagram), "utf8").catch(() => "");
      sizes.set(deck.diagram, svgSize(svg));
    }
    return (file: string) => sizes.get(file);
  };
  eleventyConfig.addAsyncShortcode("downloadsList", async () => {
    const manifest = await decks();
    return downloadsHtml(manifest, await words(), await diagramSizes(manifest));
  });
  eleventyConfig.addAsyncShortcode("keepOffline", async () => keepOfflineHtml(await decks(), await words()));
  eleventyConfig.addAsyncShortcode("homeDownload", async () => homeDownloadHtml(await decks(), await words()));
  eleventyConfig.addAsyncShortcode("customDeckForm", async () => customDeckFormHtml(await decks(), await words(), await input()));
  eleventyConfig.addAsyncShortcode("planCardFiles", async () => planCardFilesHtml(await decks()));
  eleventyConfig.addAsyncShortcode("makerFiles", async () => makerFilesHtml(await decks()));
  eleventyConfig.addAsyncShortcode("boxStocks", async () => boxStocksHtml(await decks()));
  // The maker's code is the root's; its deck input is this language's (a translation draws its own cards).
  eleventyConfig.addGlobalData("printMaker", async () => {
    const model = await content();
    return { bundle: customDeckPaths.bundle, worker: customDeckPaths.worker, input: await input(), words: customDeckPaths.wordsOf(model.lang, defaultLanguageOf(model)) };
  });
  eleventyConfig.addAsyncShortcode("howToPrintList", async () => {
    const manifest = await decks();
    return howToPrintHtml(manifest, await words(), await diagramSizes(manifest));
  });
}

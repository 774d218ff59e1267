// Eleventy plugin: the shortcodes that list the PDFs. They await the deck manifest at render time,
// so the deck keeps rendering in parallel while every other page is built. The site learns about
// the PDFs only from the manifest (and the diagrams beside it), never from the deck's code.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { DeckManifest } from "../manifest/deck-manifest.js";
import { customDeckFormHtml, downloadsHtml, homeDownloadHtml, howToPrintHtml, keepOfflineHtml, makerFilesHtml, planCardFilesHtml } from "./deck-html.js";
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
}

export default function deckShortcodes(eleventyConfig: UserConfig, { decks, outputDir }: DeckShortcodeOptions): void {
  eleventyConfig.addAsyncShortcode("downloadsList", async () => downloadsHtml(await decks()));
  eleventyConfig.addAsyncShortcode("keepOffline", async () => keepOfflineHtml(await decks()));
  eleventyConfig.addAsyncShortcode("homeDownload", async () => homeDownloadHtml(await decks()));
  eleventyConfig.addAsyncShortcode("customDeckForm", async () => customDeckFormHtml(await decks()));
  eleventyConfig.addAsyncShortcode("planCardFiles", async () => planCardFilesHtml(await decks()));
  eleventyConfig.addAsyncShortcode("makerFiles", async () => makerFilesHtml(await decks()));
  eleventyConfig.addGlobalData("printMaker", { bundle: customDeckPaths.bundle, worker: customDeckPaths.worker, input: customDeckPaths.input });
  eleventyConfig.addAsyncShortcode("howToPrintList", async () => {
    const manifest = await decks();
    const sizes = new Map<string, { width: number; height: number } | undefined>();
    for (const deck of manifest.decks) {
      if (!deck.diagram || sizes.has(deck.diagram)) continue;
      const svg = await readFile(join(outputDir, "downloads", deck.diagram), "utf8").catch(() => "");
      sizes.set(deck.diagram, svgSize(svg));
    }
    return howToPrintHtml(manifest, (file) => sizes.get(file));
  });
}

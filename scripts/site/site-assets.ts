// Eleventy plugin: the files beside the pages: scripts, icons, the service worker and the web fonts.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BuildCache } from "../cache/build-cache.js";
import { sourceText } from "../cache/source-version.js";
import { offlineFileRoute, type Content } from "../content/index.js";
import { charactersOf, missingCharacters, textCharacters, subsetWebFonts, webFontFile, writeWebFonts, type WebFontFiles } from "./web-fonts.js";
import { fontFaces } from "../fonts/fonts.js";
import { contentSecurityPolicy, headersFile } from "./csp.js";

const templatesDir = fileURLToPath(new URL("../../templates/", import.meta.url));

export interface SiteAssetOptions {
  content: () => Promise<Content>;
  /** The site's sub-path, e.g. "/my-site/"; "/" at a domain root. */
  pathPrefix: string;
  /** Origin for absolute URLs (sitemap, robots.txt), e.g. "https://example.org"; "" keeps them root-relative. */
  siteUrl: string;
  cache: BuildCache;
  /** Whether this build writes the files every language shares (a translation's build uses the default's). */
  writeShared: boolean;
}

export default function siteAssets(eleventyConfig: UserConfig, { content, pathPrefix, siteUrl, cache, writeShared }: SiteAssetOptions): void {
  if (writeShared) {
    eleventyConfig.addPassthroughCopy({ [join(templatesDir, "js", "sw.js")]: "sw.js" });
    eleventyConfig.addPassthroughCopy({ [join(templatesDir, "icons")]: "icons" });
  }

  // An icon from the sprite, with the path prefix. Cheaper than Eleventy's `url` filter, which tries
  // (and fails) to parse every root-relative path as a URL: card lists show four icons per card.
  eleventyConfig.addFilter("icon", (symbol: string) => `${pathPrefix}icons/sprite.svg#${symbol}`);
  // The page the service worker shows for a PDF that was not kept (it learns the address from sw.js).
  eleventyConfig.addGlobalData("offlineFileRoute", offlineFileRoute);
  eleventyConfig.addGlobalData("fonts", () => fontFaces.map((face) => ({ ...face, file: webFontFile(face) })));
  eleventyConfig.addFilter("csp", (wasm?: boolean) => contentSecurityPolicy({ wasm: Boolean(wasm) }));
  eleventyConfig.addShortcode("headersFile", () => headersFile(pathPrefix));

  // Sitemaps want absolute URLs; without an origin the sitemap keeps root-relative paths and
  // robots.txt leaves out its Sitemap line.
  eleventyConfig.addGlobalData("siteUrl", siteUrl);
  eleventyConfig.addFilter("absoluteUrl", (path: string) => `${siteUrl}${pathPrefix.replace(/\/$/, "")}${path}`);

  // Fonts are subset on a worker while the pages render, to the characters of the content and the
  // templates (a superset of what pages show). After rendering, the pages' own characters are
  // checked against it; anything missing (e.g. from the deck manifest) triggers one more subset, and
  // stays in it for the passes that follow (a big site renders in batches, the dev server after saves).
  let early: { model: Content; characters: string; files: Promise<WebFontFiles> } | undefined;
  let extra = "";
  let writtenFonts: WebFontFiles | undefined;
  if (!writeShared) return;
  eleventyConfig.on("eleventy.before", async () => {
    const model = await content();
    if (early?.model === model) return;
    // Every language's words: the translations' pages use these fonts too.
    const words = [model, ...model.translations].map(({ chapters, pages, cards, sources, plan, strings }) => JSON.stringify({ chapters, pages, cards, sources, plan, strings }));
    const characters = textCharacters([...words, sourceText("templates", /\.(njk|js|ts)$/)]);
    early = { model, characters, files: subsetWebFonts(characters, cache) };
    early.files.catch(() => {}); // awaited after rendering; this only keeps an early failure from being "unhandled"
  });
  eleventyConfig.on("eleventy.after", async ({ directories, results }: { directories: { output: string }; results: { outputPath: string | false; content: string }[] }) => {
    const pages = results.filter((page) => typeof page.outputPath === "string" && page.outputPath.endsWith(".html")).map((page) => page.content);
    extra += missingCharacters(charactersOf(pages), (early?.characters ?? "") + extra);
    const files = early && !extra ? await early.files : await subsetWebFonts(charactersOf([(early?.characters ?? "") + extra]), cache);
    if (files !== writtenFonts) await writeWebFonts(directories.output, files);
    writtenFonts = files; // the same subset need not be written again after a later pass
  });
}

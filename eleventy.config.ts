// Eleventy wiring for the guide site: where things live, and which small local plugins do the work,
// each handed what it needs here. Docs: https://www.11ty.dev/docs/config/
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { HtmlBasePlugin } from "@11ty/eleventy";
import bundlePlugin from "@11ty/eleventy-plugin-bundle";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { pathPrefixFromEnv, siteUrlFromEnv } from "./scripts/build/environment.js";
import { noCache, type BuildCache } from "./scripts/cache/build-cache.js";
import { loadContent, type Content } from "./scripts/content/index.js";
import type { DeckManifest } from "./scripts/manifest/deck-manifest.js";
import { readDeckManifest } from "./scripts/manifest/read-deck-manifest.js";
import browserScripts from "./scripts/site/browser-scripts.js";
import contentData from "./scripts/site/content-data.js";
import customDeck from "./scripts/site/custom-deck-plugin.js";
import deckShortcodes from "./scripts/site/deck-shortcodes.js";
import siteAssets from "./scripts/site/site-assets.js";
import selectivePages from "./scripts/site/selective-pages.js";
import renderOnce from "./scripts/site/render-once.js";
import { clearEleventyCaches } from "./scripts/site/eleventy-caches.js";
import type { PageSelector } from "./scripts/site/page-ledger.js";
import languagePlugin, { type SiteLanguage } from "./scripts/site/language-plugin.js";
import { siteLanguages, translatedTemplates } from "./scripts/site/languages.js";

/** Everything the site is built from that Eleventy itself does not know. */
export interface SiteInputs {
  /** The content model, loaded once per build by whoever runs Eleventy. */
  content: () => Promise<Content>;
  /** decks.json; may resolve late, while the deck renders beside the site. */
  decks: () => Promise<DeckManifest>;
  /** The site's sub-path, "/" or e.g. "/afterglow/". */
  pathPrefix: string;
  /** Origin for absolute URLs in the sitemap, e.g. "https://example.org"; "" for none. */
  siteUrl: string;
  /** Where outputs that did not change since an earlier build are kept (noCache: nowhere). */
  cache: BuildCache;
  /** The language when this build is a translation's (content() is in it), built under /<lang>/ with the default's shared files. */
  translation?: string;
  /** Every language of the site with its pages (default: from content(), the default language's). */
  languages?: () => Promise<readonly SiteLanguage[]>;
  /** Which pages each pass renders: those whose inputs changed (the dev server's ledger), or a batch of a big site. */
  pages?: PageSelector;
}

const templatesDir = fileURLToPath(new URL("./templates/", import.meta.url));

/** The site as an Eleventy configuration, given its inputs: the build runner and the dev server call this. */
export function afterglowSite(inputs: SiteInputs) {
  return function configure(eleventyConfig: UserConfig): void {
    clearEleventyCaches(); // this Eleventy compiles its own templates, with its own shortcodes
    const { input } = eleventyConfig.directories as { input: string };
    // Content is never parsed by Eleventy: the one loader (scripts/content) reads and validates it, and
    // every page is a virtual template paginating over its model. Content may hold no raw HTML at all
    // (the loader refuses it), so no page can carry markup or script that came from a markdown file.
    eleventyConfig.ignores.add(`${input.replace(/\/?$/, "/")}**`);
    eleventyConfig.setTemplateFormats(["njk"]);
    // Eleventy wants includes and layouts relative to the input folder, wherever that is.
    eleventyConfig.setIncludesDirectory(relative(input, templatesDir));
    eleventyConfig.setLayoutsDirectory(relative(input, join(templatesDir, "layouts")));
    // Queued, not run now: Eleventy's own defaults (the bundle plugin among them) are set up first.
    eleventyConfig.addPlugin(sitePlugins, inputs);
  };
}

function sitePlugins(eleventyConfig: UserConfig, inputs: SiteInputs): void {
  const { output } = eleventyConfig.directories as { output: string };
  const translation = inputs.translation !== undefined;
  for (const name of readdirSync(join(templatesDir, "pages")).sort()) {
    // A translation builds the pages whose words all come from the strings files (languages.ts).
    if (translation && !translatedTemplates.has(name)) continue;
    eleventyConfig.addTemplate(`site/${name}`, readFileSync(join(templatesDir, "pages", name), "utf8"));
  }

  // Data, filters and shortcodes, one job per plugin, each given what it needs.
  eleventyConfig.addPlugin(renderOnce);
  eleventyConfig.addPlugin(contentData, { content: inputs.content });
  eleventyConfig.addPlugin(languagePlugin, {
    translation: inputs.translation,
    content: inputs.content,
    languages: inputs.languages ?? (async () => siteLanguages(await inputs.content())),
    siteUrl: inputs.siteUrl,
    pathPrefix: inputs.pathPrefix,
  });
  eleventyConfig.addPlugin(deckShortcodes, { decks: inputs.decks, outputDir: output, content: inputs.content });
  eleventyConfig.addPlugin(siteAssets, { content: inputs.content, pathPrefix: inputs.pathPrefix, siteUrl: inputs.siteUrl, cache: inputs.cache, writeShared: !translation });
  // Scripts, fonts and the on-device deck maker are written once, by the default language's build.
  eleventyConfig.addPlugin(customDeck, { content: inputs.content, outputDir: output, cache: inputs.cache, writeFiles: !translation });
  if (!translation) eleventyConfig.addPlugin(browserScripts, { outputDir: output, cache: inputs.cache });
  eleventyConfig.addPlugin(selectivePages, { selector: inputs.pages, content: inputs.content, decks: inputs.decks, pathPrefix: inputs.pathPrefix, siteUrl: inputs.siteUrl });

  // One CSS bundle per distinct stylesheet, written to a content-hashed file (no inline style: CSP).
  // https://www.11ty.dev/docs/plugins/bundle/
  // (addBundle comes from the bundle plugin Eleventy installs itself, so its JSDoc types lack it.)
  (eleventyConfig as UserConfig & { addBundle: (name: string, options: object) => void }).addBundle("css", { toFileDirectory: "css" });
  // Every page links its one non-empty stylesheet, so the plugin's pass that prunes empty bundle tags
  // from each page (a parse of every page) has nothing to do: turned off.
  eleventyConfig.addPlugin(bundlePlugin, { bundles: false, pruneEmptySelector: false });

  // Root-relative URLs in the HTML get the path prefix, so the site works at / and under a sub-path.
  // At "/" there is nothing to add, and parsing every page for it took ~10% of a build.
  // https://www.11ty.dev/docs/plugins/html-base/
  if (inputs.pathPrefix !== "/") eleventyConfig.addPlugin(HtmlBasePlugin);
}

/**
 * Plain Eleventy (`npx tsx node_modules/@11ty/eleventy/cmd.cjs --config=eleventy.config.ts --input=content`):
 * the content is loaded from the input folder Eleventy was given, once per build, and the PDFs are
 * listed from whatever decks.json the last deck build left in the output folder.
 */
export default function standalone(eleventyConfig: UserConfig) {
  const { input, output } = eleventyConfig.directories as { input: string; output: string };
  const contentDir = resolve(input);
  let loaded: Promise<Content> | undefined;
  eleventyConfig.on("eleventy.before", () => void (loaded = undefined));
  const pathPrefix = pathPrefixFromEnv();
  afterglowSite({
    content: () => (loaded ??= loadContent({ root: dirname(contentDir), contentDir })),
    decks: () => readDeckManifest(join(output, "downloads")),
    pathPrefix,
    siteUrl: siteUrlFromEnv(),
    cache: noCache,
  })(eleventyConfig);
  return { pathPrefix };
}

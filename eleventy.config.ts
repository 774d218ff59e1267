// Eleventy wiring for the guide site: where things live, and which small local plugins do the work.
// Docs: https://www.11ty.dev/docs/config/
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { HtmlBasePlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import contentData from "./scripts/site/content-data.js";
import customDeck from "./scripts/site/custom-deck.js";
import deckShortcodes from "./scripts/site/deck-shortcodes.js";
import siteAssets from "./scripts/site/site-assets.js";

export default function (eleventyConfig: UserConfig) {
  // Content is never parsed by Eleventy: the one loader (scripts/content) reads and validates it, and
  // every page is a virtual template paginating over its model. Content may hold no raw HTML at all
  // (the loader refuses it), so no page can carry markup or script that came from a markdown file.
  eleventyConfig.ignores.add("content/**");
  const pagesDir = fileURLToPath(new URL("./templates/pages/", import.meta.url));
  for (const name of readdirSync(pagesDir).sort()) {
    eleventyConfig.addTemplate(`site/${name}`, readFileSync(join(pagesDir, name), "utf8"));
  }

  // Data, filters and shortcodes, one job per plugin.
  eleventyConfig.addPlugin(contentData);
  eleventyConfig.addPlugin(deckShortcodes);
  eleventyConfig.addPlugin(siteAssets);
  eleventyConfig.addPlugin(customDeck);

  // One CSS bundle per distinct stylesheet, written to a content-hashed file (no inline style: CSP).
  // https://www.11ty.dev/docs/plugins/bundle/
  // (addBundle comes from the bundle plugin Eleventy installs itself, so its JSDoc types lack it.)
  (eleventyConfig as UserConfig & { addBundle: (name: string, options: object) => void }).addBundle("css", { toFileDirectory: "css" });

  // Root-relative URLs in the HTML get the path prefix, so the site works at / and under a sub-path.
  // https://www.11ty.dev/docs/plugins/html-base/
  eleventyConfig.addPlugin(HtmlBasePlugin);

  return {
    dir: { input: "content", includes: "../templates", layouts: "../templates/layouts", data: "../templates/data" },
    pathPrefix: process.env.PATH_PREFIX ?? "/",
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}

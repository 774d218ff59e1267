// Eleventy plugin: the files beside the pages: scripts, icons, the service worker and the web fonts.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { charactersOf, webFontFile, writeWebFonts } from "./web-fonts.js";
import { fontFaces } from "../fonts/fonts.js";
import { contentSecurityPolicy, headersFile } from "./csp.js";

export default function siteAssets(eleventyConfig: UserConfig): void {
  eleventyConfig.addPassthroughCopy({ "templates/js/head.js": "js/head.js", "templates/js/site.js": "js/site.js", "templates/js/search.js": "js/search.js" });
  eleventyConfig.addPassthroughCopy({ "templates/js/sw.js": "sw.js" });
  eleventyConfig.addPassthroughCopy({ "templates/icons": "icons" });

  eleventyConfig.addGlobalData("fonts", () => fontFaces.map((face) => ({ ...face, file: webFontFile(face) })));
  eleventyConfig.addFilter("csp", (wasm?: boolean) => contentSecurityPolicy({ wasm: Boolean(wasm) }));
  eleventyConfig.addFilter("headersFile", (pathPrefix: string) => headersFile(pathPrefix));

  // Sitemaps want absolute URLs: SITE_URL (or Netlify's URL) gives the origin; without one the
  // sitemap keeps root-relative paths and robots.txt leaves out its Sitemap line.
  const siteUrl = (process.env.SITE_URL ?? process.env.URL ?? "").replace(/\/+$/, "");
  eleventyConfig.addGlobalData("siteUrl", siteUrl);
  eleventyConfig.addFilter("absoluteUrl", (path: string) => `${siteUrl}${(eleventyConfig.pathPrefix ?? "/").replace(/\/$/, "")}${path}`);

  // Fonts are subset after every page is written, to exactly the characters those pages show.
  eleventyConfig.on("eleventy.after", async ({ directories, results }: { directories: { output: string }; results: { outputPath: string | false; content: string }[] }) => {
    const pages = results.filter((page) => typeof page.outputPath === "string" && page.outputPath.endsWith(".html")).map((page) => page.content);
    await writeWebFonts(directories.output, charactersOf(pages));
  });
}

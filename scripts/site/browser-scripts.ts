// Eleventy plugin: the browser scripts, written in TypeScript under templates/js/ and bundled by
// esbuild into js/: one small module per page type with shared pieces split into chunks (loaded by
// `import`, so a page fetches only what its module needs), and the head script as a classic one.
import { join } from "node:path";
import { writeFiles } from "../files/batch-io.js";
import { fileURLToPath } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { build, type BuildOptions } from "esbuild";
import { cachedFiles, type BuildCache } from "../cache/build-cache.js";
import { browserSources, sourceVersion } from "../cache/source-version.js";

const sourceDir = fileURLToPath(new URL("../../templates/js/", import.meta.url));

/** Module entries, each written to js/<name>.js and loaded by the pages that name it. */
export const pageScripts = ["site", "search", "custom-deck-form", "cards-filter", "card", "home", "favourites", "downloads", "pdf-links", "plan", "our-plan", "your-data", "card-note", "tonight", "draw", "draw-card", "draw-hand", "make"] as const;

const shared: BuildOptions = { bundle: true, platform: "browser", target: "es2022", minify: true, write: false, logLevel: "error", legalComments: "none" };

export type BundledFiles = Map<string, Uint8Array>;

/** Every browser script's bytes, keyed by its path in the output folder: from the build cache when the same code was bundled before. */
export function bundleBrowserScripts(cache: BuildCache): Promise<BundledFiles> {
  return cachedFiles(cache, "browser-scripts", sourceVersion([...browserSources, "scripts/site/browser-scripts.ts"]), bundle);
}

async function bundle(): Promise<BundledFiles> {
  const [modules, head] = await Promise.all([
    build({
      ...shared,
      entryPoints: Object.fromEntries(pageScripts.map((name) => [name, join(sourceDir, `${name}.ts`)])),
      format: "esm",
      splitting: true,
      outdir: "/js",
      chunkNames: "chunks/[name]-[hash]",
    }),
    // Runs before first paint, in <head>: a classic script, so it blocks only as long as it takes.
    build({ ...shared, entryPoints: [join(sourceDir, "head.ts")], format: "iife", outfile: "/js/head.js" }),
  ]);
  const files: BundledFiles = new Map();
  for (const file of [...modules.outputFiles!, ...head.outputFiles!]) files.set(file.path.replace(/^\/+/, ""), file.contents);
  return files;
}

export interface BrowserScriptOptions {
  /** The site's output folder. */
  outputDir: string;
  cache: BuildCache;
}

export default function browserScripts(eleventyConfig: UserConfig, { outputDir, cache }: BrowserScriptOptions): void {
  let bundled: Promise<BundledFiles> | undefined;
  // Bundled while the pages render (once: the code does not change while the site is configured), written once they are done.
  eleventyConfig.on("eleventy.before", () => {
    bundled ??= bundleBrowserScripts(cache);
    bundled.catch(() => (bundled = undefined)); // awaited below; this only keeps an early failure from being "unhandled"
  });
  let written: BundledFiles | undefined; // once: a later pass (the dev server's) has them already
  eleventyConfig.on("eleventy.after", async () => {
    const files = await (bundled ?? bundleBrowserScripts(cache));
    if (files !== written) await writeFiles(outputDir, files);
    written = files;
  });
}

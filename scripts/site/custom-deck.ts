// Eleventy plugin: what a reader's browser needs to make a corrected two-sided deck (the renderer
// bundled for the browser, the deck's fonts as TTF, the cards it draws), written beside the pages.
import { copyFile, mkdir, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { build } from "esbuild";
import type { Content } from "../content/index.js";
import { fontFaces } from "../fonts/fonts.js";
import { cachedFiles, type BuildCache } from "../cache/build-cache.js";
import { browserSources, sourceVersion } from "../cache/source-version.js";
import { customDeckPaths } from "./custom-deck-paths.js";
import { formatBytes } from "./deck-html.js";

const require = createRequire(import.meta.url);
const entry = fileURLToPath(new URL("../../templates/js/custom-deck.ts", import.meta.url));

let bundled: Promise<Uint8Array> | undefined;

/**
 * The renderer and pdfkit for browsers, minified: once per process (the code does not change while
 * the site rebuilds), and from the build cache when the same code was bundled before.
 */
function bundle(cache: BuildCache): Promise<Uint8Array> {
  bundled ??= cachedFiles(cache, "maker-bundle", sourceVersion(browserSources), async () => {
    const result = await build({ entryPoints: [entry], bundle: true, format: "esm", platform: "browser", target: "es2022", minify: true, write: false, logLevel: "error" });
    return new Map([["bundle", result.outputFiles[0].contents]]);
  }).then((files) => files.get("bundle")!);
  return bundled;
}

/** The deck's input as JSON: cards without their markdown source (the renderer draws blocks), the date, the fonts. */
export function deckInput(content: Pick<Content, "cards" | "updated">): string {
  const from = posix.dirname(customDeckPaths.input);
  const fonts = Object.fromEntries(fontFaces.map((face) => [face.role, posix.relative(from, customDeckPaths.font(face.role))]));
  const cards = content.cards.map(({ body: _source, ...card }) => card);
  return JSON.stringify({ updated: content.updated.toISOString(), fonts, cards });
}

export interface CustomDeckOptions {
  content: () => Promise<Content>;
  /** The site's output folder: the maker's files are written beside the pages. */
  outputDir: string;
  cache: BuildCache;
}

/** Every file the maker needs, relative to the site's root, with the bytes it will weigh. */
async function makerFiles(content: Content, cache: BuildCache): Promise<{ path: string; bytes: number }[]> {
  const fonts = await Promise.all(fontFaces.map(async (face) => ({ path: customDeckPaths.font(face.role), bytes: (await stat(require.resolve(face.module))).size })));
  return [{ path: customDeckPaths.bundle, bytes: (await bundle(cache)).length }, { path: customDeckPaths.input, bytes: Buffer.byteLength(deckInput(content)) }, ...fonts];
}

export default function customDeck(eleventyConfig: UserConfig, options: CustomDeckOptions): void {
  // The offer to keep the maker for making files offline, with its size: shown by custom-deck-form.js.
  eleventyConfig.addAsyncShortcode("makerOffline", async () => {
    const files = await makerFiles(await options.content(), options.cache);
    const size = formatBytes(files.reduce((sum, file) => sum + file.bytes, 0));
    return [
      `<div class="maker-offline" data-maker-offline="${files.map((file) => file.path).join(" ")}" hidden>`,
      `<p>The file maker loads from this site when you use it. To make a file without a connection, keep it on this device first (${size}).</p>`,
      `<p class="actions"><button type="button" class="button quiet" data-keep-maker>Keep the file maker for offline use</button></p>`,
      `<p role="status" data-maker-status></p>`,
      `</div>`,
    ].join("\n");
  });
  // Written after the first pass, and after a later one (the dev server's) only when the cards changed.
  let written: string | undefined;
  eleventyConfig.on("eleventy.after", async () => {
    const out = options.outputDir;
    const input = deckInput(await options.content());
    if (input === written) return;
    const write = async (path: string, data: Uint8Array | string) => {
      await mkdir(dirname(join(out, path)), { recursive: true });
      await writeFile(join(out, path), data);
    };
    if (written === undefined) {
      await write(customDeckPaths.bundle, await bundle(options.cache));
      await mkdir(join(out, customDeckPaths.fontDir), { recursive: true });
      for (const face of fontFaces) await copyFile(require.resolve(face.module), join(out, customDeckPaths.font(face.role)));
    }
    await write(customDeckPaths.input, input);
    written = input;
  });
}

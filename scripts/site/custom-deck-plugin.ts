// Eleventy plugin: what a reader's browser needs to make PDFs on the device (the renderer bundled for
// the page and for a Web Worker, the deck's fonts as TTF, the cards it draws), written beside the pages,
// and the offers to keep it for offline use, each with the size of exactly the files it keeps.
import { deckBrandOfContent } from "../content/brand.js";
import { copyFile, mkdir, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, posix, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { build } from "esbuild";
import { defaultLanguageOf, type Content } from "../content/index.js";
import { translate } from "../content/strings.js";
import { fontFaces } from "../fonts/fonts.js";
import { cachedFiles, type BuildCache, type Files } from "../cache/build-cache.js";
import { browserSources, sourceVersion } from "../cache/source-version.js";
import { customDeckPaths } from "./custom-deck-paths.js";
import { formatBytes, type PageWords } from "./deck-html.js";
import { escapeHtml as e } from "./html.js";

const require = createRequire(import.meta.url);
const source = (name: string) => fileURLToPath(new URL(`../../templates/js/${name}.ts`, import.meta.url));
/** The two entries: the page's renderer and the deck maker's worker, sharing their code in chunks. */
const entries = { bundle: customDeckPaths.bundle, worker: customDeckPaths.worker } as const;
type Entry = keyof typeof entries;
/** Beside the code in the cache: which chunks each entry imports. */
const importsFile = "imports.json";

let bundled: Promise<Files> | undefined;

/**
 * The renderer and pdfkit for browsers, minified, split into the two entries and their shared chunks:
 * once per process (the code does not change while the site rebuilds), and from the build cache when
 * the same code was bundled before.
 */
function bundle(cache: BuildCache): Promise<Files> {
  bundled ??= cachedFiles(cache, "maker-bundle", sourceVersion([...browserSources, "scripts/site/custom-deck-plugin.ts"]), async () => {
    const result = await build({
      entryPoints: { "custom-deck": source("custom-deck"), "deck-worker": source("deck-worker") },
      outdir: "/js",
      chunkNames: `${posix.basename(customDeckPaths.chunkDir)}/[name]-[hash]`,
      splitting: true,
      metafile: true,
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      write: false,
      logLevel: "error",
      legalComments: "none",
    });
    const files: Files = new Map(result.outputFiles.map((file) => [file.path.replace(/^\/+/, ""), file.contents]));
    // The metafile names outputs relative to the working folder; the files are named from "/".
    const site = (path: string) => resolve(path).replace(/^\/+/, "");
    const imports = Object.fromEntries(Object.entries(result.metafile.outputs).map(([path, output]) => [site(path), output.imports.map((i) => site(i.path))]));
    files.set(importsFile, new TextEncoder().encode(JSON.stringify(imports)));
    return files;
  });
  return bundled;
}

/** An entry with the chunks it imports (and theirs), as paths from the site's root. */
function codeOf(files: Files, entry: Entry): string[] {
  const imports = JSON.parse(new TextDecoder().decode(files.get(importsFile))) as Record<string, string[]>;
  const found = new Set<string>();
  const visit = (path: string) => {
    if (found.has(path)) return;
    found.add(path);
    for (const next of imports[path] ?? []) visit(next);
  };
  visit(entries[entry]);
  return [...found];
}

/** Where this build's deck input lives (a translation's has its own cards), from the site's root. */
const inputPath = (content: Pick<Content, "lang" | "settings">) => customDeckPaths.inputOf(content.lang, defaultLanguageOf(content));

/** The words the deck maker's parts loaded on use show (make.later.x, named make.x, and box.later.x, named box.x; a shared link's yourData.link.js.x and yourData.transfer.js.x, named yourData.link.x, …), as JSON. */
export function makerWords(strings: Content["strings"]): string {
  const later = /^(make\.later|box\.later|yourData\.link\.js|yourData\.transfer\.js)\./;
  return JSON.stringify(Object.fromEntries(Object.entries(strings).filter(([key]) => later.test(key)).map(([key, text]) => [key.replace(/\.(later|js)\./, "."), text])));
}

/** The deck's input as JSON: cards without their markdown source (the renderer draws blocks), the date, the brand, the fonts (relative to the input's own place). */
export function deckInput(content: Pick<Content, "cards" | "updated" | "settings" | "lang" | "strings">, path: string = customDeckPaths.input): string {
  const from = posix.dirname(path);
  const fonts = Object.fromEntries(fontFaces.map((face) => [face.role, posix.relative(from, customDeckPaths.font(face.role))]));
  const cards = content.cards.map(({ body: _source, ...card }) => card);
  return JSON.stringify({ updated: content.updated.toISOString(), brand: deckBrandOfContent(content), fonts, cards });
}

export interface CustomDeckOptions {
  content: () => Promise<Content>;
  /** The site's output folder: the maker's files are written beside the pages. */
  outputDir: string;
  cache: BuildCache;
  /** Whether this build writes the maker's code and fonts (a translation's build uses the default language's, and writes only its deck input). */
  writeFiles: boolean;
}

/** Every file one entry needs to make a PDF, relative to the site's root, with the bytes it will weigh. */
async function rendererFiles(content: Content, cache: BuildCache, entry: Entry): Promise<{ path: string; bytes: number }[]> {
  const code = await bundle(cache);
  const fonts = await Promise.all(fontFaces.map(async (face) => ({ path: customDeckPaths.font(face.role), bytes: (await stat(require.resolve(face.module))).size })));
  const input = inputPath(content);
  return [...codeOf(code, entry).map((path) => ({ path, bytes: code.get(path)!.length })), { path: input, bytes: Buffer.byteLength(deckInput(content, input)) }, ...fonts];
}

/** The offer to keep a renderer for offline use, with its size: shown by the page's script. */
async function offlineOffer(options: CustomDeckOptions, entry: Entry, area: "print" | "make"): Promise<string> {
  const content = await options.content();
  const files = await rendererFiles(content, options.cache, entry);
  const words: PageWords = { lang: content.lang, t: (key, values) => translate(content.strings, key, values) };
  const size = formatBytes(files.reduce((sum, file) => sum + file.bytes, 0), words);
  return [
    `<div class="maker-offline" data-maker-offline="${files.map((file) => file.path).join(" ")}" hidden>`,
    `<p>${e(words.t(`${area}.offline.says`, { size }))}</p>`,
    `<p class="actions"><button type="button" class="button quiet" data-keep-maker>${e(words.t(`${area}.offline.button`))}</button></p>`,
    `<p role="status" data-maker-status></p>`,
    `</div>`,
  ].join("\n");
}

export default function customDeck(eleventyConfig: UserConfig, options: CustomDeckOptions): void {
  // The how-to-print form's offer (custom-deck-form.js) and the deck maker's (make.js).
  eleventyConfig.addAsyncShortcode("makerOffline", () => offlineOffer(options, "bundle", "print"));
  eleventyConfig.addAsyncShortcode("deckMakerOffline", () => offlineOffer(options, "worker", "make"));
  // Written after the first pass, and after a later one (the dev server's) only when the cards changed.
  let written: string | undefined;
  eleventyConfig.on("eleventy.after", async () => {
    const out = options.outputDir;
    const content = await options.content();
    // A translation's build writes into its own folder (<lang>/) only its deck input, whose fonts are the root's.
    const input = deckInput(content, inputPath(content));
    if (input === written) return;
    const write = async (path: string, data: Uint8Array | string) => {
      await mkdir(dirname(join(out, path)), { recursive: true });
      await writeFile(join(out, path), data);
    };
    if (written === undefined && options.writeFiles) {
      for (const [path, bytes] of await bundle(options.cache)) if (path !== importsFile) await write(path, bytes);
      await mkdir(join(out, customDeckPaths.fontDir), { recursive: true });
      for (const face of fontFaces) await copyFile(require.resolve(face.module), join(out, customDeckPaths.font(face.role)));
    }
    await write(customDeckPaths.input, input);
    await write(customDeckPaths.wordsOf(content.lang, content.lang), makerWords(content.strings)); // in this build's own folder
    written = input;
  });
}

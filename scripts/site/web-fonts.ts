// The site's web fonts: the deck's own faces, subset to the characters the pages use, as WOFF2.
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { cachedFiles, hashOf, type BuildCache } from "../cache/build-cache.js";
import { sourceVersion } from "../cache/source-version.js";
import { fontFaces, readFontBytes, type FontFace } from "../fonts/fonts.js";

/** File name of a face inside fonts/, e.g. "atkinson-hyperlegible-700-italic.woff2". */
export function webFontFile(face: Pick<FontFace, "family" | "weight" | "style">): string {
  const family = face.family.toLowerCase().replace(/\s+/g, "-");
  return `${family}-${face.weight}${face.style === "italic" ? "-italic" : ""}.woff2`;
}

/** Printable ASCII and the typographic marks the templates and scripts may add: always kept. */
const baseline = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~‘’“”–—…·×→←↑↓•§";

const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', nbsp: " " };

/** The distinct characters a set of HTML pages shows, tags and scripts stripped, entities decoded. */
export function charactersOf(htmlPages: readonly string[]): string {
  return textCharacters(
    htmlPages.map((html) =>
      html
        .replace(/<script[\s\S]*?<\/script>/g, " ")
        .replace(/<[^>]+>/g, " ")
        .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
        .replace(/&#x([\da-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
        .replace(/&(\w+);/g, (m, name) => named[name] ?? m),
    ),
  );
}

/** The distinct characters of plain texts (and the baseline), whitespace left out, sorted. */
export function textCharacters(texts: readonly string[]): string {
  // By code point first: a Set of numbers, not a string per character (the content of a whole site, every save).
  const codes = new Set<number>();
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
      codes.add(code);
    }
  }
  const chars = new Set(baseline);
  for (const code of codes) {
    const char = String.fromCodePoint(code);
    if (char.trim()) chars.add(char);
  }
  return [...chars].sort().join("");
}

const require = createRequire(import.meta.url);

/**
 * Subsets on a worker thread (HarfBuzz in WebAssembly takes a few hundred milliseconds a face), so it
 * runs while Eleventy renders. The worker is plain CommonJS: it needs nothing but subset-font.
 */
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const subsetFont = require(workerData.subsetFont);
Promise.all(workerData.faces.map((face) => subsetFont(Buffer.from(face.bytes), workerData.characters, { targetFormat: "woff2" }).then((out) => [face.file, new Uint8Array(out)])))
  .then((files) => parentPort.postMessage({ files }), (error) => parentPort.postMessage({ error: String(error && error.stack || error) }));
`;

export type WebFontFiles = Map<string, Uint8Array>;

let last: { characters: string; files: Promise<WebFontFiles> } | undefined;

/**
 * The WOFF2 bytes of every face, subset to the characters given, keyed by file name: from the build
 * cache when the same characters were subset by the same fonts and tools before. A rebuild with the
 * same characters in one process (a dev server's usual case) reuses the last result.
 */
export function subsetWebFonts(characters: string, cache: BuildCache): Promise<WebFontFiles> {
  if (last?.characters !== characters) {
    const key = hashOf(characters, sourceVersion(["scripts/fonts", "scripts/site/web-fonts.ts"]));
    const files = cachedFiles(cache, "web-fonts", key, () => subsetInWorker(characters));
    last = { characters, files };
    files.catch(() => (last = undefined));
  }
  return last.files;
}

async function subsetInWorker(characters: string): Promise<WebFontFiles> {
  const bytes = await readFontBytes();
  const faces = fontFaces.map((face) => ({ file: webFontFile(face), bytes: bytes[face.role] }));
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { subsetFont: require.resolve("subset-font"), faces, characters } });
    worker.once("message", (reply: { files?: [string, Uint8Array][]; error?: string }) => {
      void worker.terminate();
      if (reply.files) resolve(new Map(reply.files));
      else reject(new Error(`font subsetting failed: ${reply.error}`));
    });
    worker.once("error", reject);
  });
}

/** Writes the subset faces into <outDir>/fonts. */
export async function writeWebFonts(outDir: string, files: WebFontFiles): Promise<void> {
  await mkdir(join(outDir, "fonts"), { recursive: true });
  await Promise.all([...files].map(([file, bytes]) => writeFile(join(outDir, "fonts", file), bytes)));
}

/** Characters in `needed` that `available` lacks. */
export function missingCharacters(needed: string, available: string): string {
  const have = new Set(available);
  return [...new Set(needed)].filter((char) => !have.has(char)).join("");
}

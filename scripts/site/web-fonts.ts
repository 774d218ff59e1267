// The site's web fonts: the deck's own faces, subset to the characters the pages use, as WOFF2.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import subsetFont from "subset-font";
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
  const chars = new Set(baseline);
  for (const html of htmlPages) {
    const text = html
      .replace(/<script[\s\S]*?<\/script>/g, " ")
      .replace(/<[^>]+>/g, " ")
      .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
      .replace(/&#x([\da-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
      .replace(/&(\w+);/g, (m, name) => named[name] ?? m);
    for (const char of text) if (char.trim()) chars.add(char);
  }
  return [...chars].sort().join("");
}

/** Writes one subset WOFF2 per face into <outDir>/fonts. */
export async function writeWebFonts(outDir: string, characters: string): Promise<void> {
  const bytes = await readFontBytes();
  await mkdir(join(outDir, "fonts"), { recursive: true });
  await Promise.all(
    fontFaces.map(async (face) => {
      const woff2 = await subsetFont(Buffer.from(bytes[face.role]), characters, { targetFormat: "woff2" });
      await writeFile(join(outDir, "fonts", webFontFile(face)), woff2);
    }),
  );
}

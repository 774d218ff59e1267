// The typefaces shared by the site and the deck: which files, and their bytes read once per process.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

export type FontRole = "body" | "bodyBold" | "bodyItalic" | "bodyBoldItalic" | "title" | "titleItalic";

export interface FontFace {
  role: FontRole;
  family: string;
  weight: number;
  style: "normal" | "italic";
  /** Module path of the TTF inside node_modules: pdfkit needs TTF/OTF, the site serves WOFF2 made from it. */
  module: string;
}

export const fontFaces: readonly FontFace[] = [
  { role: "body", family: "Atkinson Hyperlegible", weight: 400, style: "normal", module: "@expo-google-fonts/atkinson-hyperlegible/400Regular/AtkinsonHyperlegible_400Regular.ttf" },
  { role: "bodyItalic", family: "Atkinson Hyperlegible", weight: 400, style: "italic", module: "@expo-google-fonts/atkinson-hyperlegible/400Regular_Italic/AtkinsonHyperlegible_400Regular_Italic.ttf" },
  { role: "bodyBold", family: "Atkinson Hyperlegible", weight: 700, style: "normal", module: "@expo-google-fonts/atkinson-hyperlegible/700Bold/AtkinsonHyperlegible_700Bold.ttf" },
  { role: "bodyBoldItalic", family: "Atkinson Hyperlegible", weight: 700, style: "italic", module: "@expo-google-fonts/atkinson-hyperlegible/700Bold_Italic/AtkinsonHyperlegible_700Bold_Italic.ttf" },
  { role: "title", family: "Fraunces", weight: 600, style: "normal", module: "@expo-google-fonts/fraunces/600SemiBold/Fraunces_600SemiBold.ttf" },
  { role: "titleItalic", family: "Fraunces", weight: 600, style: "italic", module: "@expo-google-fonts/fraunces/600SemiBold_Italic/Fraunces_600SemiBold_Italic.ttf" },
];

export type FontBytes = Record<FontRole, Uint8Array>;

const require = createRequire(import.meta.url);
let cached: Promise<FontBytes> | undefined;

/** Every face's TTF bytes, read from disk once per process and shared by whoever asks. */
export function readFontBytes(): Promise<FontBytes> {
  cached ??= Promise.all(
    fontFaces.map(async (face) => [face.role, new Uint8Array(await readFile(require.resolve(face.module)))] as const),
  ).then((entries) => Object.fromEntries(entries) as FontBytes);
  return cached;
}

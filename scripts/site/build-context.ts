// What a site build is handed from outside Eleventy: the loaded content and the deck manifest, each
// as a promise, so that the build runner loads content once and renders the deck in parallel.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadContent, type Content } from "../content/index.js";
import { deckManifestFile, deckManifestSchema, type DeckManifest } from "../manifest/deck-manifest.js";

export interface BuildContext {
  content: () => Promise<Content>;
  /** Resolves when the deck is rendered; awaited only by the pages that list the PDFs. */
  decks: () => Promise<DeckManifest>;
}

let provided: BuildContext | undefined;
// Without a runner, one load per build, shared by every plugin that asks for the content.
let fallbackContent: Promise<Content> | undefined;

/** Starts a new build without a runner: the next request for content reads content/ afresh. */
export function forgetFallbackContent(): void {
  fallbackContent = undefined;
}

/** Called by the build runner (or the dev server) before Eleventy starts. */
export function provideBuildContext(context: BuildContext | undefined): void {
  provided = context;
}

/**
 * The context for this build. Without a runner (e.g. plain `eleventy`), content is loaded here
 * and the manifest is read from what the last deck build left in the output folder.
 */
export function buildContext(root: string, outputDir: string): BuildContext {
  return (
    provided ?? {
      content: () => (fallbackContent ??= loadContent({ root })),
      decks: () => readDeckManifest(join(outputDir, "downloads")),
    }
  );
}

export async function readDeckManifest(downloadsDir: string): Promise<DeckManifest> {
  try {
    return deckManifestSchema.parse(JSON.parse(await readFile(join(downloadsDir, deckManifestFile), "utf8")));
  } catch {
    return { generated: new Date(0).toISOString(), decks: [] };
  }
}

// Reads the decks.json a deck build left in a downloads folder; an empty manifest when there is none yet.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { deckManifestFile, deckManifestSchema, emptyDeckManifest, type DeckManifest } from "./deck-manifest.js";

export async function readDeckManifest(downloadsDir: string): Promise<DeckManifest> {
  let text: string;
  try {
    text = await readFile(join(downloadsDir, deckManifestFile), "utf8");
  } catch {
    return emptyDeckManifest; // not built yet: the pages say so
  }
  return deckManifestSchema.parse(JSON.parse(text));
}

// Which deck files a build makes for the publisher: named for the brand (scripts/content/brand.ts), and only
// the ones content/site.yaml's deck.files lists, when it lists any.
import { deckBrandOf, deckBrandOfContent, type DeckBrand, type FaceLabels } from "../content/brand.js";
import type { Settings } from "../content/types.js";
import { deckFilesFor, type DeckFile } from "./deck-files.js";

export { deckBrandOf, deckBrandOfContent, type DeckBrand, type FaceLabels };

/** The files a build makes: the settings' deck.files (ids the loader checked), else every file. */
export function settingsDeckFiles(settings: Settings, brand: DeckBrand): readonly DeckFile[] {
  const all = deckFilesFor(brand);
  const chosen = settings.deck?.files;
  return chosen ? all.filter((file) => chosen.includes(file.id)) : all;
}

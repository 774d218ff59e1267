// The project's own settings as the deck prints them, for deck tests that compare with the built files.
import { join } from "node:path";
import { deckBrandOf } from "../../scripts/content/brand.js";
import type { ContentProblem } from "../../scripts/content/errors.js";
import { readSettings } from "../../scripts/content/settings.js";
import { readLanguageStrings } from "../../scripts/content/strings.js";
import { deckFileIds, deckFilesFor } from "../../scripts/deck/deck-files.js";

const problems: ContentProblem[] = [];
const read = await readSettings(join(process.cwd(), "content", "site.yaml"), "content/site.yaml", problems, { deckFileIds });
if (!read.settings) throw new Error(`content/site.yaml: ${problems.map((p) => `${p.field} ${p.message}`).join("; ")}`);

export const siteSettings = read.settings;
/** The default language's words (content/strings/en), as the build hands them to the deck. */
export const siteStrings = await readLanguageStrings(join(process.cwd(), "content"), siteSettings.languages[0]);
export const siteBrand = deckBrandOf(siteSettings, siteSettings.languages[0], siteStrings);
/** Every deck file, named as the build names them. */
export const deckFiles = deckFilesFor(siteBrand);
export const deckFileById = (id: string) => deckFiles.find((file) => file.id === id)!;

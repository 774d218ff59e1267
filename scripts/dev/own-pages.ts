// The page each saved content file is shown on (a card's page, a chapter's, a page's), as the page
// ledger names pages: the dev server renders these first, then the lists and the rest in a second pass.
import { relative, sep } from "node:path";
import { contentTypes } from "../content/content-types.js";

/** The template each content folder's files are shown with (templates/pages/). */
const templateOf: Record<string, string> = {
  [contentTypes.cards.folder]: "card.njk",
  [contentTypes.chapters.folder]: "chapter.njk",
  [contentTypes.pages.folder]: "content-page.njk",
};

export interface OwnPage {
  template: string;
  /** The page's item key: the file's id (its name without ".md"). */
  key: string;
}

/** The own pages of the saved files that are the default language's cards, chapters or pages. */
export function ownPages(contentDir: string, files: readonly string[]): OwnPage[] {
  return files.flatMap((file) => {
    const parts = relative(contentDir, file).split(sep);
    const template = parts.length === 2 && parts[1].endsWith(".md") ? templateOf[parts[0]] : undefined;
    return template ? [{ template, key: parts[1].slice(0, -".md".length) }] : [];
  });
}

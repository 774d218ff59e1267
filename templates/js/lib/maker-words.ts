// The words of the deck maker's parts loaded on use (writing a card, making the PDF, sharing), fetched
// once with the first of them from the file the page names ([data-maker] data-words), in its language.
import { siteBase } from "./site-base.js";
import { addWords } from "./words.js";

let loaded: Promise<void> | undefined;

/** Resolves when the words are in (or could not be fetched: the page's own words still say what went wrong). */
export function makerWords(): Promise<void> {
  const file = document.querySelector<HTMLElement>("[data-maker]")?.dataset.words;
  loaded ??= file
    ? fetch(new URL(file, siteBase()))
        .then((response) => (response.ok ? response.json() : {}))
        .then((words: Record<string, string>) => addWords(words))
        .catch(() => void (loaded = undefined))
    : Promise.resolve();
  return loaded;
}

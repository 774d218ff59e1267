// The deck's words in the brand's language: the "deck.<key>" strings it carries (content/strings/<lang>/deck.yaml), placeholders filled.
import { translate, type Strings } from "../content/translate.js";

export type Say = (key: string, values?: Record<string, string | number>) => string;

export const sayIn = (words: Strings): Say => (key, values) => translate(words, `deck.${key}`, values);

/** A text block's printed lines: each line of the YAML block is one line on the page. */
export const linesOf = (text: string): string[] => text.split("\n");

/** A measure with one decimal, written with the language's decimal sign: 72.5 in English, 72,5 in Spanish. */
export function decimal(value: number, lang: string): string {
  const sign = new Intl.NumberFormat(lang).formatToParts(1.5).find((part) => part.type === "decimal")?.value ?? ".";
  return value.toFixed(1).replace(".", sign);
}

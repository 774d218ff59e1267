// Discreet mode's words: which titles could tell an onlooker what the site is about, and what shows
// instead (CSS swaps them in before the first paint: templates/css/discreet.css). Which words reveal
// the subject is each language's (content/strings/<lang>/discreet.yaml, "discreet.revealing"); the
// brand's own stand-in is the settings' discreetTitle, on <html data-discreet-title> for the scripts.
import { translate, type Strings } from "../content/translate.js";

/** Lower case without accents, so "intim*" finds "Íntimo" and "intimidad". */
const folded = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A matcher for a language's revealing words: a comma-separated list in which a word ending in "*"
 * stands for any word it begins ("sex*": sex, sexual) and several words are a phrase ("in bed").
 * Whole words only ("Sussex" is not "sex*"), ignoring case and accents.
 */
export function revealingWords(list: string): RegExp {
  const words = list.split(",").map((word) => folded(word).trim().replace(/\s+/g, " ")).filter(Boolean);
  if (!words.length) throw new Error(`discreet.revealing names no words: "${list}"`);
  const pattern = words.map((word) => escapeRegExp(word.replace(/\*$/, "")).replace(/ /g, "\\s+") + (word.endsWith("*") ? "[\\p{L}\\p{N}]*" : ""));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern.join("|")})(?![\\p{L}\\p{N}])`, "u");
}

const matchers = new WeakMap<Strings, RegExp>();
/** The language's matcher, made once per set of words. */
function revealingIn(strings: Strings): RegExp {
  let matcher = matchers.get(strings);
  if (!matcher) matchers.set(strings, (matcher = revealingWords(translate(strings, "discreet.revealing"))));
  return matcher;
}

/** The stand-in for a title that could reveal the topic in its language's words, or undefined when the title is harmless. */
export function neutralTitle(title: string, standIn: string, strings: Strings): string | undefined {
  return revealingIn(strings).test(folded(title)) ? standIn : undefined;
}

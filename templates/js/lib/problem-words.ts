// What is wrong with an own card, in the page's language: the content checks give each problem a code
// and its values (scripts/content/errors.ts), and this says it with the deck maker's later words
// (make.later.problems.<code> in content/strings/<lang>/make.yaml); the English message is for authors.
import type { CardProblem } from "./maker-protocol.js";
import { word } from "./words.js";

/** The problem in words, e.g. "must not be empty"; a problem without a code is said as the checks said it. */
export function problemText({ code, values: given = {}, message }: CardProblem, sizeName: (cardSize: string) => string = String): string {
  if (!code) return message;
  const values = Object.fromEntries(Object.entries(given).map(([name, value]) => [name, typeof value === "number" ? value.toLocaleString(document.documentElement.lang) : value]));
  if (code === "unprintable") return word("make.problems.unprintable", { construct: word(`make.constructs.${values.construct}`) });
  if (code === "overflow") return word(given.lines === 1 ? "make.problems.overflowOne" : "make.problems.overflowMany", { ...values, size: sizeName(String(values.size)) });
  return word(`make.problems.${code}`, values);
}

/** The card a problem is about, by its title ("" when it has none). */
export const problemCard = (problem: CardProblem): string => (problem.card ? word("make.cardNamed", { title: problem.card }) : word("make.cardUntitled"));

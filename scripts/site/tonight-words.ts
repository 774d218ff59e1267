// Tonight's words in one language (content/strings/<lang>/tonight.yaml): the questions, their answers
// and hints, a choice as a phrase, and the steps of a run as one phrase.
import type { Kind } from "../content/index.js";
import { translate, type Strings } from "../content/strings.js";
import { tonightQuestions, type TonightChoice } from "./tonight-questions.js";

export interface TonightWords {
  question: (id: keyof TonightChoice) => string;
  /** An answer as a button says it ("A few minutes"), and its hint if the language gives one. */
  answer: <K extends keyof TonightChoice>(id: K, option: TonightChoice[K]) => { label: string; hint?: string };
  /** The answers so far as the next screen recalls them ("A few minutes · Not much"). */
  sofar: (answers: Partial<TonightChoice>) => string;
  /** A choice as words: "a few minutes, low energy, no touch". */
  summary: (choice: TonightChoice) => string;
  /** The steps of a run as one phrase: "a check-in, a ritual and kind words". */
  stepsPhrase: (kinds: readonly Kind[]) => string;
}

export function tonightWords(strings: Strings): TonightWords {
  const say = (key: string, values?: Record<string, string>) => translate(strings, `tonight.${key}`, values);
  const answer = <K extends keyof TonightChoice>(id: K, option: TonightChoice[K]) => {
    const hint = strings[`tonight.questions.${id}.hints.${option}`];
    return { label: say(`questions.${id}.answers.${option}`), ...(hint === undefined ? {} : { hint }) };
  };
  return {
    question: (id) => say(`questions.${id}.question`),
    answer,
    sofar: (answers) => tonightQuestions.flatMap((q) => (answers[q.id] === undefined ? [] : [answer(q.id, answers[q.id]!).label])).join(" · "),
    summary: (choice) => tonightQuestions.map((q) => say(`questions.${q.id}.summaries.${choice[q.id]}`)).join(", "),
    stepsPhrase: (kinds) => {
      const words = kinds.map((kind) => say(`steps.${kind}`));
      return words.length < 2 ? words.join("") : say("steps.list", { list: words.slice(0, -1).join(", "), last: words[words.length - 1] });
    },
  };
}

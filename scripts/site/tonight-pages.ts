// Tonight as pages (pure data for the templates): the question screens of /tonight/, where each
// answer is a link to the next screen and the last one to a run, and the 18 runs with their words.
import { tonightRunUrl, type Card } from "../content/index.js";
import type { Strings } from "../content/strings.js";
import { tonightRuns } from "./tonight-runs.js";
import { allChoices, passesPerStep, tonightQuestions, type TonightChoice } from "./tonight-questions.js";
import { tonightWords, type TonightWords } from "./tonight-words.js";

export interface ScreenLink {
  label: string;
  hint?: string;
  href: string;
}

export interface QuestionScreen {
  /** The fragment this screen answers to; the first screen is shown when there is none. */
  id: string;
  /** 1, 2 or 3. */
  step: number;
  question: string;
  options: ScreenLink[];
  skip: string;
  /** The answers so far, in words. */
  sofar: string;
}

/** Where an answer leads: the next question's screen for the answers so far, or the run they make. */
function target(answers: Partial<TonightChoice>): string {
  const [, energy, touch] = tonightQuestions;
  if (answers.energy === undefined) return `#${energy.id}-${answers.time}`;
  if (answers.touch === undefined) return `#${touch.id}-${answers.time}-${answers.energy}`;
  return tonightRunUrl(answers as TonightChoice);
}

/** Every screen: one for the first question, then one per combination of the answers before it (1 + 3 + 6). */
export function questionScreens(words: TonightWords): QuestionScreen[] {
  const screens: QuestionScreen[] = [];
  const visit = (answers: Partial<TonightChoice>, step: number) => {
    const question = tonightQuestions[step];
    if (!question) return;
    const key = Object.values(answers).join("-");
    screens.push({
      id: step === 0 ? question.id : `${question.id}-${key}`,
      step: step + 1,
      question: words.question(question.id),
      options: question.options.map((option) => ({ ...words.answer(question.id, option), href: target({ ...answers, [question.id]: option }) })),
      skip: target({ ...answers, [question.id]: question.skip }),
      sofar: words.sofar(answers),
    });
    for (const option of question.options) visit({ ...answers, [question.id]: option }, step + 1);
  };
  visit({}, 0);
  return screens;
}

/** /tonight/'s screens, the run every skipped question leads to, and the 18 runs, in the words of `strings`'s language. */
export function tonightPages(cards: readonly Card[], seed: number, strings: Strings) {
  const words = tonightWords(strings);
  const gentlest = Object.fromEntries(tonightQuestions.map((q) => [q.id, q.skip])) as unknown as TonightChoice;
  return {
    screens: questionScreens(words),
    questionCount: tonightQuestions.length,
    skipAll: tonightRunUrl(gentlest),
    skipAllWords: words.summary(gentlest),
    runs: tonightRuns(cards, seed, passesPerStep).map((run) => ({ ...run, url: tonightRunUrl(run.choice), summary: words.summary(run.choice), stepsPhrase: words.stepsPhrase(run.steps.map((step) => step.kind)) })),
    combinations: allChoices().length,
  };
}

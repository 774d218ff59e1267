// Tonight as pages (pure data for the templates): the question screens of /tonight/, where each
// answer is a link to the next screen and the last one to a run, and the 18 runs with their words.
import { tonightRunUrl, type Card } from "../content/index.js";
import { tonightRuns } from "./tonight-runs.js";
import { allChoices, choiceSummary, passesPerStep, stepsPhrase, tonightQuestions, type TonightChoice } from "./tonight.js";

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
export function questionScreens(): QuestionScreen[] {
  const screens: QuestionScreen[] = [];
  const visit = (answers: Partial<TonightChoice>, step: number) => {
    const question = tonightQuestions[step];
    if (!question) return;
    const key = Object.values(answers).join("-");
    const words = tonightQuestions.slice(0, step).map((q) => q.options.find((o) => o.id === answers[q.id])!.label);
    screens.push({
      id: step === 0 ? question.id : `${question.id}-${key}`,
      step: step + 1,
      question: question.question,
      options: question.options.map((option) => ({ label: option.label, hint: option.hint, href: target({ ...answers, [question.id]: option.id }) })),
      skip: target({ ...answers, [question.id]: question.skip }),
      sofar: words.join(" · "),
    });
    for (const option of question.options) visit({ ...answers, [question.id]: option.id }, step + 1);
  };
  visit({}, 0);
  return screens;
}

/** /tonight/'s screens, the run every skipped question leads to, and the 18 runs. */
export function tonightPages(cards: readonly Card[], seed: number) {
  const gentlest = Object.fromEntries(tonightQuestions.map((q) => [q.id, q.skip])) as unknown as TonightChoice;
  return {
    screens: questionScreens(),
    skipAll: tonightRunUrl(gentlest),
    skipAllWords: choiceSummary(gentlest),
    runs: tonightRuns(cards, seed, passesPerStep).map((run) => ({ ...run, url: tonightRunUrl(run.choice), summary: choiceSummary(run.choice), stepsPhrase: stepsPhrase(run.steps.map((step) => step.kind)) })),
    combinations: allChoices().length,
  };
}

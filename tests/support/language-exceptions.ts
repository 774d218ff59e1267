// The one place where the inclusive-language check is tuned: alex's settings and every accepted exception, with why.
import type { OptionsObject } from "alex";

export interface LanguageException {
  /** An alex rule id, as reported in a message's `ruleId`. */
  rule: string;
  reason: string;
}

/**
 * Findings we accept everywhere in content/. Each must still be triggered by some content file
 * (a test checks), so an exception that is no longer needed gets noticed and removed.
 */
export const languageExceptions: readonly LanguageException[] = [
  {
    rule: "sex",
    reason:
      "Afterglow is a guide to the time after sex: the word is the subject itself, used plainly and never as an insult. " +
      "alex's profanity list rates it 'maybe profane', which is right for a code comment but not for this guide.",
  },
  {
    rule: "sexual",
    reason:
      "Same as 'sex': used only in plain phrases such as 'sexual satisfaction', the wording of the research the guide cites.",
  },
  {
    rule: "orgasm",
    reason:
      "The plain, clinical word, as the research says it (prolactin rises after orgasm). Saying it plainly is what lets " +
      "the guide say that not everyone has one, and that a night without one did not go wrong.",
  },
  {
    rule: "condom",
    reason:
      "The practical part of aftercare asks partners to check that a condom stayed whole, and says what to do if it broke. " +
      "Any softer word would leave that advice unclear.",
  },
  {
    rule: "abuse",
    reason:
      "The research term, 'childhood sexual abuse', in what the study of men found. A softer word would say less, " +
      "or something else, than the study did.",
  },
];

/** Settings alex runs with, each a deliberate choice rather than a default. */
export const alexOptions: OptionsObject = {
  // Pairs such as "his and hers" or "husband or wife" assume two genders; alex lets them through unless this is on.
  noBinary: true,
  // Only words that are "maybe" or "likely" profane. Level 0 flags everyday words this guide needs
  // ("lie down", "fruit", "fear", "adults"), which would bury the real findings in noise.
  profanitySureness: 1,
  allow: languageExceptions.map((exception) => exception.rule),
};

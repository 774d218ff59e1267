// Refuses characters the embedded fonts cannot draw, naming the card, the field and the character.
import type { Card } from "../content/types.js";
import type { ContentProblem } from "../content/errors.js";
import type { FontRole } from "../fonts/fonts.js";
import { faceTexts } from "./face-texts.js";
import type { TextMeasurer } from "./text-measurer.js";
import type { FaceWords } from "./face-words.js";

function codeOf(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Every problem with characters on one card's face (every string faceTexts says it prints), or [] if every character has a glyph. */
export function missingGlyphs(card: Card, words: FaceWords, measurer: TextMeasurer): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  const check = (field: string, text: string, role: FontRole) => {
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      if (measurer.hasGlyph(role, codePoint) || (codePoint <= 32 ? true : codePoint > 127 && /\s/.test(char))) continue;
      const key = `${field}:${codePoint}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({
        file: card.file,
        field,
        message: `contains “${char}” (${codeOf(codePoint)}), which the card font ${measurer.familyOf(role)} cannot draw; use another character`,
        code: "glyph",
        values: { char, code: codeOf(codePoint), font: measurer.familyOf(role) },
      });
    }
  };
  for (const { field, role, text } of faceTexts(card, words)) check(field, text, role);
  return problems;
}

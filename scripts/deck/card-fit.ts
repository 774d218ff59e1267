// How one card prints on every card size the deck's files use, measured by the renderer's own fitting:
// the size its body is set at, or how many lines too long it is at the floor, and every character the
// print fonts cannot draw. The deck maker's fit meter shows this before any PDF is made.
import type { ContentProblem } from "../content/errors.js";
import type { Card } from "../content/types.js";
import { composeFace } from "./compose-face.js";
import type { DeckBrand } from "./settings-deck-files.js";
import { deckFileShapes } from "./deck-files.js";
import { scaledFace } from "./design.js";
import { BodyOverflow } from "./fit.js";
import { missingGlyphs } from "./glyphs.js";
import { cardSizeOf } from "./plan-deck.js";
import { cardSizes, type CardSizeId } from "./sizes.js";
import type { TextMeasurer } from "./text-measurer.js";
import { sayIn } from "./say.js";
import { faceWords } from "./face-words.js";

export interface SizeFit {
  cardSize: CardSizeId;
  /** "Poker (63.5 × 88.9 mm)". */
  label: string;
  /** The body's size in points, when it fits. */
  size?: number;
  /** Lines too long at the floor size, when it does not. */
  overLines?: number;
  floor?: number;
}

export interface CardFit {
  sizes: SizeFit[];
  /** Characters the fonts lack and bodies too long, as content errors say them: the card cannot print. */
  problems: ContentProblem[];
}

/** The card sizes the deck's files print, in the order the files list them. */
export const printedCardSizes: readonly CardSizeId[] = [...new Set(deckFileShapes.filter((file) => file.imposition.id !== "calibration").map((file) => file.cardSize))];

/** How `card` fits, with the brand's face words and card-size names (its language's). */
export function cardFit(card: Card, measurer: TextMeasurer, brand: Pick<DeckBrand, "faceLabels" | "words">): CardFit {
  const labels = brand.faceLabels;
  const glyphs = missingGlyphs(card, faceWords(card, 1, labels), measurer);
  if (glyphs.length) return { sizes: [], problems: glyphs };
  const problems: ContentProblem[] = [];
  const sizes = printedCardSizes.map((cardSize): SizeFit => {
    const label = sayIn(brand.words)(`cardSizes.${cardSize}`);
    const design = scaledFace(cardSizes[cardSize].typeScale);
    try {
      const face = composeFace({ card, total: 1, size: cardSizeOf(cardSize), design, measurer, cardLabel: cardSize, labels });
      return { cardSize, label, size: face.body.set.size };
    } catch (error) {
      if (!(error instanceof BodyOverflow)) throw error;
      problems.push(...error.problems);
      return { cardSize, label, overLines: error.lines, floor: error.floor };
    }
  });
  return { sizes, problems };
}

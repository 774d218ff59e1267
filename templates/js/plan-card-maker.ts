// "Our plan" as a card (or two) for the deck, made on the reader's device by the deck's own renderer
// and fitting rules; part of the lazily loaded renderer bundle (custom-deck.ts), never sent anywhere.
import { isContentError } from "../../scripts/content/errors.js";
import { deckFilesFor } from "../../scripts/deck/deck-files.js";
import { fitsCardSize, planCards } from "../../scripts/deck/plan-card.js";
import { renderDeck } from "../../scripts/deck/render.js";
import { deckFonts, measurerFor } from "../../scripts/deck/text-measurer.js";
import type { Plan } from "./lib/device-data.js";
import { loadDeckInput } from "./lib/deck-input.js";
import { planCardInput, type StatementOnCard } from "./lib/plan-card-input.js";
import { word } from "./lib/words.js";

export interface PlanCardRequest {
  /** The build's deck input (for the fonts' addresses). */
  inputUrl: URL;
  /** The deck file whose paper, card size and backs the card should match. */
  fileName: string;
  plan: Plan;
  /** Every statement, in question order. */
  statements: StatementOnCard[];
}

export interface PlanCardFile {
  blob: Blob;
  fileName: string;
  cards: number;
  pages: number;
}

export async function makePlanCard({ inputUrl, fileName, plan, statements }: PlanCardRequest): Promise<PlanCardFile> {
  const { input, fonts } = await loadDeckInput(inputUrl);
  const file = deckFilesFor(input.brand).find((candidate) => candidate.fileName === fileName && candidate.cardSize === "poker" && candidate.imposition.id !== "calibration");
  if (!file) throw new Error(word("plan.notPoker", { file: fileName }));
  try {
    const cards = planCards(planCardInput(plan, statements), fitsCardSize(file.cardSize, measurerFor(deckFonts(fonts)), input.brand.faceLabels), input.brand.words);
    const title = file.discreet ? file.title : word("plan.pdfTitle");
    const { bytes, pages } = await renderDeck(cards, fonts, file, { brand: input.brand, updated: new Date(plan.createdAt), title });
    return {
      blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" }),
      fileName: file.fileName.replace(/\.pdf$/, file.discreet ? "-extra.pdf" : `-${word("plan.fileSuffix")}.pdf`),
      cards: cards.length,
      pages,
    };
  } catch (error) {
    if (!isContentError(error)) throw error;
    const character = /“(.+?)”/u.exec(error.problems[0].message)?.[1];
    throw new Error(character ? word("plan.glyph", { character }) : word("plan.doesNotFit"));
  }
}

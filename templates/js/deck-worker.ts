// The deck maker's renderer in a Web Worker, so the page never waits on it: it loads the cards and the
// print fonts from this site when first asked, checks own cards (schema, body, fonts, fit) and makes
// PDFs of chosen decks, saying how far along it is. Bundled into js/deck-worker.js (scripts/site/custom-deck-plugin.ts).
import { config } from "zod";
import { isContentError, type ContentProblem } from "../../scripts/content/errors.js";
import { ownCard } from "../../scripts/content/own-card.js";
import { cardFit } from "../../scripts/deck/card-fit.js";
import { chosenCards, chosenDeckFileName } from "../../scripts/deck/chosen-deck.js";
import { deckFilesFor } from "../../scripts/deck/deck-files.js";
import { renderDeck } from "../../scripts/deck/render.js";
import { isStockId } from "../../scripts/deck/sizes.js";
import { deckFonts, measurerFor } from "../../scripts/deck/text-measurer.js";
import { loadDeckInput, type DeckInput } from "./lib/deck-input.js";
import type { CardProblem, MakerAnswer, MakerMessage, MakerRequest, MakerStage } from "./lib/maker-protocol.js";
import type { FontBytes } from "../../scripts/fonts/fonts.js";

// The content schema runs here without zod's compiled fast path: compiling needs eval, which the site's CSP forbids.
config({ jitless: true });

type Loaded = { input: DeckInput; fonts: FontBytes };
let loaded: Promise<Loaded> | undefined;

/** How problems name an own card: by its title, as the reader wrote it (the page says it in its words). */
const cardName = (card: { title: string }) => card.title.trim();
const asProblem = ({ file, field, line, message, code, values }: ContentProblem): CardProblem => ({ card: file, field, line, message, code, values });

function check(request: Extract<MakerRequest, { type: "check" }>, { input, fonts }: Loaded): MakerAnswer {
  const made = ownCard(request.card, cardName(request.card));
  if (!made.ok) return { type: "checked", problems: made.problems.map(asProblem), sizes: [], blocks: [] };
  const fit = cardFit(made.card, measurerFor(deckFonts(fonts)), input.brand);
  return { type: "checked", problems: fit.problems.map(asProblem), sizes: fit.sizes, blocks: made.card.blocks };
}

/**
 * The chosen deck in the chosen file: the seam for files made from a chosen deck. Every deck file the
 * build makes is offered (decks.json); one sized from the deck (a tuck box) is rendered the same way.
 */
async function make(request: Extract<MakerRequest, { type: "make" }>, { input, fonts }: Loaded, progress: (stage: MakerStage, done: number, of: number) => void): Promise<MakerAnswer> {
  const file = deckFilesFor(input.brand).find((candidate) => candidate.fileName === request.fileName && candidate.imposition.id !== "calibration");
  if (!file) return { type: "failed", reason: "notAFile", message: `${request.fileName} is not a file this site makes` };
  const chosen = chosenCards(request.choice, input.cards, cardName);
  if (!chosen.ok) return { type: "failed", reason: "ownUnprintable", message: "A card you wrote cannot be printed as it is.", problems: chosen.problems.map(asProblem) };
  if (chosen.cards.length === 0) return { type: "failed", reason: "chooseFirst", message: "Choose at least one card first." };
  const backOffset = file.imposition.acceptsBackOffset ? request.backOffset : undefined;
  const box = request.box && { stock: isStockId(request.box.stock) ? request.box.stock : undefined, layers: request.box.layers === 2 ? (2 as const) : (1 as const) };
  progress("fitting", 0, 1);
  try {
    const made = await renderDeck(chosen.cards, fonts, file, { brand: input.brand, updated: new Date(input.updated), backOffset, box, onProgress: (done, of) => progress("drawing", done, of) });
    const bytes = made.bytes.buffer.slice(made.bytes.byteOffset, made.bytes.byteOffset + made.bytes.byteLength) as ArrayBuffer;
    const boxed = made.box && { cards: made.box.cards, of: chosen.cards.length, depthMm: made.box.size.inner.depth };
    return { type: "made", bytes, fileName: chosenDeckFileName(file, chosen.cards.length, backOffset), pages: made.pages, cards: made.cards, unknown: chosen.unknown, box: boxed };
  } catch (error) {
    if (!isContentError(error)) throw error;
    return { type: "failed", reason: "cardUnprintable", message: "A card cannot be printed as it is.", problems: error.problems.map(asProblem) };
  }
}

self.onmessage = async ({ data }: MessageEvent<MakerMessage>) => {
  if (!("input" in data)) return;
  const { id } = data;
  const say = (answer: MakerAnswer) => (self as unknown as Worker).postMessage({ id, ...answer }, answer.type === "made" ? [answer.bytes] : []);
  const progress = (stage: MakerStage, done: number, of: number) => (self as unknown as Worker).postMessage({ id, type: "progress", stage, done, of });
  try {
    if (!loaded) {
      progress("loading", 0, 1);
      loaded = loadDeckInput(new URL(data.input, self.location.href)).catch((error) => {
        loaded = undefined; // fetched again next time (the connection may be back)
        throw error;
      });
    }
    const ready = await loaded.catch((error: Error) => {
      throw Object.assign(new Error(error.message), { offline: true });
    });
    say(data.type === "check" ? check(data, ready) : await make(data, ready, progress));
  } catch (error) {
    say({ type: "failed", message: (error as Error).message, offline: (error as { offline?: boolean }).offline === true || error instanceof TypeError });
  }
};

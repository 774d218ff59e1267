// Renders a tuck box for any deck: card count, card size, stock and paper in; PDF bytes out. No Node APIs (the deck maker calls it in the browser).
import type { FontBytes } from "../fonts/fonts.js";
import type { DeckBrand } from "./settings-deck-files.js";
import { drawBoxPage } from "./draw/tuck-box-net.js";
import { openDocument } from "./pdf-doc.js";
import { sayIn } from "./say.js";
import { cardSizes, type CardSizeId, type PaperId, type StockId } from "./sizes.js";
import { deckFonts, measurerFor } from "./text-measurer.js";
import { planBox } from "./tuck-box-plan.js";
import type { BoxSize } from "./tuck-box.js";

export interface TuckBoxRequest {
  /** How many cards the box holds. */
  cards: number;
  cardSize: CardSizeId;
  /** What the cards (and the box) are printed on. */
  stock: StockId;
  /** 2 for fold-over cards: each is two sheets thick. */
  layers?: 1 | 2;
  paper: PaperId;
  /** The emblem alone on the front and a neutral document title. */
  plain?: boolean;
  fonts: FontBytes;
  /** The PDF's dates: the same request gives the same bytes. */
  updated: Date;
  title?: string;
  lang?: string;
  /** The publisher's name, back word, colours and words (their language's). */
  brand: DeckBrand;
}

export interface RenderedBox {
  bytes: Uint8Array;
  pages: number;
  /** The box's inside and panel sizes, in millimetres. */
  box: BoxSize;
}

/**
 * The box as a PDF: one sheet, or two when the net does not fit one. Throws BoxTooBigError (a
 * RangeError, with a sentence to show) when it does not fit even on two sheets of that paper.
 */
export async function renderTuckBox(request: TuckBoxRequest): Promise<RenderedBox> {
  const { cards, cardSize, stock, layers = 1, paper, plain = false, fonts, updated, brand } = request;
  const plan = planBox({ card: cardSizes[cardSize], cards, stock, layers }, paper);
  const parsed = deckFonts(fonts);
  const measurer = measurerFor(parsed);
  const say = sayIn(brand.words);
  const { doc, root, finish } = openDocument({
    title: request.title ?? (plain ? say("box.plainTitle") : say("box.title", { name: brand.name })),
    lang: request.lang ?? brand.lang,
    updated,
    duplex: false,
    discreet: plain,
    author: brand.name,
    creator: say(plain ? "pdf.creatorDiscreet" : "pdf.creator", { name: brand.name }),
    fonts,
    shapers: parsed,
  });
  const stockName = say(`stocks.${stock}`);
  const stockLabel = layers === 2 ? say("box.foldedOver", { stock: stockName }) : stockName;
  for (const page of plan) {
    doc.addPage({ size: [page.size.width, page.size.height], margin: 0 });
    drawBoxPage(doc, page.box!, { plain, cards, stockLabel, measurer, parent: root, text: brand.backText, colours: brand.colours, say, lang: request.lang ?? brand.lang });
  }
  return { bytes: await finish(), pages: plan.length, box: plan[0].box!.size };
}

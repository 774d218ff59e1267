// The renderer: cards, font bytes and a deck file in; PDF bytes out. No Node APIs, so it can run in a browser.
import { ContentError, type ContentProblem } from "../content/errors.js";
import type { Card } from "../content/types.js";
import type { FontBytes } from "../fonts/fonts.js";
import type { DeckBrand, FaceLabels } from "./settings-deck-files.js";
import { scaledFace } from "./design.js";
import { drawBackEmblem, drawBackField } from "./draw/back.js";
import { drawCalibrationBack, drawCalibrationFront } from "./draw/calibration.js";
import { drawFace } from "./draw/face.js";
import { drawCornerGuides, drawCropMarks, drawFoldLine, drawRegistrationMarks } from "./draw/marks.js";
import { composeFace, type ComposedFace } from "./compose-face.js";
import { mm, noOffset, type Offset } from "./geometry.js";
import { cardFrame, cornerArcs, uprightSize } from "./guides.js";
import { missingGlyphs } from "./glyphs.js";
import type { DeckFile } from "./deck-files.js";
import { deckFonts, measurerFor, type TextMeasurer } from "./text-measurer.js";
import { openDocument, setPageBoxes, type Doc, type StructElement } from "./pdf-doc.js";
import { cardSizeOf, planDeck, type PagePlan } from "./plan-deck.js";
import { renderTuckBox } from "./render-tuck-box.js";
import { boxedCards } from "./tuck-box-plan.js";
import { cardSizes, type CardSizeId, type StockId } from "./sizes.js";
import type { BoxSize } from "./tuck-box.js";
import { sayIn } from "./say.js";
import { faceWords } from "./face-words.js";

export interface RenderOptions {
  /** The publisher's names and colours (deckBrandOf(settings)): the PDFs name no one else. */
  brand: DeckBrand;
  /** When the content last changed: the PDF's dates, so the same content gives the same bytes. */
  updated: Date;
  /** Millimetres to move duplex backs by, for printers that drift. */
  backOffset?: Offset;
  /** Replaces the file's document title. */
  title?: string;
  /** Faint 3 mm corner-radius arcs on every front, for a corner punch (off by default: on a square-cut card they would stay). */
  cornerGuides?: boolean;
  lang?: string;
  /** Told after each page is drawn (and once before the first), so a page can show how far along it is. */
  onProgress?: (pagesDone: number, pages: number) => void;
  /** A tuck box's cards as printed: their stock (the file's when left out) and 2 layers when folded over. */
  box?: { stock?: StockId; layers?: 1 | 2 };
}

export interface RenderedDeck {
  bytes: Uint8Array;
  pages: number;
  cards: number;
  /** A tuck box: how many of the cards it holds, and its sizes. */
  box?: { cards: number; size: BoxSize };
}

const fittedSizes = new WeakMap<TextMeasurer, WeakMap<Card, Map<string, number>>>();

/**
 * Fits every card for a card size and returns each body's size, reporting every missing glyph and
 * every overflow together. Only the size is cached per (fonts, card, card size), not the composed
 * face: holding 10,000 faces cost more memory than setting each again at its known size when drawn.
 */
export function fitFaces(cards: Card[], cardSize: CardSizeId, measurer: TextMeasurer, labels: FaceLabels): number[] {
  let byCard = fittedSizes.get(measurer);
  if (!byCard) fittedSizes.set(measurer, (byCard = new WeakMap()));
  const design = scaledFace(cardSizes[cardSize].typeScale);
  const trim = cardSizeOf(cardSize);
  const problems: ContentProblem[] = [];
  const sizes: number[] = [];
  for (const card of cards) {
    let known = byCard.get(card);
    if (!known) byCard.set(card, (known = new Map()));
    // The face's small words take room too: a size fitted in one language is not another's.
    const words = faceWords(card, cards.length, labels);
    const key = [cardSize, cards.length, words.kind, words.category, words.when, ...words.foot.map((item) => item.label)].join("/");
    const cached = known.get(key);
    if (cached !== undefined) {
      sizes.push(cached);
      continue;
    }
    const glyphProblems = missingGlyphs(card, words, measurer);
    if (glyphProblems.length) {
      problems.push(...glyphProblems);
      continue;
    }
    try {
      const size = composeFace({ card, total: cards.length, size: trim, design, measurer, cardLabel: cardSize, labels }).body.set.size;
      known.set(key, size);
      sizes.push(size);
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length) throw new ContentError(problems);
  return sizes;
}

/** Every face composed for a card size (fitted first, so content errors come all at once). */
export function composeFaces(cards: Card[], cardSize: CardSizeId, measurer: TextMeasurer, labels: FaceLabels): ComposedFace[] {
  const sizes = fitFaces(cards, cardSize, measurer, labels);
  return cards.map((_, i) => faceAt(cards, i, { cardSize, measurer, sizes, labels }));
}

function faceAt(cards: Card[], index: number, { cardSize, measurer, sizes, labels }: { cardSize: CardSizeId; measurer: TextMeasurer; sizes: number[]; labels: FaceLabels }): ComposedFace {
  const design = scaledFace(cardSizes[cardSize].typeScale);
  return composeFace({ card: cards[index], total: cards.length, size: cardSizeOf(cardSize), design, measurer, cardLabel: cardSize, labels, bodySize: sizes[index] });
}

/** The corner radius the optional guides show: what common corner punches cut. */
export const cornerGuideRadiusMm = 3;

export async function renderDeck(cards: Card[], fonts: FontBytes, file: DeckFile, options: RenderOptions): Promise<RenderedDeck> {
  if (file.imposition.id === "tuck-box") {
    const { stock = file.stock, layers = 1 } = options.box ?? {};
    const boxed = boxedCards({ card: cardSizes[file.cardSize], cards: cards.length, stock, layers }, file.paper ?? "letter");
    const box = await renderTuckBox({
      cards: boxed, cardSize: file.cardSize, stock, layers, paper: file.paper ?? "letter", plain: file.discreet,
      fonts, updated: options.updated, title: options.title ?? file.title, lang: options.lang, brand: options.brand,
    });
    return { bytes: box.bytes, pages: box.pages, cards: 0, box: { cards: boxed, size: box.box } };
  }
  const parsed = deckFonts(fonts);
  const measurer = measurerFor(parsed);
  const carries = file.imposition.carriesCards;
  const sizes = carries ? fitFaces(cards, file.cardSize, measurer, options.brand.faceLabels) : [];
  const plan = planDeck(file, carries ? cards.length : 0, options.backOffset ?? noOffset);
  const { doc, root, finish } = openDocument({
    title: options.title ?? file.title,
    lang: options.lang ?? options.brand.lang,
    updated: options.updated,
    duplex: file.imposition.twoSided,
    discreet: file.discreet,
    author: options.brand.name,
    creator: sayIn(options.brand.words)(file.discreet ? "pdf.creatorDiscreet" : "pdf.creator", { name: options.brand.name }),
    fonts,
    shapers: parsed,
  });

  options.onProgress?.(0, plan.length);
  plan.forEach((page, index) => {
    doc.addPage({ size: [page.size.width, page.size.height], margin: 0 });
    if (page.trimBox && page.bleedBox) setPageBoxes(doc, page.trimBox, page.bleedBox);
    if (file.imposition.id === "calibration") (index === 0 ? drawCalibrationFront : drawCalibrationBack)(doc, page.size, root, options.brand);
    else drawCardPage(doc, page, { cards, file, sizes, measurer, root, cornerGuides: options.cornerGuides ?? false, brand: options.brand });
    options.onProgress?.(index + 1, plan.length);
  });

  const bytes = await finish();
  return { bytes, pages: plan.length, cards: carries ? cards.length : 0 };
}

interface CardPageContext {
  cards: Card[];
  file: DeckFile;
  sizes: number[];
  measurer: TextMeasurer;
  root: StructElement;
  cornerGuides: boolean;
  brand: DeckBrand;
}

/** Backs, fronts (turned into their frame when the sheet lays them sideways), then marks and guides. */
function drawCardPage(doc: Doc, page: PagePlan, { cards, file, sizes, measurer, root, cornerGuides, brand }: CardPageContext): void {
  const outline = file.ink === "saver";
  const { colours } = brand;
  if (!outline) drawBackField(doc, page.backs.map((back) => back.paint), colours);
  for (const back of page.backs) drawBackEmblem(doc, back, { plain: file.discreet, outline, text: brand.backText, colours }, measurer);
  for (const front of page.fronts) {
    const face = faceAt(cards, front.card, { cardSize: file.cardSize, measurer, sizes, labels: brand.faceLabels });
    const placement = { background: file.frontBackground, outline, parent: root, colours };
    if (front.rotation === 0) {
      drawFace(doc, face, { ...placement, trim: front.trim, paint: front.paint });
      continue;
    }
    // Turned cards are drawn upright in their own frame; no turned file has front bleed, so paint is the trim.
    const own = { x: 0, y: 0, ...uprightSize(front.trim, front.rotation) };
    doc.save();
    doc.transform(...cardFrame(front.trim, front.rotation));
    drawFace(doc, face, { ...placement, trim: own, paint: own });
    doc.restore();
  }
  if (cornerGuides) drawCornerGuides(doc, page.fronts.flatMap((front) => cornerArcs(front.trim, mm(cornerGuideRadiusMm))), colours);
  drawCropMarks(doc, [...page.marks, ...(page.guides ?? [])], page.size);
  drawRegistrationMarks(doc, page.registration ?? []);
  if (page.foldLine) drawFoldLine(doc, page.foldLine, { label: sayIn(brand.words)("foldHere"), measurer, colours });
}

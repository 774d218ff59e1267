// The renderer: cards, font bytes and a layout in; PDF bytes out. No Node APIs, so it can run in a browser.
import { ContentError, type ContentProblem } from "../content/errors.js";
import type { Card } from "../content/types.js";
import type { FontBytes } from "../fonts/fonts.js";
import { scaledFace } from "./design.js";
import { drawBackEmblem, drawBackField } from "./draw/back.js";
import { drawCalibrationBack, drawCalibrationFront } from "./draw/calibration.js";
import { drawFace } from "./draw/face.js";
import { drawCropMarks, drawFoldLine } from "./draw/marks.js";
import { layoutFace, type FaceLayout } from "./face-layout.js";
import { noOffset, type Offset } from "./geometry.js";
import { missingGlyphs } from "./glyphs.js";
import type { Layout } from "./layouts.js";
import { deckFonts, measurerFor, type TextMeasurer } from "./measure.js";
import { openDocument, setPageBoxes } from "./pdf-doc.js";
import { cardSizeOf, planDeck } from "./plan.js";
import { cardSizes } from "./sizes.js";
import { faceWords } from "./words.js";

export interface RenderOptions {
  /** When the content last changed: the PDF's dates, so the same content gives the same bytes. */
  updated: Date;
  /** Millimetres to move duplex backs by, for printers that drift. */
  backOffset?: Offset;
  /** Replaces the layout's document title. */
  title?: string;
  lang?: string;
}

export interface RenderedDeck {
  bytes: Uint8Array;
  pages: number;
  cards: number;
}

const faceCache = new WeakMap<TextMeasurer, WeakMap<Card, Map<string, FaceLayout>>>();

/**
 * Lays out every face for a card size, reporting every missing glyph and every overflow together.
 * Layouts are cached per (fonts, card, size), so rendering eleven PDFs fits each card once per size.
 */
export function layoutFaces(cards: Card[], cardSize: Layout["cardSize"], measurer: TextMeasurer): FaceLayout[] {
  let byCard = faceCache.get(measurer);
  if (!byCard) faceCache.set(measurer, (byCard = new WeakMap()));
  const size = cardSizes[cardSize];
  const design = scaledFace(size.typeScale);
  const trim = cardSizeOf({ cardSize } as Layout);
  const key = `${cardSize}/${cards.length}`;
  const problems: ContentProblem[] = [];
  const faces: FaceLayout[] = [];
  for (const card of cards) {
    let sizes = byCard.get(card);
    if (!sizes) byCard.set(card, (sizes = new Map()));
    const cached = sizes.get(key);
    if (cached) {
      faces.push(cached);
      continue;
    }
    const glyphProblems = missingGlyphs(card, faceWords(card, cards.length), measurer);
    if (glyphProblems.length) {
      problems.push(...glyphProblems);
      continue;
    }
    try {
      const face = layoutFace(card, cards.length, trim, design, measurer, cardSize);
      sizes.set(key, face);
      faces.push(face);
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length) throw new ContentError(problems);
  return faces;
}

export async function renderDeck(cards: Card[], fonts: FontBytes, layout: Layout, options: RenderOptions): Promise<RenderedDeck> {
  const parsed = deckFonts(fonts);
  const measurer = measurerFor(parsed);
  const calibration = layout.style === "calibration";
  const faces = calibration ? [] : layoutFaces(cards, layout.cardSize, measurer);
  const plan = planDeck(layout, calibration ? 0 : cards.length, options.backOffset ?? noOffset);
  const { doc, root, finish } = openDocument({
    title: options.title ?? layout.title,
    lang: options.lang ?? "en",
    updated: options.updated,
    duplex: layout.style === "home-duplex" || calibration,
    discreet: layout.discreet,
    fonts,
    shapers: parsed,
  });

  plan.forEach((page, index) => {
    doc.addPage({ size: [page.size.width, page.size.height], margin: 0 });
    if (page.trimBox && page.bleedBox) setPageBoxes(doc, page.trimBox, page.bleedBox);
    if (calibration) {
      (index === 0 ? drawCalibrationFront : drawCalibrationBack)(doc, page.size, root);
      return;
    }
    drawBackField(doc, page.backs.map((back) => back.paint));
    for (const back of page.backs) drawBackEmblem(doc, back.trim, back.rotation, { plain: layout.discreet }, measurer);
    for (const front of page.fronts) {
      drawFace(doc, faces[front.card], front.trim, { background: layout.frontBackground, paint: front.paint }, root);
    }
    drawCropMarks(doc, page.marks);
    if (page.foldLine) drawFoldLine(doc, page.foldLine, "fold here, printed side out", measurer);
  });

  const bytes = await finish();
  return { bytes, pages: plan.length, cards: calibration ? 0 : cards.length };
}

// Where everything on a card face goes, relative to the card's top-left corner: measured, fitted, not drawn.
import type { FaceLabels } from "../content/brand.js";
import type { Card } from "../content/types.js";
import type { FontRole } from "../fonts/fonts.js";
import type { FaceDesign } from "./design.js";
import { categoryDot, faceTexts, printed, type FaceText } from "./face-texts.js";
import { fitBody, prepareBody, setBody, type SetBody } from "./fit.js";
import type { Size } from "./geometry.js";
import { wrapPlain } from "./line-break.js";
import type { TextMeasurer } from "./text-measurer.js";
import { faceWords, type FaceWords, type FootIcon } from "./face-words.js";

/** One of the face's printed strings with its left edge, from the card's left (its baseline is its row's). */
export interface PlacedText extends FaceText {
  x: number;
}

export interface FootItem {
  field: FootIcon;
  level: number;
  iconX: number;
  label: PlacedText;
}

export interface ComposedFace {
  card: Card;
  words: FaceWords;
  /** Every string the face prints: the header, title and foot are placed from these, the body from the same runs. */
  texts: FaceText[];
  size: Size;
  design: FaceDesign;
  header: { baseline: number; markX: number; kind: PlacedText; category: PlacedText; number: PlacedText };
  title: { role: FontRole; lines: string[]; baselines: number[] };
  /** The accent rule under the title, and beside it when the card fits ("Right after"). */
  rule: { y: number; width: number; height: number; when: PlacedText & { baseline: number } };
  body: { x: number; y: number; width: number; height: number; set: SetBody };
  foot: { baseline: number; lineY: number; size: number; items: FootItem[] };
}

/** What a face is composed from. */
export interface FaceRequest {
  card: Card;
  /** How many cards the deck has: the number reads "3 / 40". */
  total: number;
  /** The card's trim size. */
  size: Size;
  design: FaceDesign;
  measurer: TextMeasurer;
  /** The card size's name (e.g. "poker"), for the overflow message. */
  cardLabel: string;
  /** The face's small words in the brand's language (DeckBrand.faceLabels). */
  labels: FaceLabels;
  /** A body size found by an earlier fit: the body is set at that size directly, without searching again. */
  bodySize?: number;
}

/** Composes one card face for a card size; throws ContentError if the body cannot fit. */
export function composeFace({ card, total, size, design, measurer, cardLabel, labels, bodySize }: FaceRequest): ComposedFace {
  const words = faceWords(card, total, labels);
  const texts = faceTexts(card, words);
  const d = design;
  const inner = size.width - 2 * d.inset;

  const headerBaseline = d.inset + d.labelSize;
  const markSize = d.labelSize * 1.05;
  const kind = printed(texts, "kind");
  const kindX = d.inset + markSize + d.labelSize * 0.6;
  const kindWidth = measurer.width(kind.role, kind.text, d.labelSize);
  // The category starts with its dot, which sits two spaces after the kind.
  const categoryX = kindX + kindWidth + measurer.width("body", `  ${categoryDot}`, d.labelSize);
  const dotWidth = measurer.width("body", categoryDot, d.labelSize);
  const number = printed(texts, "number");
  const numberX = size.width - d.inset - measurer.width(number.role, number.text, d.labelSize);

  const title = printed(texts, "title");
  const titleLines = wrapPlain(title.text, { role: title.role, size: d.titleSize, width: inner }, measurer);
  const titleStep = d.titleSize * d.titleLineHeight;
  const firstTitleBaseline = headerBaseline + d.labelSize * 1.4 + d.titleSize * 0.95;
  const titleBaselines = titleLines.map((_, i) => firstTitleBaseline + i * titleStep);
  const lastTitle = titleBaselines[titleBaselines.length - 1] ?? firstTitleBaseline;
  const ruleY = lastTitle + d.titleSize * 0.6;
  const ruleWidth = d.titleSize * 1.6;
  const ruleHeight = Math.max(0.75, d.titleSize * 0.06);
  // The when label's lowercase letters are centred on the rule, so the two read as one line.
  const when = { ...printed(texts, "when"), x: d.inset + ruleWidth + d.labelSize * 0.8, baseline: ruleY + (ruleHeight + d.labelSize * d.xHeight) / 2 };

  // The foot: three icon + word pairs spread across the width; shrinks a little if the words are long.
  let footSize = d.footSize;
  const footLabels = words.foot.map((item) => ({ field: item.field, level: item.level, text: printed(texts, item.field) }));
  const items = (sizeNow: number) => footLabels.map((f) => ({ ...f, width: d.iconSize + sizeNow * 0.45 + measurer.width(f.text.role, f.text.text, sizeNow) }));
  let measured = items(footSize);
  const minGap = footSize * 0.9;
  while (measured.reduce((s, i) => s + i.width, 0) + 2 * minGap > inner && footSize > 5.5) {
    footSize -= 0.25;
    measured = items(footSize);
  }
  const gap = (inner - measured.reduce((s, i) => s + i.width, 0)) / 2;
  let x = d.inset;
  const footItems: FootItem[] = measured.map((item) => {
    const placed = { field: item.field, level: item.level, iconX: x, label: { ...item.text, x: x + d.iconSize + footSize * 0.45 } };
    x += item.width + gap;
    return placed;
  });
  const footBaseline = size.height - d.inset;
  const footLineY = footBaseline - footSize - d.labelSize * 0.9;

  const bodyY = ruleY + d.bodySize * 0.75;
  const bodyHeight = footLineY - d.bodySize * 0.7 - bodyY;
  const set =
    bodySize === undefined
      ? fitBody(card.blocks, { box: { width: inner, height: bodyHeight }, design: d, measurer, file: card.file, cardLabel })
      : setBody(prepareBody(card.blocks, measurer), { width: inner, size: bodySize }, d, measurer);

  return {
    card,
    words,
    texts,
    size,
    design,
    header: {
      baseline: headerBaseline,
      markX: d.inset,
      kind: { ...kind, x: kindX },
      category: { ...printed(texts, "category"), x: categoryX - dotWidth },
      number: { ...number, x: numberX },
    },
    title: { role: title.role, lines: titleLines, baselines: titleBaselines },
    rule: { y: ruleY, width: ruleWidth, height: ruleHeight, when },
    body: { x: d.inset, y: bodyY, width: inner, height: bodyHeight, set },
    foot: { baseline: footBaseline, lineY: footLineY, size: footSize, items: footItems },
  };
}

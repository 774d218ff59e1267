// The card face's type sizes and spacing as data, for poker size (other sizes scale them), and its kind accents.
import { kindColours, type PrintPalette } from "../content/palette.js";
import type { Kind } from "../content/vocabulary.js";

export interface FaceDesign {
  /** Text keeps this far inside the trim (≥ 1/8 in safe area). */
  inset: number;
  labelSize: number;
  titleSize: number;
  titleLineHeight: number;
  titleMaxLines: number;
  bodySize: number;
  /** The body never shrinks below this. */
  bodyFloor: number;
  /** Step of the binary search over body sizes. */
  bodyStep: number;
  lineHeight: number;
  paragraphGap: number;
  listIndent: number;
  itemGap: number;
  footSize: number;
  iconSize: number;
  /** The body face's x-height as a share of its size (Atkinson Hyperlegible: 0.496). */
  xHeight: number;
}

export const pokerFace: FaceDesign = {
  inset: 13,
  labelSize: 6.5,
  titleSize: 14,
  titleLineHeight: 1.12,
  titleMaxLines: 3,
  bodySize: 9.5,
  bodyFloor: 8,
  bodyStep: 0.25,
  lineHeight: 1.3,
  paragraphGap: 0.55,
  listIndent: 0.95,
  itemGap: 0.2,
  footSize: 6.5,
  iconSize: 7,
  xHeight: 0.496,
};

/** The poker design scaled for a bigger card; the floor never drops below 8 pt. */
export function scaledFace(scale: number): FaceDesign {
  const d = pokerFace;
  return {
    ...d,
    inset: d.inset * scale,
    labelSize: d.labelSize * scale,
    titleSize: d.titleSize * scale,
    bodySize: d.bodySize * scale,
    bodyFloor: Math.max(8, d.bodyFloor * scale),
    footSize: d.footSize * scale,
    iconSize: d.iconSize * scale,
  };
}

/** The printed colours come from the settings (DeckBrand.colours, scripts/content/palette.ts); the kind accents are design constants. */
export type DeckColours = PrintPalette;

/** One accent per kind, each with a distinct lightness so greyscale keeps them apart. */
export const kindAccent: Record<Kind, string> = kindColours.print;

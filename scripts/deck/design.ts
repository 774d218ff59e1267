// The card face's type sizes, spacing and colours as data, for poker size; other sizes scale them.
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

/** Warm ink on warm paper; one accent per kind, each with a distinct lightness so greyscale keeps them apart. */
export const colours = {
  ink: "#3a2e2b",
  muted: "#7a6963",
  rule: "#d8c8c1",
  paper: "#fbf6f1",
  backField: "#ecdcd6",
  backPattern: "#d9bfb7",
  backEmblem: "#9c4a5c",
  backWord: "#6e3a47",
  marks: "#000000",
};

export const kindAccent: Record<Kind, string> = {
  start: "#9a6510",
  ritual: "#a4445c",
  conversation: "#5e4a86",
  "check-in": "#2f6b63",
  affirmation: "#b0522e",
};

// Text measurement with the embedded fonts: fontkit faces parsed once per font-bytes set, word widths cached.
import * as fontkit from "fontkit";
import type { FontBytes, FontRole } from "../fonts/fonts.js";

export type DeckFonts = Record<FontRole, fontkit.Font>;

const parsed = new WeakMap<FontBytes, DeckFonts>();

/** The fontkit faces for a set of font bytes, parsed once and shared by every document drawn with them. */
export function deckFonts(bytes: FontBytes): DeckFonts {
  let fonts = parsed.get(bytes);
  if (!fonts) {
    fonts = Object.fromEntries(
      Object.entries(bytes).map(([role, data]) => [role, fontkit.create(data)]),
    ) as DeckFonts;
    parsed.set(bytes, fonts);
  }
  return fonts;
}

/** Measures strings in points; widths per (face, string) are cached at 1 pt and scaled. */
export class TextMeasurer {
  private readonly widths = new Map<FontRole, Map<string, number>>();

  constructor(readonly fonts: DeckFonts) {}

  /** Width of `text` at 1 pt, with the same shaping (kerning, ligatures) pdfkit applies when drawing. */
  unitWidth(role: FontRole, text: string): number {
    let cache = this.widths.get(role);
    if (!cache) this.widths.set(role, (cache = new Map()));
    let width = cache.get(text);
    if (width === undefined) {
      const font = this.fonts[role];
      width = font.layout(text).advanceWidth / font.unitsPerEm;
      cache.set(text, width);
    }
    return width;
  }

  width(role: FontRole, text: string, size: number): number {
    return this.unitWidth(role, text) * size;
  }

  hasGlyph(role: FontRole, codePoint: number): boolean {
    return this.fonts[role].hasGlyphForCodePoint(codePoint);
  }

  familyOf(role: FontRole): string {
    return this.fonts[role].postscriptName;
  }
}

const measurers = new WeakMap<DeckFonts, TextMeasurer>();

/** One measurer per parsed font set, so caches survive across layouts and documents. */
export function measurerFor(fonts: DeckFonts): TextMeasurer {
  let measurer = measurers.get(fonts);
  if (!measurer) measurers.set(fonts, (measurer = new TextMeasurer(fonts)));
  return measurer;
}

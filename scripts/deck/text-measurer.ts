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

/**
 * Measures strings in points from glyph advances cached per (face, character), widths per (face, word)
 * cached at 1 pt and scaled. Kerning is left out: shaping every new word with fontkit cost more than the
 * rest of the fit, and kerning only ever moves a line's end by a fraction of a point, inside the safe area.
 */
export class TextMeasurer {
  private readonly widths = new Map<FontRole, Map<string, number>>();
  private readonly advances = new Map<FontRole, Map<number, number>>();

  constructor(readonly fonts: DeckFonts) {}

  /** Width of `text` at 1 pt, with the same shaping (kerning, ligatures) pdfkit applies when drawing. */
  unitWidth(role: FontRole, text: string): number {
    let cache = this.widths.get(role);
    if (!cache) this.widths.set(role, (cache = new Map()));
    let width = cache.get(text);
    if (width === undefined) {
      width = 0;
      for (const char of text) width += this.advance(role, char.codePointAt(0)!);
      cache.set(text, width);
    }
    return width;
  }

  /** One character's advance at 1 pt. */
  private advance(role: FontRole, codePoint: number): number {
    let cache = this.advances.get(role);
    if (!cache) this.advances.set(role, (cache = new Map()));
    let advance = cache.get(codePoint);
    if (advance === undefined) {
      const font = this.fonts[role];
      advance = font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
      cache.set(codePoint, advance);
    }
    return advance;
  }

  width(role: FontRole, text: string, size: number): number {
    return this.unitWidth(role, text) * size;
  }

  private readonly glyphs = new Map<FontRole, Map<number, boolean>>();

  hasGlyph(role: FontRole, codePoint: number): boolean {
    let cache = this.glyphs.get(role);
    if (!cache) this.glyphs.set(role, (cache = new Map()));
    let has = cache.get(codePoint);
    if (has === undefined) cache.set(codePoint, (has = this.fonts[role].hasGlyphForCodePoint(codePoint)));
    return has;
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

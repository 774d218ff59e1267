// The small part of fontkit (pdfkit's own font engine) the deck uses to measure, shape and check text.
declare module "fontkit" {
  export interface Glyph {
    id: number;
    advanceWidth: number;
    /** The characters this glyph stands for (for ligatures, several). */
    codePoints: number[];
  }
  /** Where one shaped glyph goes, in font units: its advance after kerning and any offset (combining marks). */
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface GlyphRun {
    advanceWidth: number;
    glyphs: Glyph[];
    /** One per glyph, in the same order. */
    positions: GlyphPosition[];
  }
  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    lineGap: number;
    capHeight: number;
    xHeight: number;
    layout(text: string, features?: string[] | Record<string, boolean>): GlyphRun;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}

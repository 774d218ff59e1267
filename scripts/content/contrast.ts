// Colour arithmetic for the settings' palette: hex colours, mixes, and WCAG 2.2 relative luminance and contrast ratio.

export type Rgb = readonly [number, number, number];

/** "#3a2e2b" as channels 0–255 (the schema admits only six-digit hex). */
export function parseHex(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export const toHex = (rgb: Rgb): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;

/** `share` of `to` in `from`, per channel in sRGB, as CSS color-mix(in srgb) does: mix(a, b, 0) is a, mix(a, b, 1) is b. */
export const mix = (from: string, to: string, share: number): string => {
  const a = parseHex(from);
  const b = parseHex(to);
  return toHex([0, 1, 2].map((i) => a[i] + (b[i] - a[i]) * share) as unknown as Rgb);
};

/** WCAG relative luminance of an sRGB colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, from 1 to 21, whichever is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** A ratio as a reader compares it with a threshold: rounded down, so 4.49 never shows as 4.5. */
export const formatRatio = (ratio: number): string => `${Math.floor(ratio * 10) / 10}:1`;

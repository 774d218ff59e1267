// Paths in a page's content stream, as pdfkit writes them (top-down user space): straight lines and rectangles.

const number = String.raw`(-?[\d.]+)`;

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Every "x y m x y l" pair: a moveTo followed by one lineTo. */
export function lineSegments(content: string): Line[] {
  const pattern = new RegExp(String.raw`${number} ${number} m\s+${number} ${number} l\b`, "g");
  return [...content.matchAll(pattern)].map(([, x1, y1, x2, y2]) => ({ x1: +x1, y1: +y1, x2: +x2, y2: +y2 }));
}

/** Every "x y w h re" rectangle. */
export function rectangles(content: string): { x: number; y: number; width: number; height: number }[] {
  const pattern = new RegExp(String.raw`${number} ${number} ${number} ${number} re\b`, "g");
  return [...content.matchAll(pattern)].map(([, x, y, width, height]) => ({ x: +x, y: +y, width: +width, height: +height }));
}

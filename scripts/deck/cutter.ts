// Sheets for cutting machines (Silhouette style), pure: the registration marks the machine's eye looks for, and the SVG cut file.
import { mm, toMm, type Rect, type Size } from "./geometry.js";

/** The marks as Silhouette Studio draws them (type 1): inset from the paper edges, length and thickness, in millimetres. */
export const registrationRule = { insetMm: 10, lengthMm: 5, thicknessMm: 1 } as const;
/** Cards keep at least this far from every mark, so the machine's sensor sees only the mark. */
export const registrationClearMm = 2;
/** Gap between neighbouring cards on a cutter sheet, and the most bleed a card may have there. */
export const cutterGapMm = 1.25;
export const cutterBleedMm = 0.625;
/** The rounded corner a cut file may trace. */
export const cutCornerRadiusMm = 3;

/** A filled square at the top left, and L-shaped marks at the other three corners, as filled rectangles (points). */
export function registrationMarks(page: Size): Rect[] {
  const inset = mm(registrationRule.insetMm);
  const len = mm(registrationRule.lengthMm);
  const thick = mm(registrationRule.thicknessMm);
  const right = page.width - inset;
  const bottom = page.height - inset;
  return [
    { x: inset, y: inset, width: len, height: len },
    // Each L has its outer corner at the inset point, its arms running back along the edges.
    { x: right - len, y: inset, width: len, height: thick },
    { x: right - thick, y: inset, width: thick, height: len },
    { x: inset, y: bottom - thick, width: len, height: thick },
    { x: inset, y: bottom - len, width: thick, height: len },
    { x: right - len, y: bottom - thick, width: len, height: thick },
    { x: right - thick, y: bottom - len, width: thick, height: len },
  ];
}

const n = (points: number) => Number(toMm(points).toFixed(3));

/**
 * The SVG cut file for one sheet: one outline per card where the PDF prints it, in millimetres on a
 * viewBox the size of the paper, optionally with rounded corners. Nothing else, since a cutter cuts every path it is given.
 */
export function cutLinesSvg({ page, trims, radiusMm, title }: { page: Size; trims: Rect[]; radiusMm: number; title: string }): string {
  const w = n(page.width);
  const h = n(page.height);
  const corner = radiusMm > 0 ? ` rx="${radiusMm}" ry="${radiusMm}"` : "";
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}mm" height="${h}mm" viewBox="0 0 ${w} ${h}">`,
    `<title>${escape(title)}</title>`,
    `<g fill="none" stroke="#e4002b" stroke-width="0.1">`,
    ...trims.map((t) => `<rect x="${n(t.x)}" y="${n(t.y)}" width="${n(t.width)}" height="${n(t.height)}"${corner}/>`),
    "</g>",
    "</svg>",
    "",
  ].join("\n");
}

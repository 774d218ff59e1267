// Puts a tuck box's net on paper (millimetres): portrait if it fits inside the printable margins, landscape if not, else split over two sheets.
import type { Rect } from "./geometry.js";
import { boxNet, type BoxSize, type NetPiece } from "./tuck-box.js";
import { printerMarginMm } from "./sizes.js";

export interface BoxSheet {
  orientation: "portrait" | "landscape";
  /** The page in millimetres, as printed (landscape pages are wider than tall). */
  page: { width: number; height: number };
  piece: NetPiece;
  /** Where the piece's top-left corner sits on the page. */
  at: { x: number; y: number };
  /** Room below the net for the folding instructions, or null when they go on the back panel. */
  notes: Rect | null;
  /** 1-based, of `of` sheets. */
  sheet: number;
  of: number;
}

/** Height kept under the net for the instructions when the page has room. */
export const notesHeightMm = 20;

/** Why a box cannot be printed: thrown when the net does not fit even when split. */
export class BoxTooBigError extends RangeError {}

/**
 * The sheets for a box on a portrait paper size. The net stays at least `marginMm` (≥ 5 mm, what home
 * printers reach) inside every edge.
 */
export function boxSheets(size: BoxSize, paper: { widthMm: number; heightMm: number }, marginMm = printerMarginMm): BoxSheet[] {
  const portrait = { width: paper.widthMm, height: paper.heightMm };
  const landscape = { width: paper.heightMm, height: paper.widthMm };
  const place = (piece: NetPiece) => {
    for (const [orientation, page] of [["portrait", portrait], ["landscape", landscape]] as const) {
      if (piece.width <= page.width - 2 * marginMm + 1e-9 && piece.height <= page.height - 2 * marginMm + 1e-9) return { orientation, page, piece };
    }
    return null;
  };
  const whole = place(boxNet(size)[0]);
  const placed = whole ? [whole] : boxNet(size, true).map(place);
  if (placed.some((p) => p === null)) {
    const { width, height, depth } = size.panel;
    throw new BoxTooBigError(
      `a box of ${width.toFixed(1)} × ${height.toFixed(1)} × ${depth.toFixed(1)} mm does not fit on ${paper.widthMm} × ${paper.heightMm} mm paper, even over two sheets: fewer cards or thinner stock`,
    );
  }
  return placed.map((p, i) => {
    const { orientation, page, piece } = p!;
    const free = page.height - 2 * marginMm - piece.height;
    const notesRoom = free >= notesHeightMm + 4 ? notesHeightMm + 4 : 0;
    const at = { x: (page.width - piece.width) / 2, y: marginMm + (free - notesRoom) / 2 };
    const notes = notesRoom ? { x: at.x, y: at.y + piece.height + 4, width: piece.width, height: notesHeightMm } : null;
    return { orientation, page, piece, at, notes, sheet: i + 1, of: placed.length };
  });
}

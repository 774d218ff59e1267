// The page plans of a tuck box: its net placed on each sheet, converted to points.
import { mm, type Point, type Rect } from "./geometry.js";
import type { PagePlan } from "./page-plan.js";
import { BoxTooBigError, boxSheets } from "./tuck-box-sheet.js";
import { boxSize, type BoxRequest } from "./tuck-box.js";
import { papers, type PaperId } from "./sizes.js";

/** One page per sheet of the net for `request` on `paper`; throws BoxTooBigError when it cannot fit. */
export function planBox(request: BoxRequest, paper: PaperId): PagePlan[] {
  const size = boxSize(request);
  return boxSheets(size, papers[paper]).map((sheet) => {
    const point = (p: Point): Point => ({ x: mm(sheet.at.x + p.x), y: mm(sheet.at.y + p.y) });
    const rect = (r: Rect, origin = sheet.at): Rect => ({ x: mm(origin.x + r.x), y: mm(origin.y + r.y), width: mm(r.width), height: mm(r.height) });
    return {
      size: { width: mm(sheet.page.width), height: mm(sheet.page.height) },
      fronts: [],
      backs: [],
      marks: [],
      box: {
        size,
        outline: sheet.piece.outline.map(point),
        folds: sheet.piece.folds.map((f) => ({ from: point(f.from), to: point(f.to) })),
        panels: sheet.piece.panels.map((p) => ({ role: p.role, rect: rect(p.rect) })),
        notes: sheet.notes ? rect(sheet.notes, { x: 0, y: 0 }) : null,
        sheet: sheet.sheet,
        of: sheet.of,
      },
    };
  });
}

/**
 * How many of `cards` one box on `paper` holds: all of them when its net fits (on two sheets at most),
 * else the most that fit. The built box files use it, so a deck too thick for one box still gets a
 * box, and its facts say how many cards it holds.
 */
export function boxedCards(request: BoxRequest, paper: PaperId): number {
  const fits = (cards: number) => {
    try {
      boxSheets(boxSize({ ...request, cards }), papers[paper]);
      return true;
    } catch (error) {
      if (error instanceof BoxTooBigError) return false;
      throw error;
    }
  };
  if (fits(request.cards)) return request.cards;
  let [low, high] = [0, request.cards]; // fits(low) (or low is 0), !fits(high)
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return low;
}

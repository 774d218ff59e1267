// The page plans of a tuck box: its net placed on each sheet, converted to points.
import { mm, type Point, type Rect } from "./geometry.js";
import type { PagePlan } from "./page-plan.js";
import { boxSheets } from "./tuck-box-sheet.js";
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

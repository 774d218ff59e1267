// Every string a card face prints, with its field and font: what the face draws is what the glyph check checks.
import type { Run } from "../content/markdown.js";
import type { Card } from "../content/types.js";
import type { FontRole } from "../fonts/fonts.js";
import { listLabel, roleOf } from "./line-break.js";
import type { FaceWords, FootIcon } from "./face-words.js";

/** The card field a printed string comes from, as content errors name it. */
export type PrintedField = "title" | "when" | "body" | "kind" | "category" | "number" | FootIcon;

export interface FaceText {
  field: PrintedField;
  role: FontRole;
  text: string;
}

/** Set before the category, after the kind: a dot and two spaces. */
export const categoryDot = "·  ";

/** The body's strings: each run in its own face, and each list item's number or bullet. */
function bodyTexts(card: Card): FaceText[] {
  const runTexts = (runs: Run[]) => runs.map((run): FaceText => ({ field: "body", role: roleOf(run), text: run.text }));
  return card.blocks.flatMap((block) =>
    block.type === "paragraph"
      ? runTexts(block.runs)
      : block.items.flatMap((item, i): FaceText[] => [{ field: "body", role: "body", text: listLabel(block.ordered, i) }, ...runTexts(item)]),
  );
}

/**
 * Every string on one card's face, in reading order: composeFace places these and drawFace draws
 * them (the title wrapped and the body set into lines, word for word), so a new printed field added
 * here is also checked for glyphs.
 */
export function faceTexts(card: Card, words: FaceWords): FaceText[] {
  return [
    { field: "title", role: "title", text: card.title },
    { field: "when", role: "body", text: words.when },
    ...bodyTexts(card),
    { field: "kind", role: "bodyBold", text: words.kind.toUpperCase() },
    { field: "category", role: "body", text: `${categoryDot}${words.category}` },
    ...words.foot.map((item): FaceText => ({ field: item.field, role: "body", text: item.label })),
    { field: "number", role: "body", text: words.number },
  ];
}

/** The one printed string of a single-string field (title, when, kind, category, number or a foot label). */
export function printed(texts: FaceText[], field: Exclude<PrintedField, "body">): FaceText {
  const found = texts.find((text) => text.field === field);
  if (!found) throw new Error(`the face prints no ${field}`);
  return found;
}

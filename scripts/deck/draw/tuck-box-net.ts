// Draws one sheet of a tuck box: the cut outline, dashed folds, glue labels, the emblem on the front, the name on the spine, and how to fold it.
import type { DeckColours } from "../design.js";
import { fastText } from "../fast-text.js";
import { cardFrame, uprightSize, type Turn } from "../guides.js";
import { mm, type Rect } from "../geometry.js";
import type { BoxPage } from "../page-plan.js";
import { artifact, struct, tagged, type Doc, type StructElement } from "../pdf-doc.js";
import { decimal, type Say } from "../say.js";
import type { TextMeasurer } from "../text-measurer.js";
import { drawBackEmblem } from "./back.js";

export interface BoxStyle {
  /** The emblem alone on the front, no name anywhere. */
  plain: boolean;
  /** The cards it holds and what they are printed on, for the instructions. */
  cards: number;
  stockLabel: string;
  measurer: TextMeasurer;
  parent: StructElement;
  /** The word on the spine and under the front's emblem (the deck brand's backText), and the printed colours. */
  text: string;
  colours: DeckColours;
  /** The box's printed words, and the language its measures are written in. */
  say: Say;
  lang: string;
}

export function drawBoxPage(doc: Doc, box: BoxPage, style: BoxStyle): void {
  const { measurer, colours } = style;
  artifact(doc, () => {
    doc.save().lineWidth(0.6).strokeColor(colours.marks);
    const [first, ...rest] = box.outline;
    doc.moveTo(first.x, first.y);
    for (const p of rest) doc.lineTo(p.x, p.y);
    doc.closePath().stroke();
    doc.lineWidth(0.5).strokeColor(colours.muted).dash(3, { space: 2.5 });
    for (const fold of box.folds) doc.moveTo(fold.from.x, fold.from.y).lineTo(fold.to.x, fold.to.y);
    doc.stroke().undash().restore();
    for (const { role, rect } of box.panels) {
      if (role === "glue" || role === "tab") sideways(doc, measurer, { rect, turn: 270 }, { text: style.say("box.glue"), role: "body", size: 8, colour: colours.muted });
    }
  });
  const front = box.panels.find((p) => p.role === "front");
  if (front) drawBackEmblem(doc, { trim: front.rect, rotation: 0 }, { plain: style.plain, text: style.text, colours }, measurer);
  const notesPanel = drawNotes(doc, box, style);
  // The name runs along a side, unless the instructions had to go there.
  const spine = box.panels.find((p) => p.role === "side" && p.rect !== notesPanel);
  if (spine && !style.plain) {
    const size = Math.min(16, spine.rect.width * 0.45);
    if (size >= 6) artifact(doc, () => sideways(doc, measurer, { rect: spine.rect, turn: 90 }, { text: style.text, role: "title", size, colour: colours.backWord }));
  }
}

interface Label {
  text: string;
  role: "body" | "title";
  size: number;
  colour: string;
}

/** A line of text centred in a panel, running along its length (turned 90° or 270°). */
function sideways(doc: Doc, measurer: TextMeasurer, { rect, turn }: { rect: Rect; turn: Turn }, { text, role, size, colour }: Label): void {
  const along = uprightSize(rect, turn);
  const width = measurer.width(role, text, size);
  doc.save();
  doc.transform(...cardFrame(rect, turn));
  fastText(doc, { role, size, colour, text, x: (along.width - width) / 2, y: along.height / 2 + size * 0.33 });
  doc.restore();
}

/** Greedy line breaking of plain words to a width. */
function wrap(text: string, width: number, size: number, measurer: TextMeasurer): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measurer.width("body", candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The heading and the folding instructions: under the net, or when the sheet has no room, on the back panel (else the widest side). */
function drawNotes(doc: Doc, box: BoxPage, { cards, stockLabel, measurer, parent, colours, say, lang }: BoxStyle): Rect | null {
  const sides = box.panels.filter((p) => p.role === "side").map((p) => p.rect).sort((a, b) => b.width - a.width);
  const panel = box.panels.find((p) => p.role === "back")?.rect ?? sides[0];
  const area = box.notes ?? { x: panel.x + mm(4), y: panel.y + mm(14), width: panel.width - mm(8), height: panel.height - mm(20) };
  const { inner } = box.size;
  const heading = box.of > 1 ? say("box.headingOfSheets", { sheet: box.sheet, sheets: box.of }) : say("box.heading");
  const measure = (value: number) => decimal(value, lang);
  const sentences = [
    say("box.cut"),
    say(box.of > 1 ? "box.glueTwoSheets" : "box.glueOneSheet"),
    say("box.holds", { cards, stock: stockLabel, width: measure(inner.width), height: measure(inner.height), depth: measure(inner.depth) }),
  ];
  const narrow = area.width < mm(120);
  const size = narrow ? 7 : 8.5;
  const headingSize = narrow ? 9 : 11;
  const lines = sentences.flatMap((sentence) => wrap(sentence, area.width, size, measurer));
  const h = tagged(doc, "H", () => fastText(doc, { role: "title", size: headingSize, colour: colours.ink, x: area.x, y: area.y + headingSize, text: heading }));
  const p = tagged(doc, "P", () => {
    lines.forEach((line, i) => fastText(doc, { role: "body", size, colour: colours.ink, x: area.x, y: area.y + headingSize + 4 + (i + 1) * size * 1.3, text: line }));
  });
  parent.add(struct(doc, "H", [h]));
  parent.add(struct(doc, "P", [p]));
  return box.notes ? null : panel;
}

// Draws one composed card face with pdfkit, tagged: a Sect with H, the kind, when it fits, the body's P and L, the foot and the number.
import type { Rect } from "../geometry.js";
import { kindAccent, type DeckColours } from "../design.js";
import type { ComposedFace, PlacedText } from "../compose-face.js";
import { artifact, struct, tagged, type Doc, type StructElement } from "../pdf-doc.js";
import { fastText } from "../fast-text.js";
import { fillRect, formOf, placeForm, type Form } from "../pdf-ops.js";
import type { FootIcon } from "../face-words.js";
import { drawFootIcon, drawKindMark, type MarkShape } from "./icons.js";

/** Where a face goes on the page, and the structure element its section joins. */
export interface FacePlacement {
  trim: Rect;
  /** Paint the warm paper colour over `paint` (print shop, screen); home prints leave the paper bare. */
  background: boolean;
  /** Ink saver: no filled areas (marks, icons and rules in outline). */
  outline?: boolean;
  paint: Rect;
  parent: StructElement;
  /** The publisher's printed colours (the deck brand's). */
  colours: DeckColours;
}

/** The kind's mark as a form centred on its origin, one per (shape, size, colour, outline) in each document. */
function markForm(doc: Doc, { shape, size, colour, outline }: { shape: MarkShape; size: number; colour: string; outline: boolean }): Form {
  return formOf(doc, `mark|${shape}|${size}|${colour}|${outline}`, [-size, -size, size, size], () => drawKindMark(doc, shape, { cx: 0, cy: 0, size, colour, outline }));
}

/** A foot icon as a form with its top-left at the origin, one per (icon, level, size, outline) in each document. */
function iconForm(doc: Doc, { icon, level, size, outline, colour }: { icon: FootIcon; level: number; size: number; outline: boolean; colour: string }): Form {
  return formOf(doc, `icon|${icon}|${level}|${size}|${outline}|${colour}`, [-size, -size, 2 * size, 2 * size], () => drawFootIcon(doc, icon, level, { x: 0, y: 0, size, colour, outline }));
}

/** A horizontal rule `height` thick: filled, or (ink saver) stroked as a line of that width. */
function rule(doc: Doc, colour: string, { x, y, width, height }: Rect, outline: boolean): void {
  if (!outline) return fillRect(doc, colour, { x, y, width, height });
  doc.save().lineWidth(height).strokeColor(colour);
  doc.moveTo(x, y + height / 2).lineTo(x + width, y + height / 2).stroke();
  doc.restore();
}

/**
 * The face's decoration: background, kind mark, accent rule, foot rule and icons. Marks and icons
 * are forms, so each card's page carries a few placements, not the same paths over and over.
 */
function drawDecoration(doc: Doc, face: ComposedFace, { trim, background, paint, outline = false, colours }: FacePlacement): void {
  const { design: d, words, card } = face;
  const accent = kindAccent[card.kind];
  const markSize = d.labelSize * 1.05;
  if (background && !outline) fillRect(doc, colours.paper, paint);
  placeForm(doc, markForm(doc, { shape: words.mark, size: markSize, colour: accent, outline }), { x: trim.x + face.header.markX + markSize / 2, y: trim.y + face.header.baseline - d.labelSize * 0.34 });
  rule(doc, accent, { x: trim.x + d.inset, y: trim.y + face.rule.y, width: face.rule.width, height: face.rule.height }, outline);
  rule(doc, colours.rule, { x: trim.x + d.inset, y: trim.y + face.foot.lineY, width: face.body.width, height: 0.4 }, outline);
  for (const item of face.foot.items) {
    placeForm(doc, iconForm(doc, { icon: item.field, level: item.level, size: d.iconSize, outline, colour: colours.muted }), { x: trim.x + item.iconX, y: trim.y + face.foot.baseline - d.iconSize * 0.82 });
  }
}

export function drawFace(doc: Doc, face: ComposedFace, placement: FacePlacement): void {
  const { trim, parent, colours } = placement;
  const { design: d, card, header } = face;
  const ox = trim.x;
  const oy = trim.y;
  const accent = kindAccent[card.kind];
  /** A placed header or foot string, on `baseline` from the card's top. */
  const place = ({ role, text, x }: PlacedText, size: number, colour: string, baseline: number) => fastText(doc, { role, text, size, colour, x: ox + x, y: oy + baseline });

  artifact(doc, () => drawDecoration(doc, face, placement));

  const heading = tagged(doc, "H", () => {
    const { role, lines, baselines } = face.title;
    lines.forEach((line, i) => fastText(doc, { role, size: d.titleSize, colour: colours.ink, x: ox + d.inset, y: oy + baselines[i], text: line }));
  });

  const label = tagged(doc, "P", () => {
    place(header.kind, d.labelSize, accent, header.baseline);
    place(header.category, d.labelSize, colours.muted, header.baseline);
  });

  const when = tagged(doc, "P", () => place(face.rule.when, d.labelSize, accent, face.rule.when.baseline));

  const number = tagged(doc, "P", () => place(header.number, d.labelSize, colours.muted, header.baseline));

  const body = face.body;
  const size = body.set.size;
  const bodyParts: StructElement[] = [];
  let list: StructElement | null = null;
  for (const block of body.set.blocks) {
    const draw = () => {
      for (const line of block.lines) {
        for (const piece of line.pieces) fastText(doc, { role: piece.role, size, colour: colours.ink, x: ox + body.x + line.x + piece.x, y: oy + body.y + line.baseline, text: piece.text });
      }
    };
    if (block.kind === "paragraph") {
      list = null;
      bodyParts.push(struct(doc, "P", [tagged(doc, "P", draw)]));
      continue;
    }
    const labelPiece = block.label!;
    const lbl = tagged(doc, "Lbl", () => fastText(doc, { role: labelPiece.role, size, colour: colours.muted, x: ox + body.x + size * 0.15, y: oy + body.y + labelPiece.baseline, text: labelPiece.text }));
    const lbody = tagged(doc, "LBody", draw);
    const item = struct(doc, "LI", [struct(doc, "Lbl", [lbl]), struct(doc, "LBody", [lbody])]);
    if (!list) {
      list = struct(doc, "L");
      bodyParts.push(list);
    }
    list.add(item);
  }

  const foot = tagged(doc, "P", () => {
    for (const item of face.foot.items) place(item.label, face.foot.size, colours.muted, face.foot.baseline);
  });

  const sect = struct(doc, "Sect");
  parent.add(sect);
  sect.add(struct(doc, "H", [heading]));
  sect.add(struct(doc, "P", [label]));
  sect.add(struct(doc, "P", [when]));
  for (const part of bodyParts) sect.add(part);
  sect.add(struct(doc, "P", [foot]));
  sect.add(struct(doc, "P", [number]));
  for (const part of bodyParts) part.end();
  sect.end();
}

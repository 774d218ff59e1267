// Draws one laid-out card face with pdfkit, tagged: a Sect with H, the body's P and L, the foot and the number.
import type { Rect } from "../geometry.js";
import { colours, kindAccent } from "../design.js";
import type { FaceLayout } from "../face-layout.js";
import type { Piece } from "../fit.js";
import { artifact, struct, tagged, type Doc, type StructElement } from "../pdf-doc.js";
import { drawFootIcon, drawKindMark } from "./icons.js";

export interface FaceOptions {
  /** Paint the warm paper colour over `paint` (print shop, screen); home prints leave the paper bare. */
  background: boolean;
  paint: Rect;
}

const text = (doc: Doc, value: string, x: number, baseline: number, width?: number) =>
  doc.text(value, x, baseline, { lineBreak: false, baseline: "alphabetic", ...(width !== undefined ? { textWidth: width } : {}) });

function drawPieces(doc: Doc, pieces: Piece[], x: number, baseline: number, size: number) {
  for (const piece of pieces) {
    doc.font(piece.role).fontSize(size);
    text(doc, piece.text, x + piece.x, baseline, piece.width);
  }
}

export function drawFace(doc: Doc, face: FaceLayout, trim: Rect, options: FaceOptions, parent: StructElement): void {
  const { design: d, words, card } = face;
  const ox = trim.x;
  const oy = trim.y;
  const accent = kindAccent[card.kind];

  artifact(doc, () => {
    if (options.background) doc.rect(options.paint.x, options.paint.y, options.paint.width, options.paint.height).fillColor(colours.paper).fill();
    const markSize = d.labelSize * 1.05;
    drawKindMark(doc, words.mark, ox + face.header.markX + markSize / 2, oy + face.header.baseline - d.labelSize * 0.34, markSize, accent);
    doc.rect(ox + d.inset, oy + face.rule.y, face.rule.width, Math.max(0.75, d.titleSize * 0.06)).fillColor(accent).fill();
    doc.rect(ox + d.inset, oy + face.foot.lineY, face.body.width, 0.4).fillColor(colours.rule).fill();
    for (const item of face.foot.items) {
      drawFootIcon(doc, item.field, item.level, ox + item.iconX, oy + face.foot.baseline - d.iconSize * 0.82, d.iconSize, colours.muted);
    }
  });

  const heading = tagged(doc, "H", () => {
    doc.font("title").fontSize(d.titleSize).fillColor(colours.ink);
    face.title.lines.forEach((line, i) => text(doc, line, ox + d.inset, oy + face.title.baselines[i]));
  });

  const label = tagged(doc, "P", () => {
    doc.font("bodyBold").fontSize(d.labelSize).fillColor(accent);
    text(doc, words.kind.toUpperCase(), ox + face.header.kindX, oy + face.header.baseline, face.header.kindWidth);
    doc.font("body").fillColor(colours.muted);
    text(doc, `·  ${words.category}`, ox + face.header.categoryX - doc.widthOfString("·  "), oy + face.header.baseline);
  });

  const number = tagged(doc, "P", () => {
    doc.font("body").fontSize(d.labelSize).fillColor(colours.muted);
    text(doc, words.number, ox + face.header.numberX, oy + face.header.baseline);
  });

  const body = face.body;
  const size = body.set.size;
  const bodyParts: StructElement[] = [];
  let list: StructElement | null = null;
  doc.fillColor(colours.ink);
  for (const block of body.set.blocks) {
    const draw = () => block.lines.forEach((line) => drawPieces(doc, line.pieces, ox + body.x + line.x, oy + body.y + line.baseline, size));
    if (block.kind === "paragraph") {
      list = null;
      bodyParts.push(struct(doc, "P", [tagged(doc, "P", draw)]));
      continue;
    }
    const labelPiece = block.label!;
    const lbl = tagged(doc, "Lbl", () => {
      doc.font("body").fontSize(size).fillColor(colours.muted);
      text(doc, labelPiece.text, ox + body.x + size * 0.15, oy + body.y + labelPiece.baseline, labelPiece.width);
      doc.fillColor(colours.ink);
    });
    const lbody = tagged(doc, "LBody", draw);
    const item = struct(doc, "LI", [struct(doc, "Lbl", [lbl]), struct(doc, "LBody", [lbody])]);
    if (!list) {
      list = struct(doc, "L");
      bodyParts.push(list);
    }
    list.add(item);
  }

  const foot = tagged(doc, "P", () => {
    doc.font("body").fontSize(face.foot.size).fillColor(colours.muted);
    for (const item of face.foot.items) text(doc, item.label, ox + item.labelX, oy + face.foot.baseline);
  });

  const sect = struct(doc, "Sect");
  parent.add(sect);
  sect.add(struct(doc, "H", [heading]));
  sect.add(struct(doc, "P", [label]));
  for (const part of bodyParts) sect.add(part);
  sect.add(struct(doc, "P", [foot]));
  sect.add(struct(doc, "P", [number]));
  for (const part of bodyParts) part.end();
  sect.end();
}

// Draws one laid-out card face with pdfkit, tagged: a Sect with H, the body's P and L, the foot and the number.
import type { Rect } from "../geometry.js";
import { colours, kindAccent } from "../design.js";
import type { FaceLayout } from "../face-layout.js";
import { artifact, struct, tagged, type Doc, type StructElement } from "../pdf-doc.js";
import { captureOps, fastText, replayOps } from "../pdf-ops.js";
import { drawFootIcon, drawKindMark } from "./icons.js";

export interface FaceOptions {
  /** Paint the warm paper colour over `paint` (print shop, screen); home prints leave the paper bare. */
  background: boolean;
  paint: Rect;
}

const decorations = new Map<string, string>();

/**
 * The face's decoration (background, kind mark, accent rule, foot rule and icons) as operators
 * relative to the card's top-left corner, built once per distinct look and replayed on every card.
 */
function decorationOps(doc: Doc, face: FaceLayout, trim: Rect, options: FaceOptions): string {
  const { design: d, words, card } = face;
  const background = options.background ? [options.paint.x - trim.x, options.paint.y - trim.y, options.paint.width, options.paint.height] : [];
  const key = [face.size.width, face.size.height, card.kind, face.rule.y, face.foot.lineY, face.foot.size, ...face.foot.items.flatMap((i) => [i.field, i.level, i.iconX]), ...background].join("|");
  let ops = decorations.get(key);
  if (ops === undefined) {
    const accent = kindAccent[card.kind];
    ops = captureOps(doc, () => {
      if (options.background) doc.rect(background[0], background[1], background[2], background[3]).fillColor(colours.paper).fill();
      const markSize = d.labelSize * 1.05;
      drawKindMark(doc, words.mark, face.header.markX + markSize / 2, face.header.baseline - d.labelSize * 0.34, markSize, accent);
      doc.rect(d.inset, face.rule.y, face.rule.width, Math.max(0.75, d.titleSize * 0.06)).fillColor(accent).fill();
      doc.rect(d.inset, face.foot.lineY, face.body.width, 0.4).fillColor(colours.rule).fill();
      for (const item of face.foot.items) drawFootIcon(doc, item.field, item.level, item.iconX, face.foot.baseline - d.iconSize * 0.82, d.iconSize, colours.muted);
    });
    decorations.set(key, ops);
  }
  return ops;
}

export function drawFace(doc: Doc, face: FaceLayout, trim: Rect, options: FaceOptions, parent: StructElement): void {
  const { design: d, words, card } = face;
  const ox = trim.x;
  const oy = trim.y;
  const accent = kindAccent[card.kind];

  const decoration = decorationOps(doc, face, trim, options);
  artifact(doc, () => replayOps(doc, decoration, ox, oy));

  const heading = tagged(doc, "H", () => {
    face.title.lines.forEach((line, i) => fastText(doc, "title", d.titleSize, colours.ink, ox + d.inset, oy + face.title.baselines[i], line));
  });

  const label = tagged(doc, "P", () => {
    fastText(doc, "bodyBold", d.labelSize, accent, ox + face.header.kindX, oy + face.header.baseline, words.kind.toUpperCase());
    fastText(doc, "body", d.labelSize, colours.muted, ox + face.header.categoryX - face.header.dotWidth, oy + face.header.baseline, `·  ${words.category}`);
  });

  const number = tagged(doc, "P", () => {
    fastText(doc, "body", d.labelSize, colours.muted, ox + face.header.numberX, oy + face.header.baseline, words.number);
  });

  const body = face.body;
  const size = body.set.size;
  const bodyParts: StructElement[] = [];
  let list: StructElement | null = null;
  for (const block of body.set.blocks) {
    const draw = () => {
      for (const line of block.lines) {
        for (const piece of line.pieces) fastText(doc, piece.role, size, colours.ink, ox + body.x + line.x + piece.x, oy + body.y + line.baseline, piece.text);
      }
    };
    if (block.kind === "paragraph") {
      list = null;
      bodyParts.push(struct(doc, "P", [tagged(doc, "P", draw)]));
      continue;
    }
    const labelPiece = block.label!;
    const lbl = tagged(doc, "Lbl", () => fastText(doc, "body", size, colours.muted, ox + body.x + size * 0.15, oy + body.y + labelPiece.baseline, labelPiece.text));
    const lbody = tagged(doc, "LBody", draw);
    const item = struct(doc, "LI", [struct(doc, "Lbl", [lbl]), struct(doc, "LBody", [lbody])]);
    if (!list) {
      list = struct(doc, "L");
      bodyParts.push(list);
    }
    list.add(item);
  }

  const foot = tagged(doc, "P", () => {
    for (const item of face.foot.items) fastText(doc, "body", face.foot.size, colours.muted, ox + item.labelX, oy + face.foot.baseline, item.label);
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

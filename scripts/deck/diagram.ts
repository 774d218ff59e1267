// A build-time SVG picture of one sheet of a deck file (cards, marks, fold, flip arrow) for the how-to-print page, labelled in the brand's language.
import type { Strings } from "../content/translate.js";
import type { Rect } from "./geometry.js";
import type { DeckFile } from "./deck-files.js";
import { cardsPerSheet, planDeck } from "./plan-deck.js";
import { sayIn, type Say } from "./say.js";
import { scaleCheck } from "./scale-check.js";

const f = (v: number) => Number(v.toFixed(2));
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function rect(r: Rect, attrs: string): string {
  return `<rect x="${f(r.x)}" y="${f(r.y)}" width="${f(r.width)}" height="${f(r.height)}" ${attrs}/>`;
}

const colours = { paper: "#fffdfb", edge: "#8a7a74", card: "#3a2e2b", back: "#ecdcd6", mark: "#000", accent: "#a4445c", muted: "#7a6963" };

type PageDrawing = { parts: string[]; width: number; height: number };

/** One page of the plan as SVG parts, shifted right by `dx`. */
function drawPage(file: DeckFile, page: ReturnType<typeof planDeck>[number], { dx, caption, say }: { dx: number; caption: string; say: Say }): PageDrawing {
  const { width, height } = page.size;
  const parts: string[] = [`<g transform="translate(${f(dx)} 0)">`];
  const label = ({ x, y }: { x: number; y: number }, text: string, size = 10, colour = colours.muted) =>
    parts.push(`<text x="${f(x)}" y="${f(y)}" font-size="${size}" fill="${colour}" text-anchor="middle" font-family="sans-serif">${escape(text)}</text>`);
  parts.push(rect({ x: 0, y: 0, width, height }, `fill="${colours.paper}" stroke="${colours.edge}" stroke-width="1"`));
  if (page.bleedBox && page.backs.length) parts.push(rect(page.bleedBox, `fill="${colours.back}" stroke="none"`));
  for (const back of page.backs) parts.push(rect(back.paint, `fill="${colours.back}" stroke="none"`));
  for (const back of page.backs) parts.push(rect(back.trim, `fill="none" stroke="${colours.edge}" stroke-width="0.75" stroke-dasharray="2 2"`));
  for (const front of page.fronts) {
    parts.push(rect(front.trim, `fill="none" stroke="${colours.card}" stroke-width="1"`));
    label({ x: front.trim.x + front.trim.width / 2, y: front.trim.y + front.trim.height / 2 + 6 }, `${front.card + 1}`, 18, colours.card);
  }
  for (const back of page.backs) {
    const cx = back.trim.x + back.trim.width / 2;
    const cy = back.trim.y + back.trim.height / 2;
    parts.push(back.rotation ? `<g transform="rotate(${back.rotation} ${f(cx)} ${f(cy)})">` : "<g>");
    label({ x: cx, y: cy + 5 }, say("diagram.backOf", { card: back.card + 1 }), 13, colours.accent);
    parts.push("</g>");
  }
  const marks = [...page.marks, ...(page.guides ?? [])];
  if (marks.length) {
    parts.push(`<path d="${marks.map((m) => `M${f(m.from.x)} ${f(m.from.y)}L${f(m.to.x)} ${f(m.to.y)}`).join("")}" stroke="${colours.mark}" stroke-width="1"/>`);
  }
  for (const mark of page.registration ?? []) parts.push(rect(mark, `fill="${colours.mark}"`));
  if (page.box) {
    const { outline, folds, panels } = page.box;
    parts.push(`<path d="M${outline.map((p) => `${f(p.x)} ${f(p.y)}`).join("L")}Z" fill="none" stroke="${colours.card}" stroke-width="1.2"/>`);
    parts.push(`<path d="${folds.map((m) => `M${f(m.from.x)} ${f(m.from.y)}L${f(m.to.x)} ${f(m.to.y)}`).join("")}" stroke="${colours.accent}" stroke-width="1" stroke-dasharray="4 3"/>`);
    for (const { role, rect: r } of panels) {
      if (role === "front" || role === "back") label({ x: r.x + r.width / 2, y: r.y + r.height / 2 + 5 }, say(`diagram.${role}`), 13, colours.accent);
      if (role === "glue" || role === "tab") label({ x: r.x + r.width / 2, y: r.y + r.height / 2 + 3 }, say("diagram.glue"), 8);
    }
    const notes = page.box.notes;
    if (notes) label({ x: notes.x + notes.width / 2, y: notes.y + notes.height / 2 }, say("diagram.boxNotes"), 10);
  }
  if (page.foldLine) {
    const fold = page.foldLine;
    parts.push(`<line x1="${f(fold.from.x)}" y1="${f(fold.from.y)}" x2="${f(fold.to.x)}" y2="${f(fold.to.y)}" stroke="${colours.accent}" stroke-width="1.5" stroke-dasharray="6 4"/>`);
    label({ x: width / 2, y: fold.from.y - 5 }, say("foldHere"), 10, colours.accent);
  }
  if (page.trimBox) {
    parts.push(rect(page.trimBox, `fill="none" stroke="${colours.card}" stroke-width="1" stroke-dasharray="4 3"`));
    label({ x: width / 2, y: height - 2.5 }, say("diagram.bleed"), 6.5);
  }
  if (file.imposition.id === "calibration") {
    const line = dx === 0
      ? `M${f(width / 2)} ${f(height / 2 - 90)}V${f(height / 2 + 60)}M${f(width / 2 - 90)} ${f(height / 2)}H${f(width / 2 + 60)}`
      : `M${f(width / 2 - 20)} ${f(height / 2 - 62)}H${f(width / 2 + 20)}M${f(width / 2 - 62)} ${f(height / 2 - 20)}V${f(height / 2 + 20)}`;
    parts.push(`<path d="${line}" stroke="${colours.card}" stroke-width="${dx === 0 ? 1 : 3}"/>`);
    if (dx === 0) {
      const { ruler, square } = scaleCheck(page.size);
      parts.push(`<path d="M${f(ruler.from.x)} ${f(ruler.from.y)}H${f(ruler.to.x)}" stroke="${colours.card}" stroke-width="2"/>`);
      parts.push(rect(square, `fill="none" stroke="${colours.card}" stroke-width="1"`));
      label({ x: (ruler.from.x + ruler.to.x) / 2, y: ruler.from.y - 8 }, say("diagram.ruler"), 10, colours.card);
      label({ x: square.x + square.width / 2, y: square.y + square.height / 2 + 4 }, say("diagram.square"), 10, colours.card);
    }
  }
  label({ x: width / 2, y: -8 }, caption, 13, colours.card);
  parts.push("</g>");
  return { parts, width, height };
}

/** The SVG text of one sheet of `file` (both sides for two-sided files), captioned, in points; a box is drawn for `cardCount` cards. */
export function sheetDiagram(file: DeckFile, { cardCount = 1, words }: { cardCount?: number; words: Strings }): string {
  const { imposition } = file;
  const say = sayIn(words);
  const planCards = imposition.id === "tuck-box" ? cardCount : imposition.carriesCards ? Math.max(1, cardsPerSheet(file)) : 0;
  const pages = planDeck(file, planCards);
  const twoSided = imposition.twoSided;
  const shop = imposition.backs === "after-each-front";
  const gap = 90;
  const drawings: PageDrawing[] = [];
  if (twoSided) {
    drawings.push(drawPage(file, pages[0], { dx: 0, caption: say("diagram.front"), say }));
    drawings.push(drawPage(file, pages[1], { dx: pages[0].size.width + gap, caption: say("diagram.backSeen"), say }));
  } else if (shop) {
    drawings.push(drawPage(file, pages[0], { dx: 0, caption: say("diagram.shopFront"), say }));
    drawings.push(drawPage(file, pages[1], { dx: pages[0].size.width + 40, caption: say("diagram.shopBack"), say }));
  } else {
    drawings.push(drawPage(file, pages[0], { dx: 0, caption: say(imposition.id === "screen" ? "diagram.screen" : "diagram.printedSide"), say }));
  }
  const width = drawings.reduce((sum, d) => sum + d.width, 0) + (drawings.length - 1) * (twoSided ? gap : 40);
  const height = Math.max(...drawings.map((d) => d.height));
  const parts = drawings.flatMap((d) => d.parts);
  if (twoSided) {
    // Turn the sheet over its long (right) edge, like a page of a book.
    const x = pages[0].size.width + 8;
    const y = height / 2;
    parts.push(`<path d="M${f(x)} ${f(y - 40)} q ${f(gap / 2 - 8)} -40 ${f(gap - 16)} 0" fill="none" stroke="${colours.accent}" stroke-width="2"/>`);
    parts.push(`<path d="M${f(x + gap - 24)} ${f(y - 46)} l 8 6 l -9 4" fill="none" stroke="${colours.accent}" stroke-width="2"/>`);
    parts.push(`<text x="${f(x + gap / 2 - 8)} " y="${f(y - 4)}" font-size="10" fill="${colours.accent}" text-anchor="middle" font-family="sans-serif"><tspan x="${f(x + gap / 2 - 8)}">${escape(say("diagram.flipOn"))}</tspan><tspan x="${f(x + gap / 2 - 8)}" dy="12">${escape(say("diagram.longEdge"))}</tspan></text>`);
  }
  const title = say(twoSided ? "diagram.bothSides" : shop ? "diagram.firstTwoPages" : "diagram.onePage", { title: file.title });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-4 -26 ${f(width + 8)} ${f(height + 30)}" width="${f((width + 8) / 2)}" height="${f((height + 30) / 2)}" role="img" aria-labelledby="t">`,
    `<title id="t">${escape(title)}</title>`,
    ...parts,
    "</svg>",
    "",
  ].join("\n");
}

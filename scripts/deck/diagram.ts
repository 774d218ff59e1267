// A build-time SVG picture of one sheet of a layout (cards, marks, fold, flip arrow) for the how-to-print page.
import { toMm, type Rect } from "./geometry.js";
import type { Layout } from "./layouts.js";
import { cardsPerSheet, planDeck } from "./plan.js";

const f = (v: number) => Number(v.toFixed(2));
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function rect(r: Rect, attrs: string): string {
  return `<rect x="${f(r.x)}" y="${f(r.y)}" width="${f(r.width)}" height="${f(r.height)}" ${attrs}/>`;
}

const colours = { paper: "#fffdfb", edge: "#8a7a74", card: "#3a2e2b", back: "#ecdcd6", mark: "#000", accent: "#a4445c", muted: "#7a6963" };

/** The SVG text of the first sheet of `layout`, in points, with a caption saying what to do with it. */
export function sheetDiagram(layout: Layout): string {
  const planCards = layout.style === "calibration" ? 0 : Math.max(1, cardsPerSheet(layout));
  const pages = planDeck(layout, planCards);
  const page = pages[0];
  const { width, height } = page.size;
  const parts: string[] = [];
  const label = (x: number, y: number, text: string, size = 10, colour = colours.muted, anchor = "middle") =>
    parts.push(`<text x="${f(x)}" y="${f(y)}" font-size="${size}" fill="${colour}" text-anchor="${anchor}" font-family="sans-serif">${escape(text)}</text>`);

  parts.push(rect({ x: 0, y: 0, width, height }, `fill="${colours.paper}" stroke="${colours.edge}" stroke-width="1"`));
  if (page.bleedBox) parts.push(rect(page.bleedBox, `fill="${colours.back}" stroke="none"`));
  for (const back of page.backs) parts.push(rect(back.paint, `fill="${colours.back}" stroke="none"`));
  for (const back of page.backs) parts.push(rect(back.trim, `fill="none" stroke="${colours.edge}" stroke-width="0.75" stroke-dasharray="2 2"`));
  page.fronts.forEach((front, i) => {
    parts.push(rect(front.trim, `fill="none" stroke="${colours.card}" stroke-width="1"`));
    label(front.trim.x + front.trim.width / 2, front.trim.y + front.trim.height / 2 + 5, `${i + 1}`, 16, colours.card);
  });
  page.backs.forEach((back, i) => {
    const upside = back.rotation === 180 ? ` transform="rotate(180 ${f(back.trim.x + back.trim.width / 2)} ${f(back.trim.y + back.trim.height / 2)})"` : "";
    parts.push(`<g${upside}>`);
    label(back.trim.x + back.trim.width / 2, back.trim.y + back.trim.height / 2 + 5, `back ${i + 1}`, 12, colours.accent);
    parts.push("</g>");
  });
  if (page.marks.length) {
    parts.push(`<path d="${page.marks.map((m) => `M${f(m.from.x)} ${f(m.from.y)}L${f(m.to.x)} ${f(m.to.y)}`).join("")}" stroke="${colours.mark}" stroke-width="1"/>`);
  }
  if (page.foldLine) {
    const fold = page.foldLine;
    parts.push(`<line x1="${f(fold.from.x)}" y1="${f(fold.from.y)}" x2="${f(fold.to.x)}" y2="${f(fold.to.y)}" stroke="${colours.accent}" stroke-width="1.5" stroke-dasharray="6 4"/>`);
    label(width / 2, fold.from.y - 5, "fold here, printed side out", 10, colours.accent);
  }
  if (page.trimBox) {
    parts.push(rect(page.trimBox, `fill="none" stroke="${colours.card}" stroke-width="1"`));
    label(width / 2, height - 4, `trim ${f(toMm(page.trimBox.width))} × ${f(toMm(page.trimBox.height))} mm, bleed 3.175 mm`, 8);
  }
  if (layout.style === "home-duplex" || layout.style === "calibration") {
    // The long edge is the right side of a portrait sheet: flip the sheet over that edge, like a book page.
    const y = height / 2;
    parts.push(`<path d="M${f(width - 6)} ${f(y - 60)} q 34 60 0 120" fill="none" stroke="${colours.accent}" stroke-width="2"/>`);
    parts.push(`<path d="M${f(width - 12)} ${f(y + 54)} l 6 6 l 7 -5" fill="none" stroke="${colours.accent}" stroke-width="2"/>`);
    label(width + 14, y + 4, "flip on long edge", 10, colours.accent, "start");
  }
  if (layout.style === "calibration") {
    parts.push(`<path d="M${f(width / 2)} ${f(height / 2 - 80)}V${f(height / 2 + 60)}M${f(width / 2 - 80)} ${f(height / 2)}H${f(width / 2 + 60)}" stroke="${colours.card}" stroke-width="1"/>`);
    label(width / 2, height / 2 + 90, "read where these lines cross the back’s scales", 10);
  }
  const extra = layout.style === "home-duplex" || layout.style === "calibration" ? 110 : 0;
  const title = `${layout.title}: one sheet`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-4 -4 ${f(width + 8 + extra)} ${f(height + 8)}" width="${f((width + 8 + extra) / 2)}" height="${f((height + 8) / 2)}" role="img" aria-labelledby="t">`,
    `<title id="t">${escape(title)}</title>`,
    ...parts,
    "</svg>",
    "",
  ].join("\n");
}

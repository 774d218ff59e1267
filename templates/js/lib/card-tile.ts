// A card as a tile, made in the browser from cards/index.json, the way the server writes
// them (templates/includes/card-tile.njk): every word set as text, in the page's language.
import type { CardIndex } from "../../../scripts/site/card-filters.js";
import { labelIn as labelOf, pageVocabulary } from "./page-vocabulary.js";
import { titleNodes } from "./title-nodes.js";

export type IndexEntry = CardIndex["cards"][number];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.append(...children);
  return el;
}

function icon(sprite: string, symbol: string): SVGSVGElement {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("class", "i");
  svg.setAttribute("aria-hidden", "true");
  const use = document.createElementNS("http://www.w3.org/2000/svg", "use");
  use.setAttribute("href", `${sprite}#${symbol}`);
  svg.append(use);
  return svg;
}

/** Fills `tile` (an <li>) with a card: kind, linked title, theme, facts and its number in the deck. */
export function fillTile(tile: HTMLElement, entry: IndexEntry, where: { href: string; sprite: string; number: number; total: number }): void {
  const { kinds, categories, whens, durations, energies, touches } = pageVocabulary();
  const kind = kinds.find((k) => k.id === entry.kind) ?? { label: entry.kind, mark: "star" };
  const fact = (symbol: string, words: string) => element("li", "", icon(where.sprite, symbol), ` ${words}`);
  const link = element("a", "", ...titleNodes(entry));
  link.href = where.href;
  const facts = element(
    "ul",
    "facts",
    fact("when", labelOf(whens, entry.when)),
    fact("time", labelOf(durations, entry.duration)),
    fact(`energy-${entry.energy}`, labelOf(energies, entry.energy)),
    fact(`touch-${entry.touch}`, labelOf(touches, entry.touch)),
  );
  facts.setAttribute("role", "list");
  tile.className = `tile k-${entry.kind}`;
  tile.replaceChildren(
    element("p", "kind", icon(where.sprite, kind.mark), ` ${kind.label}`),
    element("h2", "", link),
    element("p", "cat", labelOf(categories, entry.category)),
    facts,
    element("p", "num", `${where.number} / ${where.total}`),
  );
}

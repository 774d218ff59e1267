// The downloads, how-to-print and home snippets built from decks.json (pure: manifest in, HTML out).
import type { DeckEntry, DeckManifest } from "../manifest/deck-manifest.js";
import { escapeHtml as e } from "./html.js";

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const fileUrl = (deck: DeckEntry) => `/downloads/${encodeURIComponent(deck.file)}`;

function facts(deck: DeckEntry): string {
  return [deck.paper, plural(deck.pages, "page"), deck.cards ? plural(deck.cards, "card") : "", "PDF " + formatBytes(deck.bytes)].filter(Boolean).join(" · ");
}

const noDecks = `<p class="note">The printable files are not built yet. Run <code>npm run build</code>, or come back soon.</p>`;

/** The downloads page: every file with what it is for and what it weighs. */
export function downloadsHtml(manifest: DeckManifest): string {
  if (manifest.decks.length === 0) return noDecks;
  const items = manifest.decks.map(
    (deck) =>
      `<li class="deck"><h2><a href="${fileUrl(deck)}" download>${e(deck.title)}</a></h2><p>${e(deck.purpose)}</p><p class="meta">${e(facts(deck))}${deck.discreet ? " · plain backs, neutral title" : ""}</p></li>`,
  );
  return `<ul class="decks" role="list">${items.join("")}</ul>`;
}

/** How to print: which file for which printer, with the sheet diagram the deck drew for it. */
export function howToPrintHtml(manifest: DeckManifest, sizeOf: (diagram: string) => { width: number; height: number } | undefined = () => undefined): string {
  if (manifest.decks.length === 0) return noDecks;
  const items = manifest.decks.map((deck) => {
    const size = deck.diagram ? sizeOf(deck.diagram) : undefined;
    const dims = size ? ` width="${Math.round(size.width)}" height="${Math.round(size.height)}"` : "";
    const figure = deck.diagram
      ? `<figure><img src="/downloads/${encodeURIComponent(deck.diagram)}" alt="Diagram of one sheet of ${e(deck.title)}: where the cards sit and which edge to flip"${dims} loading="lazy"></figure>`
      : "";
    return `<li class="deck"><h3 id="print-${e(deck.layout)}-${e(deck.file.replace(/\.pdf$/, "").replace(/[^a-z0-9-]/gi, "-"))}">${e(deck.title)}</h3><p>${e(deck.purpose)}</p><p><strong>How:</strong> ${e(deck.howToPrint)}</p><p class="meta">${e(facts(deck))} · <a href="${fileUrl(deck)}" download>Download</a></p>${figure}</li>`;
  });
  return `<ul class="decks" role="list">${items.join("")}</ul>`;
}

/** The home page's one download link: the first deck in the manifest, the one most people want. */
export function homeDownloadHtml(manifest: DeckManifest): string {
  const deck = manifest.decks[0];
  if (!deck) return `<a class="button" href="/downloads/">Printable deck</a>`;
  return `<a class="button" href="${fileUrl(deck)}" download>Download the deck</a> <span class="meta">${e(deck.paper)}, ${e(formatBytes(deck.bytes))}</span>`;
}

// The downloads, how-to-print and home snippets built from decks.json (pure: manifest in, HTML out).
import type { DeckEntry, DeckManifest } from "../manifest/deck-manifest.js";
import { customDeckPaths } from "./custom-deck-paths.js";
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

/** The printer situations, in the order a reader asks about them; the deck's layout ids map onto them. */
export const printerGroups: readonly { layout: string; heading: string; intro: string }[] = [
  { layout: "calibration", heading: "First: check your printer", intro: "One page with a ruler and a test card. Print it at 100%, measure it, and you will know the cards come out the right size." },
  { layout: "home-duplex", heading: "A printer that prints both sides", intro: "Fronts on one page, backs on the next. Choose two-sided printing, flip on the long edge, then cut along the marks." },
  { layout: "fold-over", heading: "A printer that prints one side only", intro: "Each card's front and back sit side by side. Print one side, fold each strip along the middle, then cut." },
  { layout: "print-shop", heading: "A print shop", intro: "One card per page with bleed, the way shops that print card decks ask for it." },
  { layout: "screen", heading: "No printer at all", intro: "One card per page, to read on a phone or tablet." },
];

type Size = { width: number; height: number } | undefined;

function deckLine(deck: DeckEntry): string {
  return `<li><a href="${fileUrl(deck)}" download>${e(deck.title)}</a> <span class="meta">${e(facts(deck))}</span><br>${e(deck.howToPrint)}</li>`;
}

/** How to print: which file for which printer, each situation with the sheet diagram the deck drew for it. */
export function howToPrintHtml(manifest: DeckManifest, sizeOf: (diagram: string) => Size = () => undefined): string {
  if (manifest.decks.length === 0) return noDecks;
  const known = new Set(printerGroups.map((group) => group.layout));
  const groups = [
    ...printerGroups,
    { layout: "", heading: "Other files", intro: "" },
  ].map((group) => ({ ...group, decks: manifest.decks.filter((deck) => (group.layout ? deck.layout === group.layout : !known.has(deck.layout))) }));
  return groups
    .filter((group) => group.decks.length > 0)
    .map((group) => {
      const pictured = group.decks.find((deck) => deck.diagram);
      const size = pictured?.diagram ? sizeOf(pictured.diagram) : undefined;
      const dims = size ? ` width="${Math.round(size.width)}" height="${Math.round(size.height)}"` : "";
      const figure = pictured?.diagram
        ? `<figure><img src="/downloads/${encodeURIComponent(pictured.diagram)}" alt="One sheet of ${e(pictured.title)}: where the cards sit and where to cut"${dims} loading="lazy"></figure>`
        : "";
      const id = group.layout || "other";
      return `<section class="deck" aria-labelledby="for-${id}"><h3 id="for-${id}">${e(group.heading)}</h3>${group.intro ? `<p>${e(group.intro)}</p>` : ""}${figure}<ul class="files">${group.decks.map(deckLine).join("")}</ul></section>`;
    })
    .join("");
}

/** The home page's one download link: the first deck in the manifest, the one most people want. */
export function homeDownloadHtml(manifest: DeckManifest): string {
  const deck = manifest.decks[0];
  if (!deck) return `<a class="button" href="/downloads/">Printable deck</a>`;
  return `<a class="button" href="${fileUrl(deck)}" download>Download the deck</a> <span class="meta">${e(deck.paper)}, ${e(formatBytes(deck.bytes))}</span> <a href="/downloads/">Other paper sizes</a>`;
}

/**
 * The form that makes a file with its backs moved, one option per file the deck says allows it, with
 * the offsets its calibration sheet can measure. It is hidden until its script runs (which finds the
 * maker and its input through the form's data attributes); without JavaScript the page says what to do.
 */
export function customDeckFormHtml(manifest: DeckManifest): string {
  const duplex = manifest.decks.filter((deck) => deck.backOffset);
  if (duplex.length === 0) return "";
  const { maxMm, stepMm } = duplex[0].backOffset!;
  const options = duplex.map((deck) => `<option value="${e(deck.file)}">${e(deck.discreet ? `Plain-back cards (${deck.paper}, two-sided)` : deck.title)}</option>`).join("");
  const offset = (name: string, label: string, hint: string) =>
    `<p><label for="offset-${name}">${label}</label><span class="offset"><input id="offset-${name}" name="${name}" type="number" inputmode="decimal" min="${-maxMm}" max="${maxMm}" step="${stepMm}" value="0" required aria-describedby="offset-${name}-hint"> mm</span><span class="meta" id="offset-${name}-hint">${hint}</span></p>`;
  return [
    `<form class="custom-deck" data-custom-deck data-maker="${customDeckPaths.bundle}" data-input="${customDeckPaths.input}" hidden>`,
    `<p><label for="custom-file">File</label> <select id="custom-file" name="file">${options}</select></p>`,
    offset("x", "X, from the top scale", "Plus moves the backs right, minus moves them left."),
    offset("y", "Y, from the side scale", "Plus moves the backs down, minus moves them up."),
    `<p><button type="submit" class="button">Make my corrected file</button></p>`,
    `<p data-custom-deck-status role="status"></p>`,
    `<p data-custom-deck-result></p>`,
    `</form>`,
    `<noscript><p class="note">Making a corrected file needs JavaScript. Without it, the fold-over files below avoid the problem: each back is printed beside its front.</p></noscript>`,
  ].join("\n");
}

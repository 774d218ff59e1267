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
  const box = deck.box ? `holds ${deck.box.cards} cards on ${deck.box.stock}, inside ${deck.box.inside.width} × ${deck.box.inside.height} × ${deck.box.inside.depth} mm` : "";
  return [deck.paper, plural(deck.pages, "page"), deck.cards ? plural(deck.cards, "card") : "", box, "PDF " + formatBytes(deck.bytes)].filter(Boolean).join(" · ");
}

/** Links to a cutter file's SVG cut files, one per corner shape. */
function cutFileLinks(deck: DeckEntry): string {
  if (!deck.cutFiles?.length) return "";
  const links = deck.cutFiles.map(
    (cut) => `<a href="/downloads/${encodeURIComponent(cut.file)}" download>${cut.cornerRadiusMm > 0 ? `${cut.cornerRadiusMm} mm rounded corners` : "square corners"}</a>`,
  );
  return `<span class="meta">Cut file (SVG): ${links.join(", ")}</span>`;
}

const noDecks = `<p class="note">The printable files are not built yet. Run <code>npm run build</code>, or come back soon.</p>`;

/** The downloads page: every file with what it is for and what it weighs. */
export function downloadsHtml(manifest: DeckManifest): string {
  if (manifest.decks.length === 0) return noDecks;
  const items = manifest.decks.map(
    (deck) =>
      `<li class="deck"><h2><a href="${fileUrl(deck)}" download>${e(deck.label)}</a></h2><p>${e(deck.purpose)}</p><p class="meta">${e(facts(deck))}${deck.discreet ? (deck.cards ? " · plain backs, neutral title" : " · no words, neutral title") : ""}</p>${deck.cutFiles?.length ? `<p>${cutFileLinks(deck)}</p>` : ""}</li>`,
  );
  return `<ul class="decks" role="list">${items.join("")}</ul>`;
}

/**
 * The downloads page's offer to keep every file for offline use, with the total size said first. Its
 * script (downloads.js) shows it; without JavaScript a note says downloading works as it is.
 */
export function keepOfflineHtml(manifest: DeckManifest): string {
  if (manifest.decks.length === 0) return "";
  const total = formatBytes(manifest.decks.reduce((sum, deck) => sum + deck.bytes, 0));
  return [
    `<section class="keep" aria-labelledby="keep-title" data-keep-decks hidden>`,
    `<h2 id="keep-title">For use offline</h2>`,
    `<p>Keep all ${plural(manifest.decks.length, "file")} on this device, to open or print them without a connection: ${total} in all. A file you open is kept too.</p>`,
    `<p class="actions"><button type="button" class="button" data-keep>Keep the decks for offline</button> <button type="button" class="button quiet" data-forget hidden>Remove the offline copies</button></p>`,
    `<p role="status" data-keep-status></p>`,
    `</section>`,
    `<noscript><p class="note">Keeping the files for offline use needs JavaScript. Downloading them works without it.</p></noscript>`,
  ].join("\n");
}

type Size = { width: number; height: number } | undefined;

function deckLine(deck: DeckEntry): string {
  return `<li><a href="${fileUrl(deck)}" download>${e(deck.label)}</a> <span class="meta">${e(facts(deck))}</span><br>${e(deck.purpose)}${deck.cutFiles?.length ? `<br>${cutFileLinks(deck)}` : ""}</li>`;
}

/**
 * How to print: one section per printer situation, in the deck's order, each with where fronts and
 * backs sit, the sheet diagram the deck drew, its files and how to print them.
 */
export function howToPrintHtml(manifest: DeckManifest, sizeOf: (diagram: string) => Size = () => undefined): string {
  if (manifest.decks.length === 0) return noDecks;
  return manifest.impositions
    .map((imposition) => ({ imposition, decks: manifest.decks.filter((deck) => deck.imposition === imposition.id) }))
    .filter((group) => group.decks.length > 0)
    .map(({ imposition, decks }) => {
      const pictured = decks.find((deck) => deck.diagram);
      const size = pictured?.diagram ? sizeOf(pictured.diagram) : undefined;
      const dims = size ? ` width="${Math.round(size.width)}" height="${Math.round(size.height)}"` : "";
      const figure = pictured?.diagram
        ? `<figure><img src="/downloads/${encodeURIComponent(pictured.diagram)}" alt="One sheet of ${e(pictured.label)}: where the cards sit and where to cut"${dims} loading="lazy"></figure>`
        : "";
      const id = imposition.id;
      return `<section class="deck" aria-labelledby="for-${id}"><h3 id="for-${id}">${e(imposition.situation)}</h3><p>${e(imposition.arrangement)}</p>${figure}<ul class="files">${decks.map(deckLine).join("")}</ul><p>${e(imposition.howToPrint)}</p></section>`;
    })
    .join("");
}

/** "letter" or "a4" for a file printed on that paper (its manifest label), else undefined. */
export function paperId(paper: string): "letter" | "a4" | undefined {
  if (/letter/i.test(paper)) return "letter";
  if (/^a4$/i.test(paper.trim())) return "a4";
  return undefined;
}

/**
 * The home page's download: the first deck in the manifest (the one most people want) on each paper
 * it comes in, both shown. home.js puts the reader's likely paper first and makes the other a link.
 */
export function homeDownloadHtml(manifest: DeckManifest): string {
  const first = manifest.decks[0];
  if (!first) return `<a class="button" href="/downloads/">Printable deck</a>`;
  const same = (deck: DeckEntry) => deck.imposition === first.imposition && deck.cardSize === first.cardSize && deck.discreet === first.discreet;
  const papers = manifest.decks.filter((deck) => same(deck) && paperId(deck.paper) && deck.paper !== first.paper).slice(0, 1);
  const options = [first, ...(paperId(first.paper) ? papers : [])];
  const link = (deck: DeckEntry) =>
    `<a class="button" href="${fileUrl(deck)}" download data-paper="${paperId(deck.paper) ?? ""}" data-paper-name="${e(deck.paper)}" data-size="${formatBytes(deck.bytes)}">${e(deck.paper)} deck <span class="paper">${formatBytes(deck.bytes)}</span></a>`;
  const lead = options.length > 1 ? `<span data-paper-lead>Download the deck:</span> ` : "";
  return `<span class="paper-choice" data-paper-choice>${lead}${options.map(link).join(" ")}</span> <a href="/downloads/">Other files</a>`;
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
  const options = duplex.map((deck) => `<option value="${e(deck.file)}">${e(deck.label)}</option>`).join("");
  // Text with a decimal keypad, read by the script: "1,5" and "1.5" alike; the steppers give phones a minus sign.
  const offset = (name: string, label: string, hint: string) =>
    `<p><label for="offset-${name}">${label}</label><span class="offset"><button type="button" class="step" data-step="-${stepMm}" aria-label="${name.toUpperCase()} minus ${stepMm}">−</button><input id="offset-${name}" name="${name}" type="text" inputmode="decimal" autocomplete="off" value="0" required data-min="${-maxMm}" data-max="${maxMm}" data-step="${stepMm}" aria-describedby="offset-${name}-hint"><button type="button" class="step" data-step="${stepMm}" aria-label="${name.toUpperCase()} plus ${stepMm}">+</button> mm</span><span class="meta" id="offset-${name}-hint">${hint}</span></p>`;
  return [
    `<form class="custom-deck" data-custom-deck data-maker="${customDeckPaths.bundle}" data-input="${customDeckPaths.input}" novalidate hidden>`,
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

/** The plan card's choice of file: every poker-size way of printing the deck, so the card joins the deck it matches. */
export function planCardFilesHtml(manifest: DeckManifest): string {
  const files = manifest.decks.filter((deck) => deck.cardSize === "poker" && deck.cards > 0);
  return files.map((deck) => `<option value="${e(deck.file)}">${e(deck.label)}</option>`).join("");
}

/**
 * The deck maker's choice of file: every file the build makes except the test sheet, in the manifest's
 * order, so a new deck file (a new paper, a variant, a box sized to the deck) is offered with no change
 * here. Each option carries how to print it and whether its backs can be moved.
 */
export function makerFilesHtml(manifest: DeckManifest): string {
  return manifest.decks
    .filter((deck) => deck.imposition !== "calibration")
    .map((deck) => {
      const way = manifest.impositions.find((imposition) => imposition.id === deck.imposition);
      const how = way ? ` data-how="${e(`${way.situation}. ${way.howToPrint}`)}"` : "";
      return `<option value="${e(deck.file)}"${how}${deck.backOffset ? ` data-offset="${deck.backOffset.maxMm} ${deck.backOffset.stepMm}"` : ""}>${e(deck.label)}</option>`;
    })
    .join("");
}

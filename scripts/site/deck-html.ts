// The downloads, how-to-print and home snippets built from decks.json (pure: manifest and the page's
// words in, HTML out). The files' own words (labels, purposes, situations) come from decks.json as they are.
import type { DeckEntry, DeckManifest } from "../manifest/deck-manifest.js";
import { customDeckPaths } from "./custom-deck-paths.js";
import { escapeHtml as e } from "./html.js";

/** The page's language and its interface words (the `t` filter's: "downloads.pageOne" with {count}). */
export interface PageWords {
  lang: string;
  t: (key: string, values?: Record<string, string | number>) => string;
}

export function formatBytes(bytes: number, words: PageWords): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(words.lang, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(value);
  if (bytes < 1024 * 1024) return words.t("downloads.kilobytes", { size: number(Math.max(1, Math.round(bytes / 1024)), 0) });
  return words.t("downloads.megabytes", { size: number(bytes / (1024 * 1024), 1) });
}

/** "1 page" or "2 pages": the key's One and Many forms. */
const plural = (words: PageWords, n: number, key: string) => words.t(`${key}${n === 1 ? "One" : "Many"}`, { count: n });
const fileUrl = (deck: DeckEntry) => `/downloads/${encodeURIComponent(deck.file)}`;

function facts(deck: DeckEntry, words: PageWords): string {
  const mm = (value: number) => new Intl.NumberFormat(words.lang, { maximumFractionDigits: 2, useGrouping: false }).format(value);
  const box = deck.box ? words.t("downloads.box", { cards: deck.box.cards, stock: deck.box.stock, width: mm(deck.box.inside.width), height: mm(deck.box.inside.height), depth: mm(deck.box.inside.depth) }) : "";
  return [deck.paper, plural(words, deck.pages, "downloads.page"), deck.cards ? plural(words, deck.cards, "downloads.card") : "", box, words.t("downloads.pdfSize", { size: formatBytes(deck.bytes, words) })].filter(Boolean).join(" · ");
}

/** Links to a cutter file's SVG cut files, one per corner shape. */
function cutFileLinks(deck: DeckEntry, words: PageWords): string {
  if (!deck.cutFiles?.length) return "";
  const links = deck.cutFiles.map(
    (cut) => `<a href="/downloads/${encodeURIComponent(cut.file)}" download>${e(cut.cornerRadiusMm > 0 ? words.t("downloads.roundedCorners", { radius: cut.cornerRadiusMm }) : words.t("downloads.squareCorners"))}</a>`,
  );
  return `<span class="meta">${e(words.t("downloads.cutFiles")).replace("{links}", links.join(", "))}</span>`;
}

const noDecks = (words: PageWords) => `<p class="note">${e(words.t("downloads.notBuilt")).replace("{command}", "<code>npm run build</code>")}</p>`;

type Size = { width: number; height: number } | undefined;

/** A file's sheet diagram as a lazily loaded image, sized as the SVG declares, with alt text naming the file. */
function diagramImg(deck: DeckEntry, words: PageWords, sizeOf: (diagram: string) => Size): string {
  if (!deck.diagram) return "";
  const size = sizeOf(deck.diagram);
  const dims = size ? ` width="${Math.round(size.width)}" height="${Math.round(size.height)}"` : "";
  return `<img src="/downloads/${encodeURIComponent(deck.diagram)}" alt="${e(words.t("print.diagramAlt", { file: deck.label }))}"${dims} loading="lazy">`;
}

/** The downloads page: every file with its sheet diagram, what it is for and what it weighs. */
export function downloadsHtml(manifest: DeckManifest, words: PageWords, sizeOf: (diagram: string) => Size = () => undefined): string {
  if (manifest.decks.length === 0) return noDecks(words);
  const items = manifest.decks.map(
    (deck) =>
      `<li class="deck"><h2><a href="${fileUrl(deck)}" download>${e(deck.label)}</a></h2>${diagramImg(deck, words, sizeOf)}<p>${e(deck.purpose)}</p><p class="meta">${e(facts(deck, words))}${deck.discreet ? ` · ${e(words.t(deck.cards ? "downloads.discreetCards" : "downloads.discreetNoWords"))}` : ""}</p>${deck.cutFiles?.length ? `<p>${cutFileLinks(deck, words)}</p>` : ""}</li>`,
  );
  return `<ul class="decks" role="list">${items.join("")}</ul>`;
}

/**
 * The downloads page's offer to keep every file for offline use, with the total size said first. Its
 * script (downloads.js) shows it; without JavaScript a note says downloading works as it is.
 */
export function keepOfflineHtml(manifest: DeckManifest, words: PageWords): string {
  if (manifest.decks.length === 0) return "";
  const size = formatBytes(manifest.decks.reduce((sum, deck) => sum + deck.bytes, 0), words);
  const t = (key: string) => e(words.t(`downloads.keep.${key}`));
  return [
    `<section class="keep" aria-labelledby="keep-title" data-keep-decks hidden>`,
    `<h2 id="keep-title">${t("heading")}</h2>`,
    `<p>${e(plural(words, manifest.decks.length, "downloads.keep.file").replace("{size}", size))}</p>`,
    `<p class="actions"><button type="button" class="button" data-keep>${t("button")}</button> <button type="button" class="button quiet" data-forget hidden>${t("forget")}</button></p>`,
    `<p role="status" data-keep-status></p>`,
    `</section>`,
    `<noscript><p class="note">${t("noJs")}</p></noscript>`,
  ].join("\n");
}

function deckLine(deck: DeckEntry, words: PageWords): string {
  return `<li><a href="${fileUrl(deck)}" download>${e(deck.label)}</a> <span class="meta">${e(facts(deck, words))}</span><br>${e(deck.purpose)}${deck.cutFiles?.length ? `<br>${cutFileLinks(deck, words)}` : ""}</li>`;
}

/**
 * The files of a group whose sheets look different, the first of each: another card size or the ink
 * saver gets its own picture; another paper or a discreet variant of the same sheet does not.
 */
export function picturedDecks(decks: readonly DeckEntry[]): DeckEntry[] {
  const seen = new Set<string>();
  return decks.filter((deck) => {
    const look = `${deck.cardSize} ${deck.ink ?? "full"}`;
    if (!deck.diagram || seen.has(look)) return false;
    seen.add(look);
    return true;
  });
}

/**
 * How to print: one section per printer situation, in the deck's order, each with where fronts and
 * backs sit, the sheet diagrams the deck drew (one per look: picturedDecks), its files and how to print them.
 */
export function howToPrintHtml(manifest: DeckManifest, words: PageWords, sizeOf: (diagram: string) => Size = () => undefined): string {
  if (manifest.decks.length === 0) return noDecks(words);
  return manifest.impositions
    .map((imposition) => ({ imposition, decks: manifest.decks.filter((deck) => deck.imposition === imposition.id) }))
    .filter((group) => group.decks.length > 0)
    .map(({ imposition, decks }) => {
      const pictured = picturedDecks(decks);
      const caption = (deck: DeckEntry) => (pictured.length > 1 ? `<figcaption class="meta">${e(deck.label)}</figcaption>` : "");
      const figures = pictured.map((deck) => `<figure>${diagramImg(deck, words, sizeOf)}${caption(deck)}</figure>`).join("");
      const id = imposition.id;
      return `<section class="deck" aria-labelledby="for-${id}"><h3 id="for-${id}">${e(imposition.situation)}</h3><p>${e(imposition.arrangement)}</p>${figures}<ul class="files">${decks.map((deck) => deckLine(deck, words)).join("")}</ul><p>${e(imposition.howToPrint)}</p></section>`;
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
export function homeDownloadHtml(manifest: DeckManifest, words: PageWords): string {
  const t = (key: string, values?: Record<string, string>) => e(words.t(`downloads.home.${key}`, values));
  const first = manifest.decks[0];
  if (!first) return `<a class="button" href="/downloads/">${t("noDecks")}</a>`;
  const same = (deck: DeckEntry) => deck.imposition === first.imposition && deck.cardSize === first.cardSize && deck.discreet === first.discreet;
  const papers = manifest.decks.filter((deck) => same(deck) && paperId(deck.paper) && deck.paper !== first.paper).slice(0, 1);
  const options = [first, ...(paperId(first.paper) ? papers : [])];
  const link = (deck: DeckEntry) => {
    const size = e(formatBytes(deck.bytes, words));
    return `<a class="button" href="${fileUrl(deck)}" download data-paper="${paperId(deck.paper) ?? ""}" data-paper-name="${e(deck.paper)}" data-size="${size}">${t("paperDeck", { paper: deck.paper })} <span class="paper">${size}</span></a>`;
  };
  const lead = options.length > 1 ? `<span data-paper-lead>${t("lead")}</span> ` : "";
  return `<span class="paper-choice" data-paper-choice>${lead}${options.map(link).join(" ")}</span> <a href="/downloads/">${t("others")}</a>`;
}

/**
 * The form that makes a file with its backs moved, one option per file the deck says allows it, with
 * the offsets its calibration sheet can measure. It is hidden until its script runs (which finds the
 * maker and its input through the form's data attributes); without JavaScript the page says what to do.
 */
export function customDeckFormHtml(manifest: DeckManifest, words: PageWords, input: string = customDeckPaths.input): string {
  const duplex = manifest.decks.filter((deck) => deck.backOffset);
  if (duplex.length === 0) return "";
  const { maxMm, stepMm } = duplex[0].backOffset!;
  const options = duplex.map((deck) => `<option value="${e(deck.file)}">${e(deck.label)}</option>`).join("");
  // Text with a decimal keypad, read by the script: "1,5" and "1.5" alike; the steppers give phones a minus sign.
  const t = (key: string, values?: Record<string, string | number>) => e(words.t(`print.form.${key}`, values));
  const step = new Intl.NumberFormat(words.lang, { maximumFractionDigits: 2 }).format(stepMm);
  const offset = (name: "x" | "y") => {
    const axis = name.toUpperCase();
    return `<p><label for="offset-${name}">${t(name)}</label><span class="offset"><button type="button" class="step" data-step="-${stepMm}" aria-label="${t("minus", { axis, step })}">−</button><input id="offset-${name}" name="${name}" type="text" inputmode="decimal" autocomplete="off" value="0" required data-min="${-maxMm}" data-max="${maxMm}" data-step="${stepMm}" aria-describedby="offset-${name}-hint"><button type="button" class="step" data-step="${stepMm}" aria-label="${t("plus", { axis, step })}">+</button> mm</span><span class="meta" id="offset-${name}-hint">${t(`${name}Hint`)}</span></p>`;
  };
  return [
    `<form class="custom-deck" data-custom-deck data-maker="${customDeckPaths.bundle}" data-input="${e(input)}" novalidate hidden>`,
    `<p><label for="custom-file">${t("file")}</label> <select id="custom-file" name="file">${options}</select></p>`,
    offset("x"),
    offset("y"),
    `<p><button type="submit" class="button">${t("make")}</button></p>`,
    `<p data-custom-deck-status role="status"></p>`,
    `<p data-custom-deck-result></p>`,
    `</form>`,
    `<noscript><p class="note">${t("noJs")}</p></noscript>`,
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
      return `<option value="${e(deck.file)}"${how}${deck.backOffset ? ` data-offset="${deck.backOffset.maxMm} ${deck.backOffset.stepMm}"` : ""}${deck.box ? " data-box" : ""}>${e(deck.label)}</option>`;
    })
    .join("");
}

/** The deck maker's choice of what the cards of a box are printed on: decks.json's stocks, How to print's first and chosen. */
export function boxStocksHtml(manifest: DeckManifest): string {
  const stocks = [...(manifest.stocks ?? [])].sort((a, b) => Number(b.recommended) - Number(a.recommended));
  return stocks.map((stock) => `<option value="${e(stock.id)}"${stock.recommended ? " selected" : ""}>${e(stock.name)}</option>`).join("");
}

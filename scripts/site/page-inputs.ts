// What each page is made from, as one fingerprint per page: the site's code and options, the page's own
// item, and the parts of the site data its template reads (template-reads.ts), each as narrow as what
// the page shows of it. Equal fingerprints, equal pages: a partial build renders only pages whose
// fingerprint changed. Anything not known here counts as reading everything, so a new template, data
// name or shortcode is rebuilt too often rather than left stale.
import { hashOf } from "../cache/build-cache.js";
import { chapterUrl, type Card, type Chapter, type Content } from "../content/index.js";
import type { DeckManifest } from "../manifest/deck-manifest.js";
import { siteDataNames, siteDataOf, type SiteDataName } from "./site-data.js";
import type { TemplateReads } from "./template-reads.js";

/** A part of the content a page reads, as a value to fingerprint (for a paginated page, given its item). */
type View = (model: Content, item: unknown) => unknown;

/** Helpers that compute from their arguments and the code alone: calling them reads nothing more. */
const pureHelpers = new Set(
  (
    "safe dump escape e length join first last lower upper replace default d int float round sort reverse trim striptags truncate title capitalize wordcount urlencode list " +
    "cardBody vocabLabel alternateHref cardsFromChapter indexBySlug oneLine summary isoDate icon csp absoluteUrl url css once getBundleFileUrl headersFile hasPacer hasTimer range slugify webManifestAddress"
  ).split(" "),
);
/** Helpers that read content or the deck's manifest besides their arguments, and which. */
const helperReads: Record<string, (SiteDataName | "decks")[]> = {
  renderDocument: ["chapters", "contentPages"],
  t: ["strings"],
  // Which titles get a stand-in is the language's words (discreet.revealing).
  discreetTitle: ["strings"],
  neutralTitle: ["strings"],
  pageWords: ["strings"],
  kindInfo: ["vocabulary"],
  languageLinks: ["translationPaths"],
  redirectsFile: ["translationPaths"],
  makerOffline: ["cards"],
  deckMakerOffline: ["cards"],
  makerFiles: ["decks"],
  boxStocks: ["decks"],
  downloadsList: ["decks"],
  keepOffline: ["decks"],
  homeDownload: ["decks"],
  customDeckForm: ["decks"],
  planCardFiles: ["decks"],
  howToPrintList: ["decks"],
};
/** Global data the code and the build's options make, not the content: in the site's own fingerprint. */
const constantGlobals = new Set(["lang", "defaultLang", "offlineFileRoute", "fonts", "siteUrl", "printMaker", "eleventy", "pkg", "cardExtras", "cardFormFacets", "cardLimits"]);

const withoutBody = ({ body: _body, blocks: _blocks, text: _text, ...card }: Card) => card;
const withoutText = ({ tokens: _tokens, headings: _headings, ...chapter }: Chapter) => chapter;
/** Cards as lists show them: every field but the words on the card. */
const listedCards: View = (model) => model.cards.map(withoutBody);
const listedChapters: View = (model) => model.chapters.map(withoutText);
const around = <T>(list: readonly T[], index: number) => ({ index, count: list.length, prev: list[index - 1], next: list[index + 1] });

/** Narrower views of a dotted path, for every template. */
const pathViews: Record<string, View> = {
  "cards.length": (model) => model.cards.length,
  "chapters.length": (model) => model.chapters.length,
  "filters.nav": (model) => siteDataOf(model, "filters").nav,
  "filters.vocabulary": (model) => siteDataOf(model, "filters").vocabulary,
  "filters.index": (model) => siteDataOf(model, "filters").index,
  "draws.cards.length": (model) => siteDataOf(model, "draws").cards.length,
  "draws.hands.length": (model) => siteDataOf(model, "draws").hands.length,
};

/** Per page template, what it shows of a name it reads whole (keep in step with the template). */
const templateViews: Record<string, Record<string, View>> = {
  // A card page: its neighbours' titles (and the count) from the deck.
  "card.njk": { cards: (model, card) => { const near = around(model.cards, (card as Card).number - 1); return { ...near, prev: near.prev && withoutBody(near.prev), next: near.next && withoutBody(near.next) }; } },
  "chapter.njk": {
    cards: (model, chapter) => model.cards.filter((card) => card.guideUrl?.startsWith(chapterUrl((chapter as Chapter).slug))).map(withoutBody),
    chapters: (model, chapter) => { const near = around(model.chapters, model.chapters.findIndex((c) => c.slug === (chapter as Chapter).slug)); return { ...near, prev: near.prev && withoutText(near.prev), next: near.next && withoutText(near.next) }; },
    renderDocument: () => null, // its own chapter: the page's item
  },
  "content-page.njk": { renderDocument: () => null },
  "cards-index.njk": { cards: listedCards },
  "favourites.njk": { cards: listedCards },
  "your-data.njk": { cards: listedCards },
  "search.njk": { cards: listedCards, chapters: listedChapters },
  "guide-index.njk": { chapters: listedChapters },
  "home.njk": { chapters: listedChapters },
};

export interface PageTemplate {
  /** The template's file name, e.g. "card.njk". */
  name: string;
  /** Its source and everything it includes, for the fingerprint. */
  source: string;
  reads: TemplateReads;
}

export interface FingerprintInputs {
  model: Content;
  /** The deck's manifest, asked for only by pages that show it. */
  decks: () => Promise<DeckManifest>;
  /** The site's code and options (pathPrefix, siteUrl): every page's fingerprint starts with it. */
  site: string;
  /** Names of all global data: a name read here that is neither content nor constant counts as everything. */
  globals: ReadonlySet<string>;
}

/** Helpers a template calls that this file does not know: each makes its pages re-render on every change. */
export const unknownHelpers = (reads: TemplateReads) => [...reads.helpers].filter((helper) => !pureHelpers.has(helper) && !(helper in helperReads));

const isSiteData = (name: string): name is SiteDataName => (siteDataNames as string[]).includes(name);

/** Fingerprints pages, each whole view once however many pages read it. */
export function pageFingerprinter(inputs: FingerprintInputs) {
  const whole = new Map<string, Promise<string>>();
  const wholeHash = (what: string, value: () => unknown | Promise<unknown>) => {
    if (!whole.has(what)) whole.set(what, Promise.resolve(value()).then((v) => hashOf(JSON.stringify(v) ?? "")));
    return whole.get(what)!;
  };
  const { model } = inputs;
  const everything = () => Promise.all([...siteDataNames.map((name) => wholeHash(name, () => siteDataOf(model, name))), wholeHash("decks", inputs.decks)]);

  /** What a template reads beyond its item, as [label, View or whole-name] parts. */
  function partsOf(template: PageTemplate): { itemViews: [string, View][]; wholes: string[]; all: boolean } {
    const views = templateViews[template.name] ?? {};
    const itemViews = new Map<string, View>();
    const wholes = new Set<string>();
    let all = false;
    for (const path of template.reads.paths) {
      const segments = path.split(".");
      const name = segments[0];
      if (!inputs.globals.has(name) || constantGlobals.has(name)) continue; // locals, front matter, Eleventy's own
      let found = false;
      for (let n = segments.length; n >= 1 && !found; n--) {
        const prefix = segments.slice(0, n).join(".");
        const view = views[prefix] ?? pathViews[prefix];
        if (view) { itemViews.set(prefix, view); found = true; }
      }
      if (!found && isSiteData(name)) wholes.add(name);
      else if (!found) all = true; // a global this file does not know
    }
    for (const helper of template.reads.helpers) {
      if (pureHelpers.has(helper)) continue;
      const reads = helperReads[helper];
      if (views[helper]) itemViews.set(helper, views[helper]);
      else if (reads) for (const name of reads) wholes.add(name);
      else all = true; // a helper this file does not know
    }
    return { itemViews: [...itemViews].sort(([a], [b]) => (a < b ? -1 : 1)), wholes: [...wholes].sort(), all };
  }

  /** One fingerprint per item (a page without pagination: one item, undefined). */
  return async function fingerprints(template: PageTemplate, items: readonly unknown[]): Promise<string[]> {
    const { itemViews, wholes, all } = partsOf(template);
    const shared = all ? await everything() : await Promise.all(wholes.map((name) => wholeHash(name, () => (name === "decks" ? inputs.decks() : siteDataOf(model, name as SiteDataName)))));
    // Drafts in or out changes what a page may show, whatever it reads: never the same fingerprint.
    const base = hashOf(inputs.site, model.drafts ? "drafts included" : "drafts left out", template.source, String(all), ...wholes, ...shared);
    return items.map((item) => hashOf(base, JSON.stringify(item) ?? "", ...itemViews.flatMap(([label, view]) => [label, JSON.stringify(view(model, item)) ?? ""])));
  };
}

// Checks links between content once everything is loaded: internal links in chapters and pages, and
// each card's guide reference, against the addresses and section ids that really exist.
import type { FieldLine } from "./content-types.js";
import type { ContentProblem } from "./errors.js";
import { findLinks } from "./markdown.js";
import { chapterUrl, fixedRoutes } from "./routes.js";
import type { Card, Chapter, Page, Source } from "./types.js";

/** Every address on the site, with the section ids (#…) each one has. */
export type SiteAnchors = Map<string, Set<string>>;

export function siteAnchors(chapters: Chapter[], pages: Page[], cards: Card[], sources: Source[]): SiteAnchors {
  const anchors: SiteAnchors = new Map();
  for (const doc of [...chapters, ...pages]) anchors.set(doc.url, new Set(doc.headings.map((h) => h.id)));
  for (const card of cards) anchors.set(card.url, new Set());
  for (const route of fixedRoutes) anchors.set(route, new Set());
  const sourcesPage = anchors.get("/sources/");
  if (sourcesPage) for (const source of sources) sourcesPage.add(source.id);
  return anchors;
}

export interface LinkCheck {
  anchors: SiteAnchors;
  /** Addresses of files that failed to load: links to them are not reported again as broken. */
  unverifiable: Set<string>;
  /** Address → file of each draft left out of the model: linking to one is an error of the linking file. */
  drafts: ReadonlyMap<string, string>;
  problems: ContentProblem[];
}

/** Why a link leads nowhere, or undefined when it resolves (or its target has its own error already). */
function brokenLink(check: LinkCheck, href: string): string | undefined {
  const [path, hash] = href.split("#");
  if (check.unverifiable.has(path)) return undefined;
  const draft = check.drafts.get(path);
  if (draft) return `points to ${href}, a draft (${draft} says draft: true) that the built site leaves out; remove the link or publish the draft`;
  const targets = check.anchors.get(path);
  if (!targets) return `points to ${href}, a page that does not exist`;
  if (hash && !targets.has(hash)) return `points to ${href}, but that page has no section "#${hash}"`;
  return undefined;
}

export function checkDocumentLinks(check: LinkCheck, docs: (Chapter | Page)[]): void {
  for (const doc of docs) {
    for (const { href, line } of findLinks(doc.tokens)) {
      const message = href.startsWith("/")
        ? brokenLink(check, href)
        : /^(https?:|mailto:|#)/.test(href)
          ? undefined
          : `points to "${href}": write internal links from the site root, e.g. /guide/why-it-matters/`;
      if (message) check.problems.push({ file: doc.file, line, field: "link", message });
    }
  }
}

/** Checks each card's "guide: chapter#section" and, when it resolves, sets the card's guideUrl. */
export function resolveGuideLinks(check: LinkCheck, cards: Card[], fieldLine: FieldLine): void {
  for (const card of cards) {
    if (!card.guide) continue;
    const [slug, hash] = card.guide.split("#");
    const href = chapterUrl(slug) + (hash ? `#${hash}` : "");
    const message = brokenLink(check, href);
    if (message) check.problems.push({ file: card.file, line: fieldLine(card.file, "guide"), field: "guide", message });
    else card.guideUrl = href;
  }
}

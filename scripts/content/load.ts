// The one content loader, as wiring: reads site.yaml, every content type in the table, sources.yaml and plan.yaml,
// checks the links between them, then each translation (content/<lang>/) the same way and the interface
// words of every language, and returns the typed model, or throws one ContentError listing every problem.
// Drafts (`draft: true`) are left out of the model unless asked for, so nothing built from it can show them.
import { join, relative } from "node:path";
import { contentTypes, type AnyContentType, type ContentItems, type ModelItem } from "./content-types.js";
import { contentDate } from "./dates.js";
import { ContentError, type ContentProblem } from "./errors.js";
import { idOf, readFolder } from "./folders.js";
import { checkDocumentLinks, resolveGuideLinks, siteAnchors } from "./links.js";
import type { MarkdownFile } from "./read.js";
import { readPlanQuestions } from "./plan-questions.js";
import { readSettings } from "./settings.js";
import { readSources } from "./sources.js";
import { readStrings } from "./strings.js";
import { vocabularyKeys } from "./local-vocabulary.js";
import { checkPlanIds, completeTranslation, translationTypes } from "./translations.js";
import { deckFileIds } from "../deck/deck-files.js";
import type { Content } from "./types.js";
import { validate } from "./validate.js";

export interface LoadOptions {
  /** Project root; content is read from `<root>/content`. */
  root: string;
  /** Where the content folder is, if not `<root>/content`. */
  contentDir?: string;
  /** Keep drafts in the model, each with `draft: true` (`npm start`); by default they are left out (the build). */
  includeDrafts?: boolean;
}

const isDraft = (fields: unknown) => (fields as { draft?: boolean }).draft === true;


interface Reading {
  root: string;
  problems: ContentProblem[];
  files: string[];
  includeDrafts: boolean;
  /** Address → file of each draft left out (every language's): a link to one is an error, not a broken page. */
  drafts: Map<string, string>;
}

/** One language's files: the content types of the table (or a translation's), sources and plan, links checked. */
async function readEdition(reading: Reading, dir: string, types: Record<keyof ContentItems, AnyContentType>, translating: boolean) {
  const { problems, files } = reading;
  const rel = (path: string) => relative(reading.root, path).split("\\").join("/");
  const sourceOf = new Map<string, MarkdownFile>();
  const unverifiable = new Set<string>();
  const fieldLine = (file: string, field: string) => sourceOf.get(file)?.lineOf([field]);

  /** Reads one type's folder, validates each file, builds and arranges the items. */
  async function load(type: AnyContentType) {
    const folderDir = join(dir, type.folder);
    const relDir = rel(folderDir);
    const folder = await readFolder({ dir: folderDir, relDir, label: type.label, required: type.required && !translating }, problems);
    files.push(...folder.paths);
    // Addresses of files that fail to load: links to them are not reported again as broken.
    for (const id of folder.ids) unverifiable.add(type.url(id));
    const items: ModelItem[] = [];
    let draftsLeftOut = 0;
    for (const source of folder.readable) {
      sourceOf.set(source.file, source);
      const checked = validate(type.schema, source.data, source);
      if (!checked.ok) { problems.push(...checked.problems); continue; }
      const id = idOf(source);
      // A draft, or a translation of one, is left out of a build: links to it are named as such.
      if (!reading.includeDrafts && (isDraft(checked.value) || (translating && reading.drafts.has(type.url(id))))) {
        if (!reading.drafts.has(type.url(id))) reading.drafts.set(type.url(id), source.file);
        unverifiable.delete(type.url(id));
        draftsLeftOut++;
        continue;
      }
      const item = type.build({ fields: checked.value, source, id, url: type.url(id) }, problems);
      if (item) { items.push(item); unverifiable.delete(item.url); }
    }
    type.arrange?.(items, problems, fieldLine);
    // "Empty" only when the folder holds no file at all, or only drafts; a folder of broken files has its own errors.
    const onlyDrafts = items.length === 0 && draftsLeftOut > 0;
    if (!translating && type.whenEmpty && (folder.readable.length === 0 || onlyDrafts) && !problems.some((p) => p.file.startsWith(relDir))) {
      problems.push({ file: relDir, message: onlyDrafts ? `${type.whenEmpty} once its drafts are left out` : type.whenEmpty });
    }
    return items;
  }

  // The one loop over the table: every content type is read, validated and built the same way.
  // (Object.entries forgets which item type belongs to which key; the table's own keys restore it.)
  const loaded = await Promise.all(Object.entries(types).map(async ([key, type]) => [key, await load(type)]));
  const items = Object.fromEntries(loaded) as ContentItems;
  const sourcesPath = join(dir, "sources.yaml");
  const sources = await readSources(sourcesPath, rel(sourcesPath), problems);
  if (sources.found) files.push(sourcesPath);
  const planPath = join(dir, "plan.yaml");
  const plan = await readPlanQuestions(planPath, rel(planPath), problems);
  if (plan.found) files.push(planPath);
  return { ...items, sources, plan, fieldLine, unverifiable };
}

type Edition = Awaited<ReturnType<typeof readEdition>>;

/** Links are checked once everything of a language is known, so a link to a later file is fine. */
function checkLinks(edition: Pick<Content, "chapters" | "pages" | "cards" | "sources">, read: Pick<Edition, "fieldLine" | "unverifiable">, reading: Reading) {
  const linkCheck = { anchors: siteAnchors(edition.chapters, edition.pages, edition.cards, edition.sources), unverifiable: read.unverifiable, drafts: reading.drafts, problems: reading.problems };
  checkDocumentLinks(linkCheck, [...edition.chapters, ...edition.pages]);
  resolveGuideLinks(linkCheck, edition.cards, read.fieldLine);
}

export async function loadContent(options: LoadOptions): Promise<Content> {
  const contentDir = options.contentDir ?? join(options.root, "content");
  const reading: Reading = { root: options.root, problems: [], files: [], includeDrafts: options.includeDrafts === true, drafts: new Map() };
  const { problems, files } = reading;
  const relPath = (path: string) => relative(options.root, path).split("\\").join("/");
  // The settings name the languages, the default first; without readable settings, the default's words are still checked.
  const settingsPath = join(contentDir, "site.yaml");
  const settingsFile = await readSettings(settingsPath, relPath(settingsPath), problems, { deckFileIds });
  if (settingsFile.found) files.push(settingsPath);
  const settings = settingsFile.settings;
  const languages = settings?.languages ?? ["en"];
  const relContentDir = relative(options.root, contentDir).split("\\").join("/");
  const strings = await readStrings({ contentDir, relContentDir, problems, paths: files }, languages, vocabularyKeys);

  const read = await readEdition(reading, contentDir, contentTypes, false);
  const { chapters, pages, cards } = read;
  checkLinks({ chapters, pages, cards, sources: read.sources.sources }, read, reading);
  const base: Content = {
    settings: settings!, // present unless a problem was reported, and then nothing is returned
    lang: languages[0],
    strings: strings.get(languages[0])!,
    chapters, cards, pages,
    sources: read.sources.sources,
    plan: read.plan.plan,
    updated: new Date(0),
    files,
    translations: [],
    untranslated: [],
    drafts: reading.includeDrafts,
  };

  for (const lang of languages.slice(1)) {
    const translated = await readEdition(reading, join(contentDir, lang), translationTypes(base), true);
    if (translated.plan.found && base.plan.groups.length) checkPlanIds(base.plan, translated.plan.plan, problems);
    const parts = completeTranslation(base, {
      chapters: translated.chapters, pages: translated.pages, cards: translated.cards,
      sources: translated.sources.found ? translated.sources.sources : undefined,
      plan: translated.plan.found ? translated.plan.plan : undefined,
    });
    checkLinks(parts, translated, reading);
    base.translations.push({ ...base, ...parts, lang, strings: strings.get(lang)!, translations: [] });
  }

  if (problems.length > 0) throw new ContentError(problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0))));
  base.updated = contentDate(contentDir, files);
  files.sort();
  for (const translation of base.translations) translation.updated = base.updated;
  return base;
}

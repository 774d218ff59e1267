// The one content loader, as wiring: reads every content type in the table, sources.yaml and plan.yaml, checks the
// links between them, and returns the typed model, or throws one ContentError listing every problem. Drafts
// (`draft: true`) are left out of the model unless asked for, so nothing built from it can show them.
import { join, relative } from "node:path";
import { contentTypes, type AnyContentType, type ContentItems, type ModelItem } from "./content-types.js";
import { contentDate } from "./dates.js";
import { ContentError, type ContentProblem } from "./errors.js";
import { idOf, readFolder } from "./folders.js";
import { checkDocumentLinks, resolveGuideLinks, siteAnchors } from "./links.js";
import type { MarkdownFile } from "./read.js";
import { readPlanQuestions } from "./plan-questions.js";
import { readSources } from "./sources.js";
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

export async function loadContent(options: LoadOptions): Promise<Content> {
  const contentDir = options.contentDir ?? join(options.root, "content");
  const rel = (path: string) => relative(options.root, path).split("\\").join("/");
  const problems: ContentProblem[] = [];
  const files: string[] = [];
  const sourceOf = new Map<string, MarkdownFile>();
  const unverifiable = new Set<string>();
  /** Address → file of each draft left out: a link to one is an error, not a broken page. */
  const drafts = new Map<string, string>();
  const fieldLine = (file: string, field: string) => sourceOf.get(file)?.lineOf([field]);

  /** Reads one type's folder, validates each file, builds and arranges the items. */
  async function load(type: AnyContentType) {
    const dir = join(contentDir, type.folder);
    const folder = await readFolder({ dir, relDir: rel(dir), label: type.label, required: type.required }, problems);
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
      if (isDraft(checked.value) && !options.includeDrafts) {
        drafts.set(type.url(id), source.file);
        unverifiable.delete(type.url(id));
        draftsLeftOut++;
        continue;
      }
      const item = type.build({ fields: checked.value, source, id, url: type.url(id) }, problems);
      if (item) { items.push(item); unverifiable.delete(item.url); }
    }
    type.arrange?.(items, problems, fieldLine);
    // "Empty" only when the folder holds no file at all, or only drafts; a folder of broken files has its own errors.
    const relDir = rel(dir);
    const onlyDrafts = items.length === 0 && draftsLeftOut > 0;
    if (type.whenEmpty && (folder.readable.length === 0 || onlyDrafts) && !problems.some((p) => p.file.startsWith(relDir))) {
      problems.push({ file: relDir, message: onlyDrafts ? `${type.whenEmpty} once its drafts are left out` : type.whenEmpty });
    }
    return items;
  }

  // The one loop over the table: every content type is read, validated and built the same way.
  // (Object.entries forgets which item type belongs to which key; the table's own keys restore it.)
  const loaded = await Promise.all(Object.entries(contentTypes).map(async ([key, type]) => [key, await load(type)]));
  const { chapters, pages, cards } = Object.fromEntries(loaded) as ContentItems;
  const sourcesPath = join(contentDir, "sources.yaml");
  const { sources, found } = await readSources(sourcesPath, rel(sourcesPath), problems);
  if (found) files.push(sourcesPath);
  const planPath = join(contentDir, "plan.yaml");
  const planFile = await readPlanQuestions(planPath, rel(planPath), problems);
  if (planFile.found) files.push(planPath);

  // Links are checked once everything is known, so a link to a later file is fine.
  const linkCheck = { anchors: siteAnchors(chapters, pages, cards, sources), unverifiable, drafts, problems };
  checkDocumentLinks(linkCheck, [...chapters, ...pages]);
  resolveGuideLinks(linkCheck, cards, fieldLine);

  if (problems.length > 0) throw new ContentError(problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0))));
  return { chapters, cards, pages, sources, plan: planFile.plan, updated: contentDate(contentDir, files), drafts: options.includeDrafts === true, files: files.sort() };
}

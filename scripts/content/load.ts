// The one content loader: reads content/, validates every file against the schema, links the pieces
// together and returns the typed model, or throws one ContentError listing every problem found.
import { readdir, readFile, stat } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { join, relative } from "node:path";
import matter from "gray-matter";
import { ContentError, type ContentProblem } from "./errors.js";
import { assignHeadingIds, blocksToText, cardBlocks, findLinks, findRawHtml, parseMarkdown, UnprintableMarkdown } from "./markdown.js";
import { decodeUtf8, splitFrontMatter, type SourceFile } from "./read.js";
import { cardUrl, chapterUrl, fixedRoutes, pageUrl } from "./routes.js";
import { cardSchema, chapterSchema, pageSchema, sourcesFileSchema } from "./schema.js";
import type { Card, Chapter, Content, Page, Source } from "./types.js";
import { validateFrontMatter } from "./validate.js";
import { kinds } from "./vocabulary.js";

export interface LoadOptions {
  /** Project root; content is read from `<root>/content`. */
  root: string;
  /** Where the content folder is, if not `<root>/content`. */
  contentDir?: string;
}

const WORDS_PER_MINUTE = 200;
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function loadContent(options: LoadOptions): Promise<Content> {
  const contentDir = options.contentDir ?? join(options.root, "content");
  const rel = (path: string) => relative(options.root, path).split("\\").join("/");
  const problems: ContentProblem[] = [];
  const files: string[] = [];

  // Addresses of files that failed to load: links to them are not reported again as broken.
  const unverifiable = new Set<string>();

  async function readFolder(folder: string, label: string, urlFor: (id: string) => string, required = true): Promise<SourceFile[]> {
    const dir = join(contentDir, folder);
    let names: string[];
    try {
      names = (await readdir(dir)).filter((name) => !name.startsWith(".")).sort();
    } catch {
      if (required) problems.push({ file: rel(dir), message: `is missing: the ${label} live here, one markdown file each` });
      return [];
    }
    const sources: SourceFile[] = [];
    // Ids come from file names; names differing only in case would clash on many file systems and URLs.
    const seenIds = new Map<string, string>();
    for (const name of names.filter((n) => n.endsWith(".md"))) {
      const key = name.slice(0, -3).toLowerCase();
      const clash = seenIds.get(key);
      if (clash) problems.push({ file: rel(join(dir, name)), field: "id", message: `duplicates the id "${key}" of ${rel(join(dir, clash))}` });
      else seenIds.set(key, name);
    }
    await Promise.all(
      names.map(async (name) => {
        const path = join(dir, name);
        const file = rel(path);
        if (!(await stat(path)).isFile()) return;
        if (!name.endsWith(".md")) {
          problems.push({ file, message: `is not a markdown file: only .md files belong in ${rel(dir)}/` });
          return;
        }
        files.push(path);
        const id = name.slice(0, -3);
        unverifiable.add(urlFor(id)); // until the file proves valid
        const text = decodeUtf8(file, await readFile(path));
        if (typeof text !== "string") return void problems.push(text);
        const source = splitFrontMatter(file, text);
        if ("message" in source) return void problems.push(source);
        if (seenIds.get(id.toLowerCase()) !== name) return; // reported above as a duplicate
        if (!idPattern.test(id)) {
          problems.push({ file, message: "file name must be lowercase letters, digits and single hyphens (it becomes the page address)" });
          return;
        }
        sources.push(source);
      }),
    );
    return sources.sort((a, b) => (a.file < b.file ? -1 : 1));
  }

  const [cardFiles, chapterFiles, pageFiles] = await Promise.all([
    readFolder("cards", "deck's cards", cardUrl),
    readFolder("guide", "guide's chapters", chapterUrl),
    readFolder("pages", "site's pages", pageUrl, false),
  ]);
  const sources = await readSources(join(contentDir, "sources.yaml"), rel, problems, files);

  const idOf = (source: SourceFile) => source.file.replace(/^.*\//, "").slice(0, -3);

  const chapters: Chapter[] = [];
  for (const source of chapterFiles) {
    const checked = validateFrontMatter(chapterSchema, source);
    if (!checked.ok) { problems.push(...checked.problems); continue; }
    const slug = idOf(source);
    const { tokens, headings } = parseBody(source, problems);
    const words = source.body.split(/\s+/).filter(Boolean).length;
    unverifiable.delete(chapterUrl(slug));
    chapters.push({ ...checked.value, slug, file: source.file, url: chapterUrl(slug), tokens, headings, words, readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) });
  }
  chapters.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  for (let i = 1; i < chapters.length; i++) {
    if (chapters[i].order === chapters[i - 1].order) {
      problems.push({ file: chapters[i].file, field: "order", message: `must be unique (found ${chapters[i].order}, also used by ${chapters[i - 1].file})` });
    }
  }

  const pages: Page[] = [];
  for (const source of pageFiles) {
    const checked = validateFrontMatter(pageSchema, source);
    if (!checked.ok) { problems.push(...checked.problems); continue; }
    const slug = idOf(source);
    const { tokens, headings } = parseBody(source, problems);
    const url = pageUrl(slug);
    if ((fixedRoutes as readonly string[]).includes(url) || slug === "guide" || slug === "cards") {
      problems.push({ file: source.file, message: `its address ${url} is already a built-in page; rename the file` });
      continue;
    }
    unverifiable.delete(url);
    pages.push({ ...checked.value, slug, file: source.file, url, tokens, headings });
  }

  const cards: Card[] = [];
  for (const source of cardFiles) {
    const id = idOf(source);
    const checked = validateFrontMatter(cardSchema, source);
    if (!checked.ok) { problems.push(...checked.problems); continue; }
    let blocks: Card["blocks"];
    try {
      blocks = cardBlocks(parseMarkdown(source.body));
    } catch (error) {
      if (!(error instanceof UnprintableMarkdown)) throw error;
      problems.push({ file: source.file, line: error.line !== undefined ? source.bodyLine + error.line - 1 : undefined, field: "body", message: error.message });
      continue;
    }
    if (blocks.length === 0) {
      problems.push({ file: source.file, field: "body", message: "is empty: a card needs a few words under its front matter" });
      continue;
    }
    unverifiable.delete(cardUrl(id));
    cards.push({ ...checked.value, id, file: source.file, url: cardUrl(id), number: 0, body: source.body.trim(), blocks, text: blocksToText(blocks) });
  }
  const kindRank = (kind: string) => kinds.findIndex((k) => k.id === kind);
  cards.sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || (a.order ?? Infinity) - (b.order ?? Infinity) || a.id.localeCompare(b.id));
  cards.forEach((card, index) => (card.number = index + 1));

  // "Empty" only when the folder holds no file at all; a folder of broken files has its own errors.
  const isEmpty = (folder: string) => !problems.some((p) => p.file.startsWith(`${rel(join(contentDir, folder))}`));
  if (cardFiles.length === 0 && isEmpty("cards")) problems.push({ file: rel(join(contentDir, "cards")), message: "has no cards: the deck would be empty" });
  if (chapterFiles.length === 0 && isEmpty("guide")) problems.push({ file: rel(join(contentDir, "guide")), message: "has no chapters: the guide would be empty" });

  // Links are checked once everything is known, so a link to a later file is fine.
  const anchors = new Map<string, Set<string>>();
  for (const chapter of chapters) anchors.set(chapter.url, new Set(chapter.headings.map((h) => h.id)));
  for (const page of pages) anchors.set(page.url, new Set(page.headings.map((h) => h.id)));
  for (const card of cards) anchors.set(card.url, new Set());
  for (const route of fixedRoutes) anchors.set(route, new Set());
  const sourcesPage = anchors.get("/sources/");
  if (sourcesPage) for (const s of sources) sourcesPage.add(s.id);

  const checkLink = (file: string, href: string, line: number | undefined, field = "link") => {
    const [path, hash] = href.split("#");
    if (unverifiable.has(path)) return; // its own error is already reported
    const targets = anchors.get(path);
    if (!targets) problems.push({ file, line, field, message: `points to ${href}, a page that does not exist` });
    else if (hash && !targets.has(hash)) problems.push({ file, line, field, message: `points to ${href}, but that page has no section "#${hash}"` });
  };
  for (const doc of [...chapters, ...pages]) {
    for (const link of findLinks(doc.tokens)) {
      if (link.href.startsWith("/")) checkLink(doc.file, link.href, link.line);
      else if (!/^(https?:|mailto:|#)/.test(link.href)) problems.push({ file: doc.file, line: link.line, field: "link", message: `points to "${link.href}": write internal links from the site root, e.g. /guide/why-it-matters/` });
    }
  }
  for (const card of cards) {
    if (!card.guide) continue;
    const [slug, hash] = card.guide.split("#");
    const href = chapterUrl(slug) + (hash ? `#${hash}` : "");
    const before = problems.length;
    checkLink(card.file, href, undefined, "guide");
    if (problems.length === before) card.guideUrl = href;
  }

  if (problems.length > 0) throw new ContentError(problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0))));
  return { chapters, cards, pages, sources, updated: contentDate(contentDir, files), files: files.sort() };
}

function parseBody(source: SourceFile, problems: ContentProblem[]) {
  const tokens = parseMarkdown(source.body);
  for (const html of findRawHtml(tokens)) {
    problems.push({ file: source.file, line: html.line !== undefined ? source.bodyLine + html.line - 1 : undefined, field: "body", message: `contains raw HTML (${html.snippet}); content is plain markdown so that no page can carry markup or script from it` });
  }
  for (const token of tokens) if (token.map) token.map = [token.map[0] + source.bodyLine - 1, token.map[1] + source.bodyLine - 1];
  const headings = assignHeadingIds(tokens);
  return { tokens, headings };
}

async function readSources(path: string, rel: (p: string) => string, problems: ContentProblem[], files: string[]): Promise<Source[]> {
  const file = rel(path);
  let text: string;
  try {
    const decoded = decodeUtf8(file, await readFile(path));
    if (typeof decoded !== "string") return void problems.push(decoded), [];
    text = decoded;
  } catch {
    return []; // sources are optional until a page cites them; a citing link then fails with a clear message
  }
  files.push(path);
  let data: unknown;
  try {
    data = matter(`---\n${text}\n---\n`, {}).data;
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    problems.push({ file, line: mark?.line, message: `is not valid YAML: ${(error as { reason?: string }).reason ?? (error as Error).message}` });
    return [];
  }
  const result = sourcesFileSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ file, field: issue.path.join("."), message: issue.message });
    return [];
  }
  const ids = new Set<string>();
  for (const source of result.data.sources) {
    if (ids.has(source.id)) problems.push({ file, field: "id", message: `"${source.id}" is listed twice` });
    ids.add(source.id);
  }
  return result.data.sources;
}

/** Reproducible "last updated": never the clock, so two builds of one commit agree byte for byte. */
function contentDate(contentDir: string, files: string[]): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  try {
    const out = execFileSync("git", ["log", "-1", "--format=%ct", "--", "."], { cwd: contentDir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (/^\d+$/.test(out)) return new Date(Number(out) * 1000);
  } catch {
    // not a git checkout: fall through to the files themselves
  }
  const newest = Math.max(0, ...files.map((file) => statSync(file).mtimeMs));
  return new Date(Math.floor(newest / 1000) * 1000);
}

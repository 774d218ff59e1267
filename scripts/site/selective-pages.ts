// Eleventy plugin: renders only the pages a selector chooses: those whose inputs changed since the
// output folder was written (a PageLedger; page-inputs.ts says what each page reads), or one batch of
// a big site (PageBatches). A template with no page chosen is skipped (a preprocessor returning false);
// a paginated one iterates only its chosen items (a pagination `before` filter); the files of pages
// that are gone are removed. Without a selector it does nothing: a build renders every page.
import { readFileSync } from "node:fs";
import { rm, rmdir } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { hashOf } from "../cache/build-cache.js";
import { sourceVersion } from "../cache/source-version.js";
import type { Content } from "../content/index.js";
import type { DeckManifest } from "../manifest/deck-manifest.js";
import { pageFingerprinter, type PageTemplate } from "./page-inputs.js";
import type { PageSelector, WrittenPage } from "./page-ledger.js";
import { templateReads } from "./template-reads.js";

const templatesDir = fileURLToPath(new URL("../../templates/", import.meta.url));

export interface SelectivePagesOptions {
  /** Which pages each pass renders; absent: every page. */
  selector?: PageSelector;
  content: () => Promise<Content>;
  decks: () => Promise<DeckManifest>;
  pathPrefix: string;
  siteUrl: string;
}

interface PaginationData {
  data: string;
  size: number;
  before?: (items: unknown[], data: unknown) => unknown[];
}

/** An item's stable key: its id, slug, number or address, else its place in the list. */
const keyOf = (item: unknown, index: number): string => {
  const record = (item ?? {}) as Record<string, unknown>;
  return String(record.id ?? record.slug ?? record.number ?? record.url ?? `#${index}`);
};

const ownBefore = Symbol("the template's own pagination.before");

export default function selectivePages(eleventyConfig: UserConfig, options: SelectivePagesOptions): void {
  const { selector } = options;
  if (!selector) return;
  const config = eleventyConfig as UserConfig & { dataFilterSelectors: Set<string>; globalData: Record<string, unknown> };
  // So that each written page says which item it was made from.
  config.dataFilterSelectors.add("pagination.items");
  const site = hashOf(sourceVersion(["templates", "scripts/site", "scripts/content", "scripts/manifest", "eleventy.config.ts"]), options.pathPrefix, options.siteUrl);
  const source = (path: string) => readFileSync(join(templatesDir, path), "utf8");
  const templates = new Map<string, PageTemplate>();
  const templateOf = (name: string, layout: string | undefined): PageTemplate => {
    const id = `${name}\0${layout ?? ""}`;
    if (!templates.has(id)) {
      const files = layout ? [`pages/${name}`, `layouts/${layout}`] : [`pages/${name}`];
      const reads = files.map((file) => templateReads(file, source));
      const merged = { paths: new Set(reads.flatMap((r) => [...r.paths])), helpers: new Set(reads.flatMap((r) => [...r.helpers])), readsPagination: reads.some((r) => r.readsPagination) };
      templates.set(id, { name, source: files.map(source).join("\0"), reads: merged });
    }
    return templates.get(id)!;
  };

  let fingerprints: ReturnType<typeof pageFingerprinter> | undefined;
  const keys = new Map<unknown, string>();
  eleventyConfig.on("eleventy.before", async () => {
    selector.begin();
    keys.clear();
    if (selector.fingerprints) fingerprints = pageFingerprinter({ model: await options.content(), decks: options.decks, site, globals: new Set(Object.keys(config.globalData)) });
  });

  eleventyConfig.addPreprocessor("selective-pages", "njk", async function (this: { inputPath: string }, data: Record<string, unknown>) {
    const name = basename(this.inputPath);
    const template = templateOf(name, data.layout as string | undefined);
    const pagination = data.pagination as (PaginationData & { [ownBefore]?: PaginationData["before"] }) | undefined;
    const list = pagination ? lookUp(data, pagination.data) : undefined;
    const items = Array.isArray(list) ? list : [undefined];
    const itemKeys = items.map((item, i) => (list ? keyOf(item, i) : ""));
    items.forEach((item, i) => keys.set(item, itemKeys[i]));
    const whole = !Array.isArray(list) || pagination?.size !== 1 || template.reads.readsPagination;
    const render = selector.choose(name, itemKeys, selector.fingerprints ? await fingerprints!(template, items) : undefined, whole);
    if (render.size === 0) return false;
    if (pagination && Array.isArray(list)) {
      if (!(ownBefore in pagination)) pagination[ownBefore] = pagination.before;
      const own = pagination[ownBefore];
      const chosen = render.size === items.length ? undefined : (all: unknown[]) => all.filter((item) => render.has(keys.get(item)!));
      pagination.before = chosen && own ? (all, d) => own(chosen(all), d) : (chosen ?? own);
    }
    return undefined;
  });

  eleventyConfig.on("eleventy.after", async ({ directories, results }: { directories: { output: string }; results: PageResult[] }) => {
    const written: WrittenPage[] = results
      .filter((page) => typeof page.outputPath === "string")
      .map((page) => ({ template: basename(page.inputPath), key: keys.get(page.data?.pagination?.items?.[0]) ?? "", output: relative(directories.output, page.outputPath as string) }));
    for (const output of selector.commit(written)) await removeOutput(directories.output, output);
  });
}

interface PageResult {
  inputPath: string;
  outputPath: string | false;
  data?: { pagination?: { items?: unknown[] } };
}

function lookUp(data: Record<string, unknown>, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);
}

/** Removes a page's file, and its folder when that is left empty (a card's /cards/<id>/). */
async function removeOutput(outputDir: string, output: string): Promise<void> {
  await rm(join(outputDir, output), { force: true });
  await rmdir(dirname(join(outputDir, output))).catch(() => {});
}

// Search, on the search page only: Pagefind's index, fetched from this site, searched on this device.
import { siteBase } from "./lib/site-base.js";

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  debouncedSearch(query: string, options: object, wait: number): Promise<{ results: PagefindResult[] } | null>;
}

const form = document.querySelector<HTMLFormElement>("[data-search]")!;
const input = form.querySelector("input")!;
const status = document.querySelector<HTMLElement>("[data-search-status]")!;
const results = document.querySelector<HTMLElement>("[data-search-results]")!;
const base = siteBase();

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Pagefind's excerpts are escaped text with <mark> around matches; keep the marks, escape the rest. */
const excerptHtml = (excerpt: string) =>
  escape(excerpt.replace(/<\/?mark>/g, "\u0001")).replace(/\u0001([^\u0001]*)\u0001/g, "<mark>$1</mark>").replace(/&#38;(amp|lt|gt|quot|#39);/g, "&$1;");

form.hidden = false;
form.addEventListener("submit", (event) => {
  event.preventDefault();
  void run(input.value);
});

let pagefind: Promise<Pagefind> | undefined;
function load(): Promise<Pagefind> {
  pagefind ??= (import(new URL("pagefind/pagefind.js", base).href) as Promise<Pagefind>).then(async (module) => {
    // A fixed cache tag (set at build) instead of Pagefind's timestamp, so the service worker can answer offline.
    await module.options({ basePath: new URL("pagefind/", base).pathname, metaCacheTag: form.dataset.cacheTag, excerptLength: 18 });
    return module;
  });
  return pagefind;
}

async function run(query: string): Promise<void> {
  const engine = await load();
  const found = await engine.debouncedSearch(query, {}, 200);
  if (found === null) return; // a newer query replaced this one
  if (!query.trim()) {
    results.textContent = "";
    status.textContent = "";
    return;
  }
  const items = await Promise.all(found.results.slice(0, 12).map((result) => result.data()));
  status.textContent = items.length === 0 ? "Nothing found. Try a shorter word." : `${found.results.length} found`;
  results.innerHTML = items
    .map((item) => `<li><a href="${escape(new URL(item.url.replace(/^\//, ""), base).pathname)}">${escape(item.meta.title || item.url)}</a><p>${excerptHtml(item.excerpt)}</p></li>`)
    .join("");
}

input.addEventListener("input", () => void run(input.value).catch(() => (status.textContent = "Search could not load.")));
input.addEventListener("focus", () => void load(), { once: true });
const initial = new URLSearchParams(location.search).get("q");
if (initial) {
  input.value = initial;
  void run(initial);
}

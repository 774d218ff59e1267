// Search, on the search page only: Pagefind's index, fetched from this site, searched on this device.
// The query lives in the address (?q=), so Back from a result finds it again; a word the index does
// not know is corrected to the nearest word of the content ("Did you mean…?"), built at build time.
import { languageBase } from "./lib/site-base.js";
import { word } from "./lib/words.js";
import { correctQuery } from "./lib/spelling.js";

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string; neutral?: string } }>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  debouncedSearch(query: string, options: object, wait: number): Promise<{ results: PagefindResult[] } | null>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const form = document.querySelector<HTMLFormElement>("[data-search]")!;
const input = form.querySelector("input")!;
const status = document.querySelector<HTMLElement>("[data-search-status]")!;
const suggestion = document.querySelector<HTMLElement>("[data-search-suggestion]")!;
const results = document.querySelector<HTMLElement>("[data-search-results]")!;
const base = languageBase();

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Pagefind's excerpts are escaped text with <mark> around matches; keep the marks, escape the rest. */
const excerptHtml = (excerpt: string) =>
  escape(excerpt.replace(/<\/?mark>/g, "\u0001")).replace(/\u0001([^\u0001]*)\u0001/g, "<mark>$1</mark>").replace(/&#38;(amp|lt|gt|quot|#39);/g, "&$1;");

let pagefind: Promise<Pagefind> | undefined;
function load(): Promise<Pagefind> {
  pagefind ??= (import(new URL("pagefind/pagefind.js", base).href) as Promise<Pagefind>).then(async (module) => {
    // A fixed cache tag (set at build) instead of Pagefind's timestamp, so the service worker can answer offline.
    await module.options({ basePath: new URL("pagefind/", base).pathname, metaCacheTag: form.dataset.cacheTag, excerptLength: 18 });
    return module;
  });
  return pagefind;
}

let words: Promise<string[]> | undefined;
const loadWords = () => (words ??= fetch(new URL("search/words.json", base)).then((response) => (response.ok ? (response.json() as Promise<string[]>) : [])));

/** Keeps the query in the address without adding a history entry per keystroke. */
function remember(query: string): void {
  const url = new URL(location.href);
  if (query.trim()) url.searchParams.set("q", query);
  else url.searchParams.delete("q");
  history.replaceState(history.state, "", url);
}

function showSuggestion(typed: string, corrected: string): void {
  const link = document.createElement("a");
  link.href = `?q=${encodeURIComponent(corrected)}`;
  link.textContent = corrected;
  link.addEventListener("click", (event) => {
    event.preventDefault();
    input.value = corrected;
    void run(corrected);
  });
  const [before, after] = word("didYouMean", { typed }).split("{corrected}");
  suggestion.replaceChildren(before, link, after ?? "");
  suggestion.hidden = false;
}

async function run(query: string): Promise<void> {
  remember(query);
  const engine = await load();
  let found = await engine.debouncedSearch(query, {}, 200);
  if (found === null) return; // a newer query replaced this one
  suggestion.hidden = true;
  if (!query.trim()) {
    results.textContent = "";
    status.textContent = "";
    return;
  }
  if (found.results.length === 0) {
    const corrected = correctQuery(query, await loadWords());
    if (corrected && input.value === query) {
      found = await engine.search(corrected);
      if (found.results.length) showSuggestion(query, corrected);
    }
  }
  if (input.value !== query) return;
  const items = await Promise.all(found.results.slice(0, 12).map((result) => result.data()));
  const discreet = document.documentElement.hasAttribute("data-discreet");
  status.textContent = items.length === 0 ? word("nothingFound") : word("found", { count: found.results.length });
  results.innerHTML = items
    .map((item) => {
      const title = (discreet && item.meta.neutral) || item.meta.title || item.url;
      return `<li><a href="${escape(new URL(item.url.replace(/^\//, ""), base).pathname)}">${escape(title)}</a><p>${excerptHtml(item.excerpt)}</p></li>`;
    })
    .join("");
}

const search = (query: string) => void run(query).catch(() => (status.textContent = word("searchFailed")));
form.addEventListener("submit", (event) => {
  event.preventDefault();
  search(input.value);
});
input.addEventListener("input", () => search(input.value));
input.addEventListener("focus", () => void load(), { once: true });
const initial = new URLSearchParams(location.search).get("q");
if (initial) {
  input.value = initial;
  search(initial);
}

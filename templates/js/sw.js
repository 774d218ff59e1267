// The site's service worker: precaches the site at install and serves it cache-first, so the guide
// and cards work offline after one visit. Files outside the precache (the PDFs, the corrected-file
// maker) come from the network while there is one; a PDF the reader opened, and anything a page
// asked to keep, is kept as well, refreshed on every fetch, and served from there when offline.
const VERSION = "PRECACHE_VERSION";
// Cache names are data already on readers' devices (kept files live in FILE_CACHE), so they keep the first site's name.
const SITE_CACHE_PREFIX = "afterglow-site-"; // stored-data name
const SITE_CACHE = `${SITE_CACHE_PREFIX}${VERSION}`;
const FILE_CACHE = "afterglow-files"; // stored-data name
/** The page that says a file was not kept for offline use (relative to the scope; set at build). */
const OFFLINE_PAGE = "OFFLINE_FILE_PAGE";
/** Most files one "keep" message may ask for. */
const KEEP_LIMIT = 100;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch(new URL("precache.json", self.registration.scope), { cache: "no-cache" });
      const { files } = await response.json();
      const cache = await caches.open(SITE_CACHE);
      await cache.addAll(files);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(keys.filter((key) => key.startsWith(SITE_CACHE_PREFIX) && key !== SITE_CACHE).map((key) => caches.delete(key)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith(respond(event, url));
});

async function respond(event, url) {
  const { request } = event;
  const site = await caches.open(SITE_CACHE);
  // Pagefind asks for its entry file with a ?ts= tag; pages are the same page whatever their query
  // (?kind=…, ?q=…), which their scripts read.
  const options = { ignoreSearch: url.pathname.includes("/pagefind/") || request.mode === "navigate" };
  // A fallback page links the default language's home as …/index.html: the same page as its folder.
  const folder = request.mode === "navigate" && url.pathname.endsWith("/index.html") && new URL(url.pathname.slice(0, -"index.html".length), url);
  const cached = (await site.match(request, options)) || (folder && (await site.match(folder, options)));
  if (cached) return cached;
  const files = await caches.open(FILE_CACHE);
  try {
    const response = await fetch(request);
    const keep = response.status === 200 && !request.headers.has("range") && (url.pathname.endsWith(".pdf") || (await files.match(request)));
    if (keep) event.waitUntil(files.put(request, response.clone()));
    return response;
  } catch (error) {
    const kept = await files.match(request);
    if (kept) return kept;
    if (request.mode === "navigate") {
      const isFile = url.pathname.endsWith(".pdf");
      const page = await inLanguageOf(url, site, isFile ? OFFLINE_PAGE : "404.html");
      if (page) return new Response(page.body, { status: isFile ? 503 : 404, headers: page.headers });
    }
    throw error;
  }
}

/**
 * A fallback page in the language of the address asked for: under /es/ the Spanish one when the site
 * has it (each language's pages live under its code; the precache says which exist), else the root's.
 */
async function inLanguageOf(url, site, page) {
  const scope = new URL(self.registration.scope);
  const rest = url.pathname.startsWith(scope.pathname) ? url.pathname.slice(scope.pathname.length) : "";
  const lang = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\//.exec(rest)?.[1];
  return (lang && (await site.match(new URL(`${lang}/${page}`, scope)))) || site.match(new URL(page, scope));
}

// A page asks to keep files for offline use ({ type: "keep", urls }) and listens on the port it sent.
self.addEventListener("message", (event) => {
  const port = event.ports[0];
  const { type, urls } = event.data ?? {};
  if (!port || type !== "keep" || !Array.isArray(urls)) return;
  event.waitUntil(keep(urls.slice(0, KEEP_LIMIT), port));
});

async function keep(urls, port) {
  const files = await caches.open(FILE_CACHE);
  let bytes = 0;
  for (const [index, href] of urls.entries()) {
    const url = new URL(String(href), self.registration.scope);
    if (url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) continue;
    try {
      const response = await fetch(url, { cache: "no-cache" });
      if (response.status !== 200) throw new Error(`${url.pathname} answered ${response.status}`);
      const body = await response.blob();
      bytes += body.size;
      await files.put(url, new Response(body, { headers: response.headers }));
      port.postMessage({ kept: index + 1, of: urls.length, bytes });
    } catch (error) {
      port.postMessage({ failed: url.pathname, reason: String(error && error.message) });
      return;
    }
  }
  port.postMessage({ done: true, bytes });
}

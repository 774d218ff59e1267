// Afterglow's service worker: precaches the site at install and serves it cache-first, so the guide
// and cards work offline after one visit. PDFs are kept only once the reader has downloaded them.
const VERSION = "PRECACHE_VERSION";
const SITE_CACHE = `afterglow-site-${VERSION}`;
const FILE_CACHE = "afterglow-files";

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
      await Promise.all(keys.filter((key) => key.startsWith("afterglow-site-") && key !== SITE_CACHE).map((key) => caches.delete(key)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith(respond(event.request, url));
});

async function respond(request, url) {
  // Pagefind asks for its entry file with a ?ts= tag; the cached copy is the same file.
  const cached = await caches.match(request, { ignoreSearch: url.pathname.includes("/pagefind/") });
  if (cached) return cached;
  try {
    const response = await fetch(request);
    if (response.status === 200 && url.pathname.endsWith(".pdf")) {
      const copy = response.clone();
      caches.open(FILE_CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  } catch (error) {
    if (request.mode === "navigate") {
      const notFound = await caches.match(new URL("404.html", self.registration.scope));
      if (notFound) return notFound;
    }
    throw error;
  }
}

// The site's URL scheme, shared so that content links can be checked before anything is built.

export const chapterUrl = (slug: string) => `/guide/${slug}/`;
export const cardUrl = (id: string) => `/cards/${id}/`;
export const pageUrl = (slug: string) => `/${slug}/`;

/** Pages the site always builds from templates, whatever the content says. */
export const fixedRoutes = [
  "/",
  "/tonight/",
  "/guide/",
  "/cards/",
  "/draw/",
  "/downloads/",
  "/how-to-print/",
  "/search/",
  "/favourites/",
  "/plan/",
  "/plan/ours/",
  "/plan/questions/",
  "/your-data/",
  "/make/",
] as const;

export type FixedRoute = (typeof fixedRoutes)[number];

/** A run of Tonight's cards for one combination of answers: /tonight/quick/low/none/. */
export const tonightRunUrl = (choice: { time: string; energy: string; touch: string }) => `/tonight/${choice.time}/${choice.energy}/${choice.touch}/`;

/** What the service worker shows, offline, for a PDF that was not kept on the device (not in the sitemap). */
export const offlineFileRoute = "/downloads/not-saved/";

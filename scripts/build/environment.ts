// What a build takes from its environment: the site's sub-path (PATH_PREFIX) and its origin (SITE_URL).

/** A sub-path as Eleventy and the pages want it: "/" or "/name/". */
export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** PATH_PREFIX, e.g. "/my-site/" for GitHub Pages; "/" when unset. */
export const pathPrefixFromEnv = (): string => normalisePrefix(process.env.PATH_PREFIX ?? "/");

/** Sitemap origin from SITE_URL, else Netlify's URL; "" when neither is set. */
export const siteUrlFromEnv = (): string => (process.env.SITE_URL ?? process.env.URL ?? "").replace(/\/+$/, "");

/** The site's address: SITE_URL (or Netlify's URL) at build time, else the settings' url, else none. */
export const siteUrlFor = (settings: { url?: string }): string => siteUrlFromEnv() || (settings.url ?? "").replace(/\/+$/, "");

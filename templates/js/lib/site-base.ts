// The site's root URL as the page sees it, under any path prefix: the web manifest sits at the root.
export function siteBase(): URL {
  const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  return new URL(".", manifest ? manifest.href : location.href);
}

/** The root of the page's language (the site's root, or e.g. /es/): the layout's rel="home" link. */
export function languageBase(): URL {
  const home = document.querySelector<HTMLLinkElement>('link[rel="home"]');
  return home ? new URL(home.href) : siteBase();
}

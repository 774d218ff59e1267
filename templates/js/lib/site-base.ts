// The site's root URL as the page sees it, under any path prefix: the web manifest sits at the root.
export function siteBase(): URL {
  const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  return new URL(".", manifest ? manifest.href : location.href);
}

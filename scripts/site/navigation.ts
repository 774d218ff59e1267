// The site's menus and its sitemap, made from the one list of routes (scripts/content/routes.ts).
import { fixedRoutes, pageUrl, type Content, type FixedRoute } from "../content/index.js";

export interface MenuItem {
  url: string;
  label: string;
}

/** A built-in page, or a content page by its slug (left out of the menu if the content has no such page). */
type Target = { route: FixedRoute } | { page: string };

const menus: Record<"main" | "footer", [Target, string][]> = {
  main: [
    [{ route: "/tonight/" }, "Tonight"],
    [{ route: "/guide/" }, "Guide"],
    [{ route: "/cards/" }, "Cards"],
    [{ route: "/draw/" }, "Draw"],
    [{ route: "/search/" }, "Search"],
  ],
  footer: [
    [{ route: "/favourites/" }, "Favourites"],
    [{ route: "/plan/" }, "Our aftercare plan"],
    [{ route: "/make/" }, "Make your deck"],
    [{ route: "/downloads/" }, "Downloads"],
    [{ route: "/how-to-print/" }, "How to print"],
    [{ page: "sources" }, "Sources"],
    [{ page: "about" }, "About & privacy"],
    [{ route: "/your-data/" }, "Your data on this device"],
  ],
};

/** The menus with their addresses: built-in pages always, content pages when the content has them. */
export function navigation(content: Pick<Content, "pages">): Record<keyof typeof menus, MenuItem[]> {
  const resolve = (items: [Target, string][]): MenuItem[] =>
    items.flatMap(([target, label]) => {
      if ("route" in target) return [{ url: target.route, label }];
      return content.pages.some((page) => page.slug === target.page) ? [{ url: pageUrl(target.page), label }] : [];
    });
  return { main: resolve(menus.main), footer: resolve(menus.footer) };
}

/** Every address the sitemap lists: built-in pages, chapters, content pages, cards, then the extra pages given (filters). */
export function sitemapUrls(content: Pick<Content, "chapters" | "pages" | "cards">, extra: readonly { url: string }[]): string[] {
  return [
    ...fixedRoutes,
    ...content.chapters.map((chapter) => chapter.url),
    ...content.pages.map((page) => page.url),
    ...content.cards.map((card) => card.url),
    ...extra.map((page) => page.url),
  ];
}

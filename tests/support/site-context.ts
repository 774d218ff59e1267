// A browser context for the site's own tests: a phone-sized window that blocks (and records) every
// request to another origin, and records every console error and uncaught exception.
import type { Browser, BrowserContext, Page } from "playwright-core";

export interface SiteContext {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave the site's origin. */
  offOrigin: string[];
  /** Console errors and uncaught exceptions, with the page they happened on. */
  problems: string[];
}

export async function openSite(browser: Browser, origin: string, options: Parameters<Browser["newContext"]>[0] = {}): Promise<SiteContext> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  const offOrigin: string[] = [];
  const problems: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    offOrigin.push(url);
    return route.abort();
  });
  const watch = (page: Page) => {
    page.on("console", (message) => void (message.type() === "error" && problems.push(`${page.url()}: ${message.text()}`)));
    page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  };
  context.on("page", watch);
  const page = await context.newPage();
  return { context, page, offOrigin, problems };
}

/** What a person sees of an element's text: hidden parts (a discreet stand-in, say) left out. */
export const seen = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => (el as HTMLElement).innerText.trim());

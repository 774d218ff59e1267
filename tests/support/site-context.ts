// A browser context for the site's own tests: a phone-sized window that blocks (and records) every
// request to another origin, and records every console error, uncaught exception and dialog.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { guard } from "./guarded-browser.js";

export interface SiteContext {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave the site's origin. */
  offOrigin: string[];
  /** Console errors and uncaught exceptions, with the page they happened on. */
  problems: string[];
}

export async function openSite(browser: Browser, origin: string, options: Parameters<Browser["newContext"]>[0] = {}): Promise<SiteContext> {
  // The same guard as every other browser test (guarded-browser.ts), with the service worker allowed:
  // these tests use the site as a reader would, offline included.
  const guarded = guard(browser, origin);
  const context = await guarded.newContext({ serviceWorkers: "allow", ...options });
  const page = await context.newPage();
  return { context, page, offOrigin: guarded.offOrigin, problems: guarded.problems };
}

/** What a person sees of an element's text: hidden parts (a discreet stand-in, say) left out. */
export const seen = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => (el as HTMLElement).innerText.trim());

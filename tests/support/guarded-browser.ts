// Browser contexts for tests that must prove nothing leaves the site: every request to another origin
// is blocked and recorded, and every console error, page error and dialog (an alert from injected
// script would be one) is recorded too.
import type { Browser, BrowserContext, Page } from "playwright-core";

export interface Guarded {
  offOrigin: string[];
  problems: string[];
  /** Opens a context (a separate browser profile: its own storage) at phone size. */
  newContext(options?: Parameters<Browser["newContext"]>[0]): Promise<BrowserContext>;
}

export function guard(browser: Browser, origin: string): Guarded {
  const offOrigin: string[] = [];
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on("console", (message) => { if (message.type() === "error") problems.push(`${page.url()}: ${message.text()}`); });
    page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
    page.on("dialog", (dialog) => {
      problems.push(`${page.url()}: a ${dialog.type()} dialog said “${dialog.message()}”`);
      void dialog.dismiss();
    });
  };
  return {
    offOrigin,
    problems,
    async newContext(options = {}) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block", ...options });
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
        offOrigin.push(url);
        return route.abort();
      });
      context.on("page", watch);
      return context;
    },
  };
}

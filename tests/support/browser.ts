// Finds a Chromium for browser tests and launches it the way every test here does.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const chromiumFlags = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** CHROMIUM_PATH, else the usual Debian/Ubuntu places; undefined when none is installed. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter((path): path is string => Boolean(path));
  return candidates.find((path) => existsSync(path));
}

export const chromiumPath = findChromium();

/**
 * Whether browser tests can run here. In CI a missing browser is a failure (thrown at import);
 * elsewhere the tests are skipped with a message that says how to install one.
 */
export function browserAvailable(): boolean {
  if (chromiumPath) return true;
  if (process.env.CI === "true") throw new Error("No Chromium found (CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser): browser tests cannot run in CI without one.");
  console.warn("\n\n*** Browser tests SKIPPED: no Chromium found. Install one with `sudo apt-get install chromium` or set CHROMIUM_PATH. ***\n\n");
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
}

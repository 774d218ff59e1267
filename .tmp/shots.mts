import { chromium } from "playwright-core";
import { serveStatic } from "/work/wt/i18n18/tests/support/static-server.ts";
const dist = process.argv[2]; const pages = process.argv.slice(3);
const server = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
for (const scheme of ["light", "dark"] as const) for (const js of [true, false]) {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: scheme, javaScriptEnabled: js, serviceWorkers: "block" });
  const page = await ctx.newPage();
  for (const p of pages) {
    await page.goto(server.origin + p); await page.waitForTimeout(300);
    const name = `/tmp/shot-${p.replace(/\//g, "_")}-${scheme}-${js ? "js" : "nojs"}.png`;
    await page.screenshot({ path: name, fullPage: false });
  }
  await ctx.close();
}
await browser.close(); await server.close();

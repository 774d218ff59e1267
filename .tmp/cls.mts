import { chromium } from "playwright-core";
import { serveStatic } from "/work/wt/i18n18/tests/support/static-server.ts";
const server = await serveStatic("dist");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox","--disable-gpu"] });
for (const path of ["/", "/es/"]) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  await page.addInitScript(() => { (window as any).shifts = []; new PerformanceObserver((l) => { for (const e of l.getEntries() as any[]) (window as any).shifts.push({ v: e.value, src: e.sources?.map((s: any) => s.node?.outerHTML?.slice(0, 120)) }); }).observe({ type: "layout-shift", buffered: true }); });
  await page.goto(server.origin + path); await page.waitForTimeout(1500);
  console.log(path, JSON.stringify(await page.evaluate(() => (window as any).shifts)));
  await page.close();
}
await browser.close(); await server.close();

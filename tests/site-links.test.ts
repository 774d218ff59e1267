// No broken links, anchors or stylesheet URLs anywhere, at the domain root and under a path prefix.
import { check } from "linkinator";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { serveStatic, type StaticServer } from "./support/static-server.js";

async function crawl(server: StaticServer): Promise<{ broken: string[]; checked: number }> {
  const result = await check({
    path: server.url,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 16,
    // Outbound links (sources) are not fetched: tests make no requests off this machine.
    linksToSkip: async (link) => !link.startsWith(server.origin),
  });
  const broken = result.links.filter((link) => link.state === "BROKEN").map((link) => `${link.status} ${link.url} (from ${link.parent})`);
  return { broken, checked: new Set(result.links.filter((link) => link.state === "OK").map((link) => link.url)).size };
}

describe.each([
  ["at the domain root", () => inject("distDir"), "/"],
  ["under a path prefix", () => inject("prefixedDistDir"), inject("pathPrefix")],
])("links %s", (_, dir, prefix) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(dir(), { prefix });
  });
  afterAll(() => server.close());

  it("are never broken, fragments included", async () => {
    const { broken, checked } = await crawl(server);
    expect(broken).toEqual([]);
    // The crawl really walked the site: every card page alone is more than this.
    expect(checked).toBeGreaterThan(150);
  });
});

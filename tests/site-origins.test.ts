// Privacy by construction: no page loads anything from another origin. The only absolute URLs
// allowed are outbound <a> links (sources), which the reader chooses to follow.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { isRendererFile } from "../scripts/site/custom-deck-paths.js";
import { listBuildFiles } from "./support/static-server.js";

describe("other origins", async () => {
  const dist = inject("distDir");
  const files = await listBuildFiles(dist);

  it("no HTML page references another origin except through an outbound link", async () => {
    const found: string[] = [];
    for (const page of files.filter((f) => f.endsWith(".html"))) {
      const html = await readFile(join(dist, page), "utf8");
      for (const match of html.matchAll(/<([a-z]+)\b[^>]*?\s(?:src|href|srcset|action|poster|data)="((?:https?:)?\/\/[^"]*)"/gi)) {
        if (match[1].toLowerCase() !== "a") found.push(`${page}: <${match[1]}> ${match[2]}`);
      }
    }
    expect(found).toEqual([]);
  });

  // Names, not addresses, in the on-device renderer: the XML namespaces pdfkit writes into a PDF's
  // metadata and the RFCs its password code cites in error messages; the JSON Schema ids zod knows, the
  // addresses its URL check builds from a template, and the example in the content schema's message.
  // Nothing fetches them: tests/browser-custom-deck.test.ts and tests/browser-make.test.ts check that
  // making a file sends no request off the origin.
  const libraryNames = /^https?:\/\/(ns\.adobe\.com|purl\.org|www\.aiim\.org|tools\.ietf\.org|json-schema\.org)\/|^https?:\/\/(\[)?\$\{|^https:\/\/example\.org\/$/;

  it("no stylesheet, script or manifest mentions another origin", async () => {
    for (const file of files.filter((f) => /\.(css|js|webmanifest)$/.test(f) && !/^([a-z-]+\/)?pagefind\//.test(f))) {
      const text = await readFile(join(dist, file), "utf8");
      const found = text.match(/https?:\/\/(?!www\.w3\.org\/)[^\s"')]+/g) ?? [];
      expect(found.filter((url) => !(isRendererFile(file) && libraryNames.test(url))), file).toEqual([]);
    }
  });
});

// Every built page is valid HTML by html-validate's recommended rules (relaxations justified below).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import { describe, expect, inject, it } from "vitest";
import { listBuildFiles } from "./support/static-server.js";

/** The one place rules are relaxed, each for a reason. */
const config: ConfigData = {
  extends: ["html-validate:recommended"],
  rules: {
    // Eleventy's HTML transform writes boolean attributes as hidden="" and defer="": valid HTML.
    "attribute-empty-style": "off",
    "attribute-boolean-style": "off",
    // Typographic quotes and dashes come from content on purpose.
    "no-raw-characters": ["error", { relaxed: true }],
    // The void-element style of Eleventy's serializer (<br>, <meta>) is fine either way.
    "void-style": "off",
    // Card text is written by people; long titles may repeat words in a heading and a link.
    "no-redundant-role": "off",
    // role="list" on styled lists keeps VoiceOver announcing them as lists (WebKit drops it with list-style:none).
  },
};

describe("html-validate", async () => {
  const dist = inject("distDir");
  const pages = (await listBuildFiles(dist)).filter((f) => f.endsWith(".html"));
  const validator = new HtmlValidate(config);

  it("reports no errors on any page", async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(await readFile(join(dist, page), "utf8"), page);
      for (const result of report.results) for (const m of result.messages) if (m.severity === 2) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});

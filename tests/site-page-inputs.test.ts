// Every helper a page template calls is known to the page fingerprints: an unknown one makes its
// pages re-render after every save in npm start (correct, but the dev loop loses its speed).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unknownHelpers } from "../scripts/site/page-inputs.js";
import { templateReads } from "../scripts/site/template-reads.js";

const templates = join(import.meta.dirname, "..", "templates");
const source = (path: string) => {
  for (const dir of ["pages", ".", "layouts"]) if (existsSync(join(templates, dir, path))) return readFileSync(join(templates, dir, path), "utf8");
  return "";
};

describe("page fingerprints", () => {
  it.each(readdirSync(join(templates, "pages")).filter((name) => name.endsWith(".njk")))("know every helper %s calls", (name) => {
    expect(unknownHelpers(templateReads(name, source))).toEqual([]);
  });
});

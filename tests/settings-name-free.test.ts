// Nothing in the code names the project: every name, word and colour a reader sees comes from
// content/site.yaml. What may stay: names of data already on readers' devices (marked "stored-data name"),
// the build's environment variables (deploy settings people have already set) and the site config's export.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const name = /afterglow/i;
/** Allowed: AFTERGLOW_CACHE and the like, and afterglowSite (eleventy.config.ts's export, named in the brief). */
const allowed = /\bAFTERGLOW_[A-Z_]+\b|\bafterglowSite\b/g;

function lines(folder: string): { where: string; line: string }[] {
  return (readdirSync(folder, { recursive: true }) as string[])
    .filter((file) => /\.(ts|js|mjs|njk|css|svg|json|yml|yaml|md|sh)$/.test(file))
    .flatMap((file) => readFileSync(join(folder, file), "utf8").split("\n").map((line, i) => ({ where: `${folder}/${file}:${i + 1}`, line })));
}

describe("templates/ and scripts/", () => {
  it("never name the project, except stored-data names marked as such", () => {
    const all = [...lines("templates"), ...lines("scripts")];
    expect(all.length).toBeGreaterThan(5000);
    const naming = all.filter(({ line }) => name.test(line.replace(allowed, "")) && !line.includes("stored-data name")).map(({ where, line }) => `${where}: ${line.trim()}`);
    expect(naming).toEqual([]);
  });

  it("mark few lines as stored data, all in the device store's names and the service worker", () => {
    const marked = [...lines("templates"), ...lines("scripts")].filter(({ line }) => line.includes("stored-data name") && name.test(line));
    expect(new Set(marked.map(({ where }) => where.replace(/:\d+$/, "")))).toEqual(new Set(["templates/js/lib/storage-key.ts", "templates/js/sw.js"]));
  });
});

// Every word in content/ is our own and inclusive: no sentence copied from the episode notes, no alex finding.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { markdown } from "alex";
import { describe, expect, it } from "vitest";
import { loadContent } from "../scripts/content/index.js";
import { alexOptions, languageExceptions } from "./support/language-exceptions.js";

const root = process.cwd();
const contentDir = join(root, "content");

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}

/** The languages other than English that site.yaml names: each has its content in content/<lang>/. */
const translationDirs = (/^languages: \[([^\]]*)\]/m.exec(readFileSync(join(contentDir, "site.yaml"), "utf8"))?.[1] ?? "")
  .split(",")
  .map((lang) => lang.trim())
  .filter((lang) => lang && lang !== "en");

/** alex's findings for a piece of markdown, one readable line each ("3:5 husband-wife: `husband` may be…"). */
function findings(text: string, options = alexOptions): string[] {
  return markdown(text, options).messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`);
}

describe("the episode notes' sentences stay theirs", () => {
  it("no run of 8 or more words in content/ or templates/ matches the episode notes", () => {
    const result = spawnSync(process.execPath, ["../shared/tools/seed-overlap.mjs", "content", "templates"], { cwd: root, encoding: "utf8" });
    expect(result.error, "could not run ../shared/tools/seed-overlap.mjs (the shared folder sits beside the clone)").toBeUndefined();
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  });
});

describe("inclusive language (alex)", () => {
  it("is live: it flags gendered and binary wording, and profanity outside the accepted exceptions", () => {
    expect(findings("My husband loves a cuddle afterwards.").join("\n")).toMatch(/husband-wife/);
    expect(findings("His and hers towels by the bath.").join("\n")).toMatch(/her-him/);
    expect(findings("Tell your girlfriend she was lovely.").join("\n")).toMatch(/boyfriend-girlfriend|he-she/);
    expect(findings("A sexy night in.").join("\n")).toMatch(/sexy/);
    expect(findings("Just relax, it is easy.").join("\n")).toMatch(/just|easy/);
  });

  it("lets the accepted exceptions through, and only those", () => {
    expect(findings("A warm blanket after sex helps sexual satisfaction linger.")).toEqual([]);
    expect(findings("After sex, my wife and I share a snack.").join("\n")).toMatch(/husband-wife/);
  });

  // alex knows English only: a translation's folder (content/<lang>/, named in site.yaml) is checked below instead.
  const files = markdownFiles(contentDir).filter((file) => !translationDirs.some((dir) => file.startsWith(join(contentDir, dir) + "/")));

  it("finds the content to check", () => {
    expect(files.some((file) => file.includes(`${join("content", "guide")}`))).toBe(true);
    expect(files.some((file) => file.includes(`${join("content", "pages")}`))).toBe(true);
  });

  it.each(files.map((file) => [relative(root, file), file]))("%s has no finding", (_name, file) => {
    expect(findings(readFileSync(file, "utf8"))).toEqual([]);
  });

  it("titles and summaries (front matter, which alex skips in a file) have no finding", async () => {
    const content = await loadContent({ root });
    const problems = [...content.chapters, ...content.pages, ...content.cards].flatMap((doc) => {
      const text = `${doc.title}\n\n${"summary" in doc ? doc.summary : ""}`;
      return findings(text).map((finding) => `${doc.file}: ${finding}`);
    });
    expect(problems).toEqual([]);
  });

  it("the plan's groups and statements (content/plan.yaml, which alex cannot read as markdown) have no finding", async () => {
    const { plan } = await loadContent({ root });
    const statements = plan.groups.flatMap((group) => group.statements);
    expect(statements.length).toBeGreaterThanOrEqual(20);
    const problems = plan.groups.flatMap((group) => [
      ...findings(`${group.title}\n\n${group.hint ?? ""}`).map((finding) => `${group.id}: ${finding}`),
      ...group.statements.flatMap((s) => findings(`${s.text}\n\n${s.short}`).map((finding) => `${s.id}: ${finding}`)),
    ]);
    expect(problems).toEqual([]);
  });

  it("every accepted exception is still needed by some content file", () => {
    const strict = { ...alexOptions, allow: undefined };
    const triggered = new Set(files.flatMap((file) => markdown(readFileSync(file, "utf8"), strict).messages.map((m) => m.ruleId)));
    for (const exception of languageExceptions) {
      expect(triggered.has(exception.rule), `"${exception.rule}" is no longer used in content/: remove it from tests/support/language-exceptions.ts`).toBe(true);
    }
  });
});

// No tool like alex exists for Spanish: the words that most often assume a partner's gender, or a
// marriage, are refused by name (the voice is "tu pareja", "la otra persona", "cada quien").
describe("inclusive language in Spanish", () => {
  const gendered = /\b(tu|su|mi) (novi[oa]|espos[oa]|marido|mujer|chic[oa])\b|\b(nosotr[oa]s|juntos|juntas)\b/gi;
  const spanishFiles = ["es"].filter((lang) => translationDirs.includes(lang)).flatMap((lang) => [...markdownFiles(join(contentDir, lang)), ...readdirSync(join(contentDir, "strings", lang)).map((name) => join(contentDir, "strings", lang, name))]);

  it("finds the Spanish content to check", () => {
    expect(spanishFiles.length).toBeGreaterThan(60);
  });

  it("names no partner by a gendered or married word, in any Spanish file", () => {
    const found = spanishFiles.flatMap((file) => [...readFileSync(file, "utf8").matchAll(gendered)].map((match) => `${relative(root, file)}: ${match[0]}`));
    expect(found).toEqual([]);
  });
});

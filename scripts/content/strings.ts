// Reads the interface words of each language (content/strings/<lang>.yaml): keys nested as the file
// likes, every key of the default language present in every other (and no other), the same
// {placeholders} in each, every problem at its line.
import { join } from "node:path";
import type { ContentProblem } from "./errors.js";
import { readYamlFile } from "./yaml-file.js";
import type { LineOf } from "./yaml-lines.js";

/** One language's words by dotted key: "nav.guide" → "Guide". */
export type Strings = Readonly<Record<string, string>>;

interface StringsFile {
  file: string;
  strings: Record<string, string>;
  /** The line of each dotted key. */
  lineOfKey: (key: string) => number | undefined;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort().join(",");

/** Dotted keys of a nested YAML mapping; anything but text at a leaf is a problem at its line. */
function flatten(data: unknown, written: { file: string; lineOf: LineOf }, problems: ContentProblem[]): Record<string, string> {
  const strings: Record<string, string> = {};
  const visit = (value: unknown, path: string[]) => {
    if (typeof value === "string") return void (strings[path.join(".")] = value);
    if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) visit(inner, [...path, key]);
      return;
    }
    problems.push({ file: written.file, line: written.lineOf(path), field: path.join(".") || undefined, message: "must be text (or a group of texts)" });
  };
  visit(data, []);
  return strings;
}

async function readOne(contentDir: string, relContentDir: string, lang: string, problems: ContentProblem[]): Promise<StringsFile | undefined> {
  const file = `${relContentDir}/strings/${lang}.yaml`;
  const yaml = await readYamlFile(join(contentDir, "strings", `${lang}.yaml`), file, problems);
  if (!yaml.found) {
    problems.push({ file, message: `is missing: the interface words in this language live here (copy the default language's file and translate it)` });
    return undefined;
  }
  if (!yaml.lineOf) return undefined;
  const lineOf = yaml.lineOf;
  return { file, strings: flatten(yaml.data, { file, lineOf }, problems), lineOfKey: (key) => lineOf(key.split(".")) };
}

/** The words of every language, the default's first; each other language checked key by key against it. */
export async function readStrings(contentDir: string, relContentDir: string, languages: readonly string[], problems: ContentProblem[], translationKeys: readonly string[] = []): Promise<Map<string, Strings>> {
  const files = await Promise.all(languages.map((lang) => readOne(contentDir, relContentDir, lang, problems)));
  const [base] = files;
  const all = new Map<string, Strings>();
  languages.forEach((lang, i) => all.set(lang, files[i]?.strings ?? {}));
  if (!base) return all;
  for (const other of files.slice(1)) {
    if (!other) continue;
    for (const [key, text] of Object.entries(base.strings)) {
      const translated = other.strings[key];
      if (translated === undefined) problems.push({ file: other.file, field: key, message: `is missing (${base.file} has it: "${text}")` });
      else if (placeholders(translated) !== placeholders(text)) {
        problems.push({ file: other.file, line: other.lineOfKey(key), field: key, message: `must use the same placeholders as ${base.file} ({${placeholders(text).split(",").filter(Boolean).join("}, {")}})` });
      }
    }
    // Words the default language takes from the code (the vocabulary) and a translation must give.
    for (const key of translationKeys) if (!(key in other.strings)) problems.push({ file: other.file, field: key, message: "is missing: a translation names every value of the vocabulary" });
    for (const key of Object.keys(other.strings)) {
      if (!(key in base.strings) && !translationKeys.includes(key)) problems.push({ file: other.file, line: other.lineOfKey(key), field: key, message: `is not a key of ${base.file}: a typo, or a word the site no longer uses` });
    }
  }
  return all;
}

/** Fills {placeholders} from values; a key without words is a bug in the template, so it throws. */
export function translate(strings: Strings, key: string, values: Record<string, string | number> = {}): string {
  const text = strings[key];
  if (text === undefined) throw new Error(`no interface words for "${key}": add it to content/strings/ in every language`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

// Reads the interface words of each language (content/strings/<lang>/<area>.yaml, each file's keys
// under its name: home.yaml's "lede" is "home.lede"): keys nested as a file likes, every key of the
// default language present in every other (and no other), the same {placeholders} in each, every
// problem at its line.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { ContentError, type ContentProblem } from "./errors.js";
import { readYamlFile } from "./yaml-file.js";
import type { LineOf } from "./yaml-lines.js";
import type { Strings } from "./translate.js";

export { translate, type Strings } from "./translate.js";

interface StringsFile {
  /** The language's folder. */
  file: string;
  strings: Record<string, string>;
  /** Areas whose file could not be read (reported already). */
  unreadable: ReadonlySet<string>;
  /** The file and line of each dotted key (for a missing key: the file it belongs in). */
  where: (key: string) => { file: string; line?: number };
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

/** One language's files, every key under its file's name; a missing folder is a problem. */
async function readOne(reading: StringsReading, lang: string): Promise<StringsFile | undefined> {
  const { contentDir, relContentDir, problems, paths } = reading;
  const relDir = `${relContentDir}/strings/${lang}`;
  const names = (await readdir(join(contentDir, "strings", lang)).catch(() => undefined))?.filter((name) => name.endsWith(".yaml")).sort();
  if (!names?.length) {
    problems.push({ file: relDir, message: "is missing: the interface words in this language live here, one YAML file per part of the site (copy the default language's and translate them)" });
    return undefined;
  }
  const strings: Record<string, string> = {};
  const unreadable = new Set<string>();
  // Where each key is written, its line found only for a key with a problem (finding every key's was most of a load).
  const where = new Map<string, { file: string; lineOf: LineOf; path: string[] }>();
  for (const name of names) {
    const file = `${relDir}/${name}`;
    const yaml = await readYamlFile(join(contentDir, "strings", lang, name), file, problems);
    const area = name.slice(0, -".yaml".length);
    if (!yaml.found || !yaml.lineOf) {
      unreadable.add(area); // its own problem is reported; its keys are not reported missing one by one
      continue;
    }
    const lineOf = yaml.lineOf;
    for (const [key, text] of Object.entries(flatten(yaml.data, { file, lineOf }, problems))) {
      strings[`${area}.${key}`] = text;
      where.set(`${area}.${key}`, { file, lineOf, path: key.split(".") });
    }
  }
  paths.push(...names.map((name) => join(contentDir, "strings", lang, name)));
  const whereIs = (key: string) => {
    const found = where.get(key);
    return found ? { file: found.file, line: found.lineOf(found.path) } : { file: `${relDir}/${key.split(".")[0]}.yaml` };
  };
  return { file: relDir, strings, unreadable, where: whereIs };
}

/** The words of every language, the default's first; each other language checked key by key against it. */
export interface StringsReading {
  contentDir: string;
  /** The content folder as problems name it. */
  relContentDir: string;
  problems: ContentProblem[];
  /** Filled with every strings file read (for watchers and cache keys). */
  paths: string[];
}

/** The language the code's own words are in (the vocabulary's labels): any other names them in its strings. */
export const codeLanguage = "en";

export async function readStrings(reading: StringsReading, languages: readonly string[], codeWordKeys: readonly string[] = []): Promise<Map<string, Strings>> {
  const { contentDir, relContentDir, problems, paths } = reading;
  const files = await Promise.all(languages.map((lang) => readOne(reading, lang)));
  const [base] = files;
  const all = new Map<string, Strings>();
  languages.forEach((lang, i) => all.set(lang, files[i]?.strings ?? {}));
  if (!base) return all;
  // Words the code holds in English (the vocabulary), which every other language must give.
  files.forEach((file, i) => {
    if (!file || languages[i] === codeLanguage) return;
    for (const key of codeWordKeys) {
      if (!(key in file.strings)) problems.push({ ...file.where(key), field: key.slice(key.indexOf(".") + 1), message: "is missing: a language other than English names every value of the vocabulary" });
    }
  });
  for (const other of files.slice(1)) {
    if (!other) continue;
    for (const [key, text] of Object.entries(base.strings)) {
      const translated = other.strings[key];
      const field = key.slice(key.indexOf(".") + 1);
      if (other.unreadable.has(key.slice(0, key.indexOf(".")))) continue;
      if (translated === undefined) problems.push({ ...other.where(key), field, message: `is missing (${base.where(key).file} has it: "${text}")` });
      else if (placeholders(translated) !== placeholders(text)) {
        problems.push({ ...other.where(key), field, message: `must use the same placeholders as ${base.where(key).file} ({${placeholders(text).split(",").filter(Boolean).join("}, {")}})` });
      }
    }
    for (const key of Object.keys(other.strings)) {
      if (!(key in base.strings) && !codeWordKeys.includes(key)) problems.push({ ...other.where(key), field: key.slice(key.indexOf(".") + 1), message: `is not a key of ${base.file}: a typo, or a word the site no longer uses` });
    }
  }
  return all;
}

/** One language's words alone, not checked against the others (benchmarks and tests that render the deck). */
export async function readLanguageStrings(contentDir: string, lang: string): Promise<Strings> {
  const problems: ContentProblem[] = [];
  const read = await readOne({ contentDir, relContentDir: "content", problems, paths: [] }, lang);
  if (!read || problems.length) throw new ContentError(problems);
  return read.strings;
}

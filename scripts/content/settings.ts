// Reads content/site.yaml, the publisher's settings (name, words per language, colours, which deck files),
// validated like front matter at the line of each mistake, with every colour pair checked for WCAG AA contrast.
import type { ContentProblem } from "./errors.js";
import { contrastRatio, formatRatio } from "./contrast.js";
import { textPairs } from "./palette.js";
import { settingsFileSchema } from "./schema.js";
import type { Settings } from "./types.js";
import { validate, type Written } from "./validate.js";
import { readYamlFile } from "./yaml-file.js";

export interface SettingsCheck {
  /** Ids of the deck files the deck can make, for `deck.files`. */
  deckFileIds: readonly string[];
}

/** The settings, or undefined after reporting why there are none (a missing file is a problem: the site needs a name). */
export async function readSettings(path: string, file: string, problems: ContentProblem[], check: SettingsCheck): Promise<{ settings?: Settings; found: boolean }> {
  const yaml = await readYamlFile(path, file, problems);
  if (!yaml.found) {
    problems.push({ file, message: "is missing: the site's name, words and colours are set here (copy the one in the project's content/ folder)" });
    return { found: false };
  }
  if (!yaml.lineOf) return { found: true };
  const written = { file, lineOf: yaml.lineOf };
  const checked = validate(settingsFileSchema, yaml.data, written);
  if (!checked.ok) {
    problems.push(...checked.problems);
    return { found: true };
  }
  const settings: Settings = { ...checked.value, file };
  const before = problems.length;
  checkLanguages(settings, written, problems);
  checkDeckFiles(settings, written, problems, check.deckFileIds);
  checkContrast(settings, written, problems);
  return problems.length > before ? { found: true } : { settings, found: true };
}

/** Every language listed has its words, once, and every set of words belongs to a listed language. */
function checkLanguages({ languages, text }: Settings, { file, lineOf }: Written, problems: ContentProblem[]): void {
  languages.forEach((language, index) => {
    if (languages.indexOf(language) !== index) problems.push({ file, line: lineOf(["languages", index]), field: `languages[${index}]`, message: `must be listed once (found "${language}" again)` });
    else if (!(language in text)) problems.push({ file, line: lineOf(["text"]), field: `text.${language}`, message: `is missing: every language listed in languages needs its words (tagline, description, deckTitle, backText, discreetTitle)` });
  });
  for (const language of Object.keys(text)) {
    if (!languages.includes(language)) problems.push({ file, line: lineOf(["text", language]), field: `text.${language}`, message: `is for a language not listed in languages (${languages.join(", ")})` });
  }
}

function checkDeckFiles({ deck }: Settings, { file, lineOf }: Written, problems: ContentProblem[], known: readonly string[]): void {
  deck?.files?.forEach((id, index) => {
    const path = ["deck", "files", index];
    if (!known.includes(id)) problems.push({ file, line: lineOf(path), field: `deck.files[${index}]`, message: `is not a deck file (found "${id}"; known: ${known.join(", ")})` });
    else if (deck.files!.indexOf(id) !== index) problems.push({ file, line: lineOf(path), field: `deck.files[${index}]`, message: `must be listed once (found "${id}" again)` });
  });
}

/** Every text pair the site and the PDFs draw, in both themes; one problem per colour and pair of names. */
function checkContrast({ colours }: Settings, { file, lineOf }: Written, problems: ContentProblem[]): void {
  const reported = new Set<string>();
  for (const pair of textPairs(colours)) {
    const ratio = contrastRatio(pair.text, pair.background);
    const key = `${pair.field}|${pair.textName}`;
    if (ratio >= pair.minimum || reported.has(key)) continue;
    reported.add(key);
    const what = pair.textName === pair.field ? "has contrast" : `gives ${pair.textName} a contrast of`;
    problems.push({ file, line: lineOf(pair.field.split(".")), field: pair.field, message: `${what} ${formatRatio(ratio)} against ${pair.backgroundName}; it needs at least ${pair.minimum}:1` });
  }
}

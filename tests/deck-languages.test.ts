// PDFs per language: each translation's deck is built into <lang>/downloads with its own decks.json,
// titled and worded in that language, with every one of its cards; the default language's files keep
// their English; and a translated card too long for its face stops the build naming its own file.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadContent, type Content } from "../scripts/content/index.js";
import { translate } from "../scripts/content/translate.js";
import { deckManifestSchema, type DeckManifest } from "../scripts/manifest/deck-manifest.js";
import { validCard, validSettings, writeFixture } from "./support/content-fixture.js";
import { normalise } from "./support/pdf.js";
import { runBuild } from "./support/run-build.js";

const dist = () => inject("distDir");
const manifestIn = async (folder: string): Promise<DeckManifest> => deckManifestSchema.parse(JSON.parse(await readFile(join(folder, "decks.json"), "utf8")));
const infoOf = (path: string, field: string) => execFileSync("pdfinfo", [path], { encoding: "utf8" }).match(new RegExp(`^${field}:\\s+(.*)$`, "m"))?.[1];
const titleOf = (path: string) => infoOf(path, "Title");
/** Whether brackets open inside brackets: "Box (letter (US Letter))". */
const nestsBrackets = (text: string) => [...text].reduce(({ depth, nested }, c) => ({ depth: depth + (c === "(" ? 1 : c === ")" ? -1 : 0), nested: nested || (c === "(" && depth > 0) }), { depth: 0, nested: false }).nested;
const textOf = (path: string) => normalise(execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" }));

let content: Content;
let spanish: Content;
let english: DeckManifest;
let manifest: DeckManifest;
const downloads = () => join(dist(), spanish.lang, "downloads");

beforeAll(async () => {
  content = await loadContent({ root: process.cwd() });
  spanish = content.translations.find((translation) => translation.lang === "es")!;
  english = await manifestIn(join(dist(), "downloads"));
  manifest = await manifestIn(downloads());
});

describe("the Spanish PDFs", () => {
  it("are all there, one for each English file, each titled in Spanish in its metadata", () => {
    expect(manifest.decks.map((deck) => deck.file)).toEqual(english.decks.map((deck) => deck.file));
    for (const deck of manifest.decks) {
      const title = titleOf(join(downloads(), deck.file));
      expect(title, deck.file).toBe(deck.title);
      expect(title, deck.file).not.toBe(english.decks.find((other) => other.file === deck.file)!.title);
    }
    const cards = manifest.decks.find((deck) => deck.file.endsWith("-poker-letter-duplex.pdf"))!;
    expect(titleOf(join(downloads(), cards.file))).toBe(`${spanish.settings.text.es.deckTitle}: carta (US Letter), a doble cara`);
  });

  it("print every Spanish card's title, with the Spanish words of the face", () => {
    const screen = manifest.decks.find((deck) => deck.imposition === "screen")!;
    const text = textOf(join(downloads(), screen.file));
    expect(screen.cards).toBe(spanish.cards.length);
    for (const card of spanish.cards) expect(text, card.file).toContain(normalise(card.title));
    expect(text).toContain("Justo después");
    expect(text).not.toContain("Right after");
  });

  it("word the test sheet and the box in Spanish", () => {
    const sheet = manifest.decks.find((deck) => deck.imposition === "calibration")!;
    expect(textOf(join(downloads(), sheet.file))).toContain(translate(spanish.strings, "deck.calibration.heading"));
    const box = manifest.decks.find((deck) => deck.imposition === "tuck-box" && !deck.discreet)!;
    const boxText = textOf(join(downloads(), box.file));
    expect(boxText).toContain(translate(spanish.strings, "deck.box.heading"));
    expect(boxText).not.toContain("A box for the cards");
  });

  it("name the ruler's units and what made them in Spanish", () => {
    const sheet = manifest.decks.find((deck) => deck.imposition === "calibration")!;
    const words = textOf(join(downloads(), sheet.file)).split(/\s+/);
    expect(words).toContain(translate(spanish.strings, "deck.calibration.inches"));
    expect(words).not.toContain("inches");
    expect(infoOf(join(downloads(), sheet.file), "Creator")).toBe(translate(spanish.strings, "deck.pdf.creator", { name: spanish.settings.name }));
    const plain = manifest.decks.find((deck) => deck.discreet)!;
    expect(infoOf(join(downloads(), plain.file), "Creator")).toBe(translate(spanish.strings, "deck.pdf.creatorDiscreet"));
    expect(infoOf(join(downloads(), plain.file), "Author")).toBeUndefined();
    for (const deck of [sheet, plain]) expect(infoOf(join(dist(), "downloads", deck.file), "Creator")).not.toBe(infoOf(join(downloads(), deck.file), "Creator"));
  });
});

describe("the Spanish decks.json", () => {
  it("says how to print each way, and what each file is, in Spanish", () => {
    expect(manifest.impositions.map((entry) => entry.id)).toEqual(english.impositions.map((entry) => entry.id));
    for (const entry of manifest.impositions) {
      for (const part of ["situation", "arrangement", "howToPrint"] as const) {
        expect(entry[part], `${entry.id} ${part}`).toBe(translate(spanish.strings, `deck.impositions.${entry.id}.${part}`));
        expect(entry[part]).not.toBe(english.impositions.find((other) => other.id === entry.id)![part]);
      }
    }
    for (const deck of manifest.decks) {
      const inEnglish = english.decks.find((other) => other.file === deck.file)!;
      for (const part of ["label", "purpose", "title"] as const) expect(deck[part], `${deck.file} ${part}`).not.toBe(inEnglish[part]);
    }
    expect(manifest.decks.map((deck) => deck.paper)).toContain("carta (US Letter)");
  });

  it("titles no file with brackets inside brackets, in either language", () => {
    const titles = [...manifest.decks, ...english.decks].map((deck) => deck.title);
    expect(titles.length).toBeGreaterThan(30);
    expect(titles.filter(nestsBrackets)).toEqual([]);
    expect(nestsBrackets("Caja (carta (US Letter))")).toBe(true);
  });
});

describe("the English PDFs", () => {
  it("keep their English titles and words", () => {
    const cards = english.decks.find((deck) => deck.file.endsWith("-poker-letter-duplex.pdf"))!;
    expect(titleOf(join(dist(), "downloads", cards.file))).toBe(`${content.settings.text.en.deckTitle} (US Letter, two-sided)`);
    expect(english.impositions.find((entry) => entry.id === "home-duplex")!.situation).toBe("A printer that prints both sides");
    const box = english.decks.find((deck) => deck.imposition === "tuck-box" && !deck.discreet)!;
    expect(textOf(join(dist(), "downloads", box.file))).toContain("A box for the cards");
    const sheet = english.decks.find((deck) => deck.imposition === "calibration")!;
    expect(infoOf(join(dist(), "downloads", sheet.file), "Creator")).toBe(`${content.settings.name} deck`);
    expect(infoOf(join(dist(), "downloads", english.decks.find((deck) => deck.discreet)!.file), "Creator")).toBe("Cards");
  });
});

describe("a Spanish card too long for its face", () => {
  let root: string;
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("stops the build, naming the Spanish card's file", async () => {
    const stringsDir = join(process.cwd(), "content", "strings", "es");
    const spanishStrings = Object.fromEntries(readdirSync(stringsDir).map((name) => [`strings/es/${name}`, readFileSync(join(stringsDir, name), "utf8")]));
    const long = Array.from({ length: 60 }, () => "¿Te traigo un vaso de agua y una manta, y nos quedamos un rato en silencio?").join(" ");
    root = await writeFixture({
      ...spanishStrings,
      "site.yaml": validSettings
        .replace("languages: [en]", "languages: [en, es]")
        .replace("colours:", "  es:\n    tagline: Cartas.\n    description: Una baraja de prueba.\n    deckTitle: Cartas de prueba\n    backText: Prueba\n    discreetTitle: Notas\ncolours:"),
      "cards/glass-of-water.md": validCard(),
      "es/cards/glass-of-water.md": `---\ntitle: Un vaso de agua\n---\n${long}\n`,
    });
    const run = await runBuild(["--content", join(root, "content"), "--out", join(root, "dist")]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/content\/es\/cards\/glass-of-water\.md.*(too long|does not fit)/);
  });
});

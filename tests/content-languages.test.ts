// A translation (content/<lang>/) and the interface words of every language are checked by the one
// loader: keys and placeholders match the default language's, a translated card keeps an id of the
// default deck and takes its facets from it, and what is not translated is listed, never dropped.
import { describe, expect, it } from "vitest";
import { loadContent } from "../scripts/content/index.js";
import { defaultStrings, validSettings, writeFixture, type FixtureFiles, problemsFor } from "./support/content-fixture.js";

/** The default strings copied into another language, with some files replaced. */
const stringsIn = (lang: string, replace: Record<string, string | null> = {}): FixtureFiles => {
  const files: FixtureFiles = {};
  for (const [path, text] of Object.entries(defaultStrings)) files[path.replace("/en/", `/${lang}/`)] = text;
  files[`strings/${lang}/vocab.yaml`] = vocabulary;
  for (const [name, text] of Object.entries(replace)) files[`strings/${lang}/${name}`] = text;
  files["site.yaml"] = twoLanguages(lang);
  return files;
};

/** The fixture's settings with a second language and its words. */
const twoLanguages = (lang: string) =>
  validSettings.replace("languages: [en]", `languages: [en, ${lang}]`).replace("colours:", `  ${lang}:\n    tagline: Cartas.\n    description: Una baraja de prueba.\n    deckTitle: Cartas\n    backText: Prueba\n    discreetTitle: Notas\ncolours:`);

// Every value of every facet, in "Spanish" (the words do not matter here, their presence does).
const vocabulary = `facet: { kind: Tipo, category: Tema, when: Cuándo, duration: Duración, energy: Energía, touch: Contacto }
kind: { start: Empezar, ritual: Ritual, conversation: Conversación, check-in: Cómo estamos, affirmation: Afirmación }
kindPlural: { start: Empezar, ritual: Rituales, conversation: Conversaciones, check-in: Cómo estamos, affirmation: Afirmaciones }
category: { basics: Básico, touch: Contacto, words: Palabras, quiet: Calma, care: Cuidado, together: Juntos, reflection: Reflexión }
when: { right-after: Justo después, later-that-day: Más tarde, another-day: Otro día }
duration: { quick: Rápida, longer: Larga }
energy: { low: Poca, medium: Algo }
touch: { none: Sin contacto, light: Suave, close: Cercano }
`;

const spanishCard = "---\ntitle: Un vaso de agua\n---\n¿Quieres un vaso de agua? Puedo traer uno para cada quien.\n";

describe("a translation", () => {
  it("loads with its own words, the default card's facets and number, and lists what it lacks", async () => {
    const content = await loadContent({ root: await writeFixture({ ...stringsIn("es"), "es/cards/glass-of-water.md": spanishCard }) });
    const [spanish] = content.translations;
    expect(spanish.lang).toBe("es");
    expect(spanish.cards[0]).toMatchObject({ id: "glass-of-water", title: "Un vaso de agua", kind: "ritual", touch: "none", number: 1, guideUrl: "/guide/ideas/#care" });
    expect(spanish.cards[0].lang).toBeUndefined();
    expect(spanish.strings["language.name"]).toBe("English"); // copied from the default in this fixture
    // The chapter is not translated: shown in English there, and listed.
    expect(spanish.chapters[0]).toMatchObject({ slug: "ideas", lang: "en" });
    expect(spanish.untranslated).toEqual(["content/guide/ideas.md"]);
  });

  it("leaves a draft's translation out with it, and shows both with drafts in", async () => {
    const files = {
      ...stringsIn("es"),
      "cards/a-cup-of-tea.md": (await import("./support/content-fixture.js")).validCard("A cup of tea").replace("guide: ideas#care", "draft: true"),
      "es/cards/a-cup-of-tea.md": "---\ntitle: Una taza de té\n---\n¿Te preparo una taza de té?\n",
      "es/cards/glass-of-water.md": spanishCard,
    };
    const root = await writeFixture(files);
    const built = await loadContent({ root });
    expect(built.translations[0].cards.map((card) => card.id)).toEqual(["glass-of-water"]);
    const dev = await loadContent({ root, includeDrafts: true });
    expect(dev.translations[0].cards.find((card) => card.id === "a-cup-of-tea")).toMatchObject({ title: "Una taza de té", draft: true });
  });

  it("refuses a translated card whose id the default deck does not have, and facets it should inherit", async () => {
    const problems = await problemsFor({
      ...stringsIn("es"),
      "es/cards/a-cup-of-tea.md": spanishCard,
      "es/cards/glass-of-water.md": "---\ntitle: Un vaso de agua\ntouch: close\n---\nAgua.\n",
    });
    expect(problems).toContain("content/es/cards/a-cup-of-tea.md: id has no card with this id in the default language: a translation keeps the file name of the card it translates");
    expect(problems).toContainEqual(expect.stringMatching(/^content\/es\/cards\/glass-of-water\.md:3: touch is not a known field/));
  });

  it("refuses a missing interface word, an extra one and changed placeholders, naming file, line and key", async () => {
    const home = (defaultStrings["strings/en/home.yaml"] as string)
      .replace(/^deckText: .*$/m, 'deckText: "{número} cartas"')
      .replace(/^browse: .*\n/m, "")
      .concat("browsee: Ver las cartas\n");
    const problems = await problemsFor({ ...stringsIn("es", { "home.yaml": home }), "es/cards/glass-of-water.md": spanishCard });
    const line = (key: string) => home.split("\n").findIndex((text) => text.startsWith(`${key}:`)) + 1;
    expect(problems).toEqual([
      `content/strings/es/home.yaml: browse is missing (content/strings/en/home.yaml has it: "Browse the cards")`,
      `content/strings/es/home.yaml:${line("deckText")}: deckText must use the same placeholders as content/strings/en/home.yaml ({count})`,
      `content/strings/es/home.yaml:${line("browsee")}: browsee is not a key of content/strings/en: a typo, or a word the site no longer uses`,
    ]);
  });

  it("refuses a translation without its interface words, or without a name for a facet's value", async () => {
    expect(await problemsFor({ "site.yaml": twoLanguages("es"), "es/cards/glass-of-water.md": spanishCard })).toContain(
      "content/strings/es: is missing: the interface words in this language live here, one YAML file per part of the site (copy the default language's and translate them)",
    );
    const problems = await problemsFor({ ...stringsIn("es", { "vocab.yaml": vocabulary.replace("quick: Rápida, ", "") }), "es/cards/glass-of-water.md": spanishCard });
    expect(problems).toEqual(["content/strings/es/vocab.yaml: duration.quick is missing: a language other than English names every value of the vocabulary"]);
  });

  it("refuses malformed interface words at their line", async () => {
    const problems = await problemsFor({ ...stringsIn("es", { "home.yaml": "title: [Afterglow\n" }), "es/cards/glass-of-water.md": spanishCard });
    expect(problems).toEqual([expect.stringMatching(/^content\/strings\/es\/home\.yaml:\d+: is not valid YAML/)]);
  });
});

// The site's global data, derived from the content model by pure functions: what every page template
// can read. Eleventy gets it through content-data.ts; the page fingerprints (page-inputs.ts) read the same.
import { categories, durations, energies, kinds, touches, whens, type Content } from "../content/index.js";
import { localVocabulary } from "../content/local-vocabulary.js";
import { translatedPaths, webManifestAddress } from "./languages.js";
import { cardIndex, filterNav, filterVocabulary } from "./card-filters.js";
import { dealableRightAfter } from "./dealable.js";
import { dealsOfThree, drawSequence, numberPicks, seedOf } from "./draw-order.js";
import { navigation, sitemapUrls } from "./navigation.js";
import { searchWords } from "./search-words.js";
import { themeCss } from "./theme-css.js";
import { tonightPages } from "./tonight-pages.js";

/** The closed vocabularies in the default language's words. */
export const vocabulary = { kinds, categories, whens, durations, energies, touches };

/** The vocabularies in the model's language (English, the code's own, needs no words of its own). */
const vocabularyOf = (model: Content) => localVocabulary(model.strings);

/** Each global data name with how it is made from the model; made on first use, once per model. */
const derivations = {
  // The publisher's name and its words in this model's language (content/site.yaml).
  brand: ({ settings, lang }: Content) => ({ name: settings.name, shortName: settings.shortName, lang, ...settings.text[lang] }),
  // Each language's web-app manifest: its address, home and words (content/site.yaml).
  webManifests: ({ settings }: Content) =>
    settings.languages.map((lang) => ({ lang, address: webManifestAddress(lang, settings.languages[0]), home: lang === settings.languages[0] ? "/" : `/${lang}/`, ...settings.text[lang] })),
  // The colour custom properties, and the browser bar's colour per theme.
  theme: ({ settings }: Content) => ({ css: themeCss(settings), light: settings.colours.light.paper, night: settings.colours.night.paper }),
  cards: (model: Content) => model.cards,
  chapters: (model: Content) => model.chapters,
  contentPages: (model: Content) => model.pages,
  sources: (model: Content) => model.sources,
  plan: (model: Content) => model.plan,
  contentUpdated: (model: Content) => model.updated,
  navigation: (model: Content) => navigation(model),
  // The filter panel, the vocabulary its addresses accept, and the index card pages walk a filtered set with.
  vocabulary: (model: Content) => vocabularyOf(model),
  strings: (model: Content) => model.strings,
  // The pages each other language has: the language switcher and hreflang alternates read them.
  translationPaths: (model: Content) => model.translations.map((translation) => [translation.lang, [...translatedPaths(translation).paths]]),
  filters: (model: Content) => {
    const nav = filterNav(model.cards, vocabularyOf(model));
    return { nav, vocabulary: filterVocabulary(nav), index: cardIndex(model.cards, model.strings) };
  },
  sitemapUrls: (model: Content) => sitemapUrls(model, []),
  searchWords: (model: Content) => searchWords(model),
  // Draws deal only what fits right after, in an order seeded by the deck; "think of a number" picks where to start.
  draws: ({ cards }: Content) => {
    const seed = seedOf(cards.map((card) => card.id).join(","));
    const dealable = cards.filter(dealableRightAfter);
    const sequence = drawSequence(dealable, seed);
    const hands = dealsOfThree(dealable, seed);
    return { cards: sequence, hands, order: sequence.map((draw) => draw.item.id), picks: numberPicks(sequence), handPicks: numberPicks(hands) };
  },
  tonight: ({ cards, strings }: Content) => tonightPages(cards, seedOf(cards.map((card) => card.id).join(",")), strings),
};

export type SiteData = { [Name in keyof typeof derivations]: ReturnType<(typeof derivations)[Name]> };
export type SiteDataName = keyof SiteData;
export const siteDataNames = Object.keys(derivations) as SiteDataName[];

const made = new WeakMap<Content, Partial<SiteData>>();

/** One piece of the site data for this model, made once however often it is asked for. */
export function siteDataOf<Name extends SiteDataName>(model: Content, name: Name): SiteData[Name] {
  let data = made.get(model);
  if (!data) made.set(model, (data = {}));
  if (!(name in data)) data[name] = derivations[name](model) as SiteData[Name];
  return data[name] as SiteData[Name];
}

// The content model's public face: load content/, and the types and vocabularies that describe it.
export { loadContent, type LoadOptions } from "./load.js";
/** The site's default language: the first its settings name (every language's content carries the settings). */
export const defaultLanguageOf = (content: { settings: { languages: readonly string[] } }) => content.settings.languages[0];
export { ContentError, findContentError, formatProblem, isContentError, type ContentProblem } from "./errors.js";
export type { Card, Chapter, Content, Page, PlanGroup, PlanQuestions, PlanStatement, Settings, Source } from "./types.js";
export type { Block, Heading, Run } from "./markdown.js";
export { markdown, slugify } from "./markdown.js";
export * from "./vocabulary.js";
export * from "./routes.js";

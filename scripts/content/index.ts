// The content model's public face: load content/, and the types and vocabularies that describe it.
export { loadContent, type LoadOptions } from "./load.js";
export { ContentError, findContentError, formatProblem, isContentError, type ContentProblem } from "./errors.js";
export type { Card, Chapter, Content, Page, PlanGroup, PlanQuestions, PlanStatement, Settings, Source } from "./types.js";
export type { Block, Heading, Run } from "./markdown.js";
export { markdown, slugify } from "./markdown.js";
export * from "./vocabulary.js";
export * from "./routes.js";

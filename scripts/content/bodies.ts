// Turns a file's markdown body into what the model holds, reporting at file lines what cannot be shown.
import { emptyBody, printableBlocks } from "./card-blocks.js";
import type { ContentProblem } from "./errors.js";
import { assignHeadingIds, findRawHtml, parseMarkdown, type Block } from "./markdown.js";
import type { MarkdownFile } from "./read.js";

/** A body line (1-based, counted from the body's start) as a line of the whole file. */
const fileLine = (source: MarkdownFile, bodyLine: number | undefined) => (bodyLine !== undefined ? source.bodyLine + bodyLine - 1 : undefined);

/** A chapter's or page's body: tokens whose line maps are file lines, and its outline. Raw HTML is reported. */
export function documentBody(source: MarkdownFile, problems: ContentProblem[]) {
  const tokens = parseMarkdown(source.body);
  for (const html of findRawHtml(tokens)) {
    problems.push({ file: source.file, line: fileLine(source, html.line), field: "body", message: `contains raw HTML (${html.snippet}); content is plain markdown so that no page can carry markup or script from it` });
  }
  for (const token of tokens) if (token.map) token.map = [token.map[0] + source.bodyLine - 1, token.map[1] + source.bodyLine - 1];
  const headings = assignHeadingIds(tokens);
  return { tokens, headings };
}

/** A card's body as printable blocks, or undefined after reporting why it cannot be printed. */
export function cardBody(source: MarkdownFile, problems: ContentProblem[]): Block[] | undefined {
  const printable = printableBlocks(source.body);
  if (printable.ok) return printable.blocks;
  const message = printable.message === emptyBody ? `${emptyBody} under its front matter` : printable.message;
  problems.push({ file: source.file, line: fileLine(source, printable.line), field: "body", message });
  return undefined;
}

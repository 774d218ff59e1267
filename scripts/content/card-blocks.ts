// The printable subset of markdown for card bodies: paragraphs, bold, italic and flat lists become blocks of
// styled runs; anything a printed card could not show is refused with its line, never dropped.
import type Token from "markdown-it/lib/token.mjs";
import type { ProblemCode } from "./errors.js";
import { parseMarkdown, withLines, type Block, type Run } from "./markdown.js";

/** What a printed card cannot show, by the id a reader's page words it with (make.constructs.<id>), in English for authors. */
const constructs = {
  heading: "a heading",
  table: "a table",
  quote: "a block quote",
  code: "a code block",
  rule: "a horizontal rule",
  html: "raw HTML",
  image: "an image",
  link: "a link",
  inlineCode: "inline code",
  strikethrough: "strikethrough",
  nestedList: "a nested list",
} as const;
export type Construct = keyof typeof constructs;

export class UnprintableMarkdown extends Error {
  constructor(
    readonly construct: Construct,
    readonly line?: number,
  ) {
    super(`uses ${constructs[construct]}, which a printed card cannot show; use paragraphs, **bold**, *italic* and short lists`);
  }
}

const unprintable: Record<string, Construct> = {
  heading_open: "heading",
  table_open: "table",
  blockquote_open: "quote",
  code_block: "code",
  fence: "code",
  hr: "rule",
  html_block: "html",
  html_inline: "html",
  image: "image",
  link_open: "link",
  code_inline: "inlineCode",
  s_open: "strikethrough",
};

/**
 * Turns a card body into blocks of styled runs: the one document model that the card page and
 * the printed card both draw. Anything outside the printable subset throws, naming the construct.
 */
export function cardBlocks(tokens: Token[]): Block[] {
  const blocks: Block[] = [];
  let list: Extract<Block, { type: "list" }> | null = null;
  let depth = 0;
  // Blocks and their inline children in document order, so the first unprintable construct is the one reported.
  for (const { token, line } of withLines(tokens)) {
    if (unprintable[token.type]) throw new UnprintableMarkdown(unprintable[token.type], line);
    switch (token.type) {
      case "bullet_list_open":
      case "ordered_list_open":
        depth++;
        if (depth > 1) throw new UnprintableMarkdown("nestedList", line);
        list = { type: "list", ordered: token.type === "ordered_list_open", items: [] };
        blocks.push(list);
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        depth--;
        list = null;
        break;
      case "inline": {
        const runs = inlineRuns(token.children ?? []);
        if (list) list.items.push(runs);
        else blocks.push({ type: "paragraph", runs });
        break;
      }
    }
  }
  return blocks;
}

/** Styled runs of an inline token's children (checked as printable by the caller). */
function inlineRuns(children: Token[]): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  const push = (text: string) => {
    const last = runs[runs.length - 1];
    const style = { bold: bold > 0, italic: italic > 0 };
    if (last && last.bold === style.bold && last.italic === style.italic) last.text += text;
    else runs.push({ text, ...style });
  };
  for (const token of children) {
    if (token.type === "strong_open") bold++;
    else if (token.type === "strong_close") bold--;
    else if (token.type === "em_open") italic++;
    else if (token.type === "em_close") italic--;
    else if (token.type === "text") push(token.content);
    else if (token.type === "softbreak") push(" ");
    else if (token.type === "hardbreak") push("\n");
  }
  return runs;
}

/** Said of a body with nothing to print. */
export const emptyBody = "is empty: a card needs a few words";

/**
 * A card body's printable blocks, or why it cannot be printed (with the body line, 1-based, where it
 * can tell): the one rule for a file in content/cards and a card written on a device.
 */
export function printableBlocks(body: string): { ok: true; blocks: Block[] } | { ok: false; line?: number; message: string; code: ProblemCode; values?: { construct: Construct } } {
  let blocks: Block[];
  try {
    blocks = cardBlocks(parseMarkdown(body));
  } catch (error) {
    if (!(error instanceof UnprintableMarkdown)) throw error;
    return { ok: false, line: error.line, message: error.message, code: "unprintable", values: { construct: error.construct } };
  }
  return blocks.length ? { ok: true, blocks } : { ok: false, message: emptyBody, code: "emptyBody" };
}

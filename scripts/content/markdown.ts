// Markdown for content: one parser, heading ids, the printable card subset, and internal link discovery.
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";

/** A run of text with its emphasis, the unit both the card page and the printed card set. */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

export type Block =
  | { type: "paragraph"; runs: Run[] }
  | { type: "list"; ordered: boolean; items: Run[][] };

export interface Heading {
  id: string;
  text: string;
  level: number;
}

/**
 * Raw HTML is parsed (html: true) only so that it can be reported as an error: content may not
 * carry markup of its own, which keeps script out of the site by construction.
 */
export const markdown = new MarkdownIt({ html: true, linkify: false, typographer: true });

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function parseMarkdown(source: string): Token[] {
  return markdown.parse(source, {});
}

/** Gives every h2–h4 a stable id (slug of its text, numbered on repeats) and returns the outline. */
export function assignHeadingIds(tokens: Token[]): Heading[] {
  const headings: Heading[] = [];
  const seen = new Map<string, number>();
  tokens.forEach((token, index) => {
    if (token.type !== "heading_open") return;
    const level = Number(token.tag.slice(1));
    const text = plainText(tokens[index + 1]?.children ?? []);
    const base = slugify(text) || "section";
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const id = count === 0 ? base : `${base}-${count + 1}`;
    token.attrSet("id", id);
    if (level >= 2 && level <= 4) headings.push({ id, text, level });
  });
  return headings;
}

export function plainText(inline: Token[]): string {
  return inline
    .map((t) => (t.type === "text" || t.type === "code_inline" ? t.content : t.type === "softbreak" || t.type === "hardbreak" ? " " : ""))
    .join("");
}

export interface FoundLink {
  href: string;
  line?: number;
}

export function findLinks(tokens: Token[]): FoundLink[] {
  const links: FoundLink[] = [];
  for (const block of tokens) {
    for (const token of block.children ?? []) {
      if (token.type === "link_open") {
        links.push({ href: token.attrGet("href") ?? "", line: block.map ? block.map[0] + 1 : undefined });
      }
    }
  }
  return links;
}

/** Markup a reader must not see as broken text, or that could carry script: reported, never dropped. */
export function findRawHtml(tokens: Token[]): { line?: number; snippet: string }[] {
  const found: { line?: number; snippet: string }[] = [];
  for (const block of tokens) {
    const line = block.map ? block.map[0] + 1 : undefined;
    if (block.type === "html_block") found.push({ line, snippet: block.content.trim().slice(0, 40) });
    for (const token of block.children ?? []) {
      if (token.type === "html_inline") found.push({ line, snippet: token.content.slice(0, 40) });
    }
  }
  return found;
}

export class UnprintableMarkdown extends Error {
  constructor(
    readonly construct: string,
    readonly line?: number,
  ) {
    super(`uses ${construct}, which a printed card cannot show; use paragraphs, **bold**, *italic* and short lists`);
  }
}

const unprintable: Record<string, string> = {
  heading_open: "a heading",
  table_open: "a table",
  blockquote_open: "a block quote",
  code_block: "a code block",
  fence: "a code block",
  hr: "a horizontal rule",
  html_block: "raw HTML",
  html_inline: "raw HTML",
  image: "an image",
  link_open: "a link",
  code_inline: "inline code",
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
  for (const token of tokens) {
    const line = token.map ? token.map[0] + 1 : undefined;
    if (unprintable[token.type]) throw new UnprintableMarkdown(unprintable[token.type], line);
    switch (token.type) {
      case "bullet_list_open":
      case "ordered_list_open":
        depth++;
        if (depth > 1) throw new UnprintableMarkdown("a nested list", line);
        list = { type: "list", ordered: token.type === "ordered_list_open", items: [] };
        blocks.push(list);
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        depth--;
        list = null;
        break;
      case "inline": {
        const runs = inlineRuns(token.children ?? [], line);
        if (list) list.items.push(runs);
        else blocks.push({ type: "paragraph", runs });
        break;
      }
    }
  }
  return blocks;
}

function inlineRuns(children: Token[], line?: number): Run[] {
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
    if (unprintable[token.type]) throw new UnprintableMarkdown(unprintable[token.type], line);
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

export function blocksToText(blocks: Block[]): string {
  return blocks
    .map((block) =>
      block.type === "paragraph"
        ? block.runs.map((r) => r.text).join("")
        : block.items.map((item) => item.map((r) => r.text).join("")).join("\n"),
    )
    .join("\n\n");
}

// Turns content-model pieces into HTML strings: guide markdown tokens and card blocks, escaped.
import { markdown, type Block, type Run } from "../content/index.js";
import type Token from "markdown-it/lib/token.mjs";
import type { Strings } from "../content/translate.js";
import { neutralTitle } from "./discreet.js";

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c]);

/**
 * Renders guide and page markdown from the loader's tokens, never from source. No raw HTML anywhere in
 * content: the loader rejects it, so everything here is markdown-it's own escaped output.
 * Headings become links to themselves, so any section can be shared or bookmarked.
 */
export function renderTokens(tokens: Token[]): string {
  const html = markdown.renderer.render(tokens, markdown.options, {});
  return html.replace(/<h([2-4]) id="([^"]+)">([\s\S]*?)<\/h\1>/g, (_, level, id, inner) => `<h${level} id="${id}"><a class="anchor" href="#${id}">${inner}</a></h${level}>`);
}

function runHtml(run: Run): string {
  let html = escapeHtml(run.text).replace(/\n/g, "<br>");
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  return html;
}

const runsHtml = (runs: Run[]) => runs.map(runHtml).join("");

/** A card body as HTML: paragraphs and lists of styled runs, all text escaped (cards never carry markup). */
export function blocksHtml(blocks: Block[]): string {
  return blocks
    .map((block) => {
      if (block.type === "paragraph") return `<p>${runsHtml(block.runs)}</p>`;
      const tag = block.ordered ? "ol" : "ul";
      return `<${tag}>${block.items.map((item) => `<li>${runsHtml(item)}</li>`).join("")}</${tag}>`;
    })
    .join("");
}

/**
 * A chapter or card title as HTML: escaped, and when it could reveal the topic, paired with its
 * stand-in, so discreet mode shows one and hides the other (hidden text is not read aloud either).
 * Search indexes the real title only.
 */
export function discreetTitleHtml(title: string, standIn: string, strings: Strings): string {
  const neutral = neutralTitle(title, standIn, strings);
  if (!neutral) return escapeHtml(title);
  return `<span class="dn-real">${escapeHtml(title)}</span><span class="dn-alt" data-pagefind-ignore>${escapeHtml(neutral)}</span>`;
}

/** Text on one line, cut at the last space before `length` with "..." added: what Nunjucks' `oneLine | truncate(length)` gave. */
export function summary(text: string, length: number): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= length) return line;
  const space = line.lastIndexOf(" ", length);
  return `${line.slice(0, space === -1 ? length : space)}...`;
}

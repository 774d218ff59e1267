// Every factual claim in the guide points at a listed source, and every listed source is cited somewhere.
import type Token from "markdown-it/lib/token.mjs";
import { describe, expect, it } from "vitest";
import { loadContent, markdown } from "../scripts/content/index.js";

const content = await loadContent({ root: process.cwd() });

/** Words and figures that mark a sentence as a factual claim needing a source. */
const claimPattern = /\d|%|\bpercent\b|\bstud(?:y|ies)\b|\bresearch(?:ers?)?\b|\boxytocin\b|\bprolactin\b|\bhormones?\b/i;
const sourceLink = /^\/sources\/#([a-z0-9-]+)$/;

function hrefs(tokens: Token[]): string[] {
  return tokens.flatMap((block) => (block.children ?? []).filter((t) => t.type === "link_open").map((t) => t.attrGet("href") ?? ""));
}

/** Paragraphs and list items (not headings) that make a claim but link to no source; returns their text. */
function unsourcedClaims(tokens: Token[]): string[] {
  const unsourced: string[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== "inline" || tokens[index - 1]?.type === "heading_open") return;
    const children = token.children ?? [];
    const text = children.filter((t) => t.type === "text" || t.type === "code_inline").map((t) => t.content).join("");
    if (!claimPattern.test(text)) return;
    const cites = children.some((t) => t.type === "link_open" && sourceLink.test(t.attrGet("href") ?? ""));
    if (!cites) unsourced.push(text);
  });
  return unsourced;
}

const citedIds = new Set(
  [...content.chapters, ...content.pages].flatMap((doc) => hrefs(doc.tokens).map((href) => sourceLink.exec(href)?.[1]).filter((id): id is string => !!id)),
);

describe("sources", () => {
  it("the check is live: a claim without a source link is caught, one with a link is not", () => {
    const parse = (text: string) => markdown.parse(text, {});
    expect(unsourcedClaims(parse("Oxytocin rises by 40% after a hug."))).toHaveLength(1);
    expect(unsourcedClaims(parse("- A study found this.\n- Nothing to see here."))).toHaveLength(1);
    expect(unsourcedClaims(parse("Oxytocin rises after a hug ([Carter](/sources/#carter-2014))."))).toEqual([]);
    expect(unsourcedClaims(parse("## 5 minutes\n\nA short cuddle."))).toEqual([]);
  });

  it("there is a Sources page for the list to live on", () => {
    expect(content.pages.map((page) => page.url)).toContain("/sources/");
  });

  it.each(content.chapters.map((chapter) => [chapter.file, chapter]))("%s links every claim to a source", (_file, chapter) => {
    expect(unsourcedClaims(chapter.tokens)).toEqual([]);
  });

  it("every cited source is listed in content/sources.yaml", () => {
    const listed = new Set(content.sources.map((source) => source.id));
    expect([...citedIds].filter((id) => !listed.has(id))).toEqual([]);
  });

  it("every listed source is cited from at least one chapter or page", () => {
    expect(content.sources.map((source) => source.id).filter((id) => !citedIds.has(id))).toEqual([]);
  });

  it("the guide cites the research behind its numbers", () => {
    for (const id of ["muise-2014", "meltzer-2017", "schweitzer-2015", "maczkowiack-2019", "planned-parenthood-consent", "episode-338"]) {
      expect(citedIds.has(id), id).toBe(true);
    }
  });
});

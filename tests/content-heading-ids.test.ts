// A heading may carry its own id ("## Tacto {#touch}"), so a translated chapter keeps the section ids its links and cards use.
import { describe, expect, it } from "vitest";
import { assignHeadingIds, markdown, parseMarkdown } from "../scripts/content/markdown.js";

const outline = (source: string) => {
  const tokens = parseMarkdown(source);
  return { headings: assignHeadingIds(tokens), html: markdown.renderer.render(tokens, markdown.options, {}) };
};

describe("heading ids", () => {
  it("a trailing {#id} becomes the heading's id and leaves its words", () => {
    const { headings, html } = outline("## Cuándo *pedir* más ayuda {#when-to-ask-for-more-help}\n\nTexto.\n");
    expect(headings).toEqual([{ id: "when-to-ask-for-more-help", text: "Cuándo pedir más ayuda", level: 2 }]);
    expect(html).toContain('<h2 id="when-to-ask-for-more-help">Cuándo <em>pedir</em> más ayuda</h2>');
    expect(html).not.toContain("{#");
  });

  it("without one, the id is the slug of the words, accents folded", () => {
    expect(outline("## Después del sexo\n").headings[0].id).toBe("despues-del-sexo");
  });

  it("an id that is not lowercase words and hyphens stays visible text, never silently taken", () => {
    const { headings } = outline("## Tacto {#Touch Me}\n");
    expect(headings[0].text).toBe("Tacto {#Touch Me}");
  });
});

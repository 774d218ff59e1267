// A card a reader writes on their device (or receives in a shared link), checked by the same schema and
// body rules as a file in content/cards, with the same messages, and made into the same Card the deck draws.
import { printableBlocks } from "./card-blocks.js";
import { scriptLike } from "./card-rules.js";
import type { ContentProblem } from "./errors.js";
import { blocksToText } from "./markdown.js";
import { cardSchema } from "./schema.js";
import type { Card } from "./types.js";
import { validate } from "./validate.js";
import { cardFacetNames, type FacetValues } from "./vocabulary.js";

/** An own card as it is kept or shared: its id ("own-…"), title, markdown body and one value per facet. */
export type OwnCardText = { id: string; title: string; body: string } & FacetValues;

export type OwnCardResult = { ok: true; card: Card } | { ok: false; problems: ContentProblem[] };

/** What the text of a field holds that no card needs, said the way the schema says things. */
function scriptProblem(file: string, field: "title" | "body", text: string): ContentProblem[] {
  const found = scriptLike.exec(text);
  return found ? [{ file, field, message: `must not hold markup or a script address (found “${found[0]}”)`, code: "markup", values: { found: found[0] } }] : [];
}

/**
 * The card for an own card's words, or every problem with them, each naming its field. `file` names the
 * card in messages ("your card “Tea”", "my-cards.json own[2]"), as a content file's path would.
 */
export function ownCard(text: OwnCardText, file: string): OwnCardResult {
  const frontMatter: Record<string, string> = { title: text.title };
  // Checked again here: the words may come from a form or a file, whatever their type says.
  for (const facet of cardFacetNames) frontMatter[facet] = text[facet];
  // An own card is not a file: its problems carry no line (0 is "none", as formatProblem reads it).
  const checked = validate(cardSchema, frontMatter, { file, lineOf: () => 0 });
  const problems: ContentProblem[] = checked.ok ? [] : checked.problems.map(({ line: _none, ...problem }) => problem);
  problems.push(...scriptProblem(file, "title", text.title));
  const body = text.body.trim();
  const printable = printableBlocks(body);
  // Markup in a body is already refused by the markdown rule, with its line; a script address is not.
  if (printable.ok) problems.push(...scriptProblem(file, "body", body));
  else problems.push({ file, line: printable.line, field: "body", message: printable.message, code: printable.code, values: printable.values });
  if (!checked.ok || !printable.ok || problems.length) return { ok: false, problems };
  return { ok: true, card: { ...checked.value, id: text.id, file, url: "", number: 0, body, blocks: printable.blocks, text: blocksToText(printable.blocks) } };
}

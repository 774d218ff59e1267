// The command line's deck of chosen cards: the choice (--cards, and --own FILE in the JSON a share link
// carries) checked as the deck maker checks it, rendered with the same renderer and named the same
// way, so the file is byte for byte the one the maker makes in a browser from the same choice.
import { deckBrandOfContent } from "./settings-deck-files.js";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ContentError } from "../content/errors.js";
import type { Content } from "../content/types.js";
import { readFontBytes } from "../fonts/fonts.js";
import { checkDeckChoice } from "../../templates/js/lib/deck-link.js";
import { parseSafeJson, UnsafeInput } from "../../templates/js/lib/safe-json.js";
import { chosenCards, chosenDeckFileName, type DeckChoice } from "./chosen-deck.js";
import type { DeckFile } from "./deck-files.js";
import type { Offset } from "./geometry.js";
import { renderDeck } from "./render.js";

export interface ChosenDeckArgs {
  content: Pick<Content, "cards" | "updated" | "settings" | "lang" | "strings">;
  file: DeckFile;
  outDir: string;
  /** "id1,id2", as typed after --cards. */
  cards?: string;
  /** The path after --own. */
  own?: string;
  backOffset?: Offset;
}

/** The most a choice file may weigh: what a share link may inflate to. */
const maxChoiceBytes = 256 * 1024;

const refuse = (file: string, message: string, field?: string): never => {
  throw new ContentError([{ file, field, message }]);
};

async function readChoice(path: string): Promise<DeckChoice> {
  const text = await readFile(path, "utf8").catch(() => refuse(path, "could not be read (is the path right?)"));
  let value: unknown;
  try {
    value = parseSafeJson(text, maxChoiceBytes);
  } catch (error) {
    refuse(path, error instanceof UnsafeInput ? error.message : String(error));
  }
  const checked = checkDeckChoice(value);
  if (checked.ok) return checked.value;
  return refuse(path, checked.detail ?? (checked.reason === "script" ? "has a card that holds markup or a script address, which no card needs" : "is not a deck choice"), checked.field);
}

export async function writeChosenDeck({ content, file, outDir, cards, own, backOffset }: ChosenDeckArgs): Promise<{ path: string; pages: number; cards: number }> {
  if (file.imposition.id === "calibration") refuse("--file", `${file.id} is the test sheet, which prints no cards; choose a deck file`);
  const choice: DeckChoice = own ? await readChoice(own) : { cards: [], copies: {}, hidden: [], own: [] };
  if (cards !== undefined) choice.cards = cards.split(",").map((id) => id.trim()).filter(Boolean);
  const from = cards !== undefined ? "--cards" : own!;
  if (choice.cards.length === 0) refuse(from, "names no card: list card ids, e.g. --cards warm-towel-or-blanket,a-glass-of-water");
  const chosen = chosenCards(choice, content.cards, (card, index) => `${own} own[${index}] (“${card.title}”)`);
  if (!chosen.ok) throw new ContentError(chosen.problems);
  const field = cards !== undefined ? undefined : "cards";
  if (chosen.unknown.length) refuse(from, `names ${chosen.unknown.map((id) => `“${id}”`).join(", ")}, which neither the deck nor the own cards have`, field);
  if (chosen.cards.length === 0) refuse(from, "leaves no card to print: every chosen card is marked “not for us”", field);
  const offset = file.imposition.acceptsBackOffset ? backOffset : undefined;
  const made = await renderDeck(chosen.cards, await readFontBytes(), file, { brand: deckBrandOfContent(content), updated: content.updated, backOffset: offset });
  const path = join(outDir, chosenDeckFileName(file, chosen.cards.length, offset));
  await mkdir(outDir, { recursive: true });
  await writeFile(path, made.bytes);
  return { path, pages: made.pages, cards: made.cards };
}

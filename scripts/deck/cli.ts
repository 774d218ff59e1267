// Command line for custom decks: a chosen file and paper, a back offset for drifting printers, the test
// sheet, or a deck of chosen cards and own cards (the same bytes as the deck maker in a browser).
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { loadContent } from "../content/load.js";
import { formatProblem, isContentError } from "../content/errors.js";
import { writeDeck } from "./write-deck.js";
import { deckBrandOfContent, type DeckBrand } from "./settings-deck-files.js";
import { deckFileIds, deckFilesFor, type DeckFile } from "./deck-files.js";
import { writeChosenDeck } from "./write-chosen-deck.js";

const usage = `Usage: tsx scripts/deck/cli.ts --out DIR [--paper letter|a4] [--file ID] [--back-offset X,Y] [--calibration] [--discreet] [--corner-guides]
                                   [--cards ID,ID…] [--own FILE]

  --out DIR          where to write the PDF(s)
  --paper            letter (default) or a4
  --file ID          one of: ${deckFileIds.join(", ")}
  --back-offset X,Y  millimetres to move the backs (read them off the calibration sheet), e.g. 1.5,-0.5
  --calibration      build the back-alignment test sheet only
  --discreet         neutral title and file name, plain backs
  --corner-guides    faint 3 mm corner-radius arcs on every front, for a corner punch
  --cards ID,ID…     only these cards (card file names, and own cards' "own-…" ids), in deck order
  --own FILE         a deck as the maker's share link carries it (JSON: cards, copies, hidden, own);
                     its own cards join the deck, and its cards are the choice unless --cards is given`;

function parseOffset(text: string | undefined): { x: number; y: number } | undefined {
  if (text === undefined) return undefined;
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!match) throw new UsageError(`--back-offset must look like "1.5,-0.5" (millimetres x,y), not "${text}"`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

class UsageError extends Error {}

function chooseFile(values: { paper?: string; file?: string; calibration?: boolean; discreet?: boolean }, brand: DeckBrand): DeckFile {
  const deckFiles = deckFilesFor(brand);
  const paper = values.paper ?? "letter";
  if (paper !== "letter" && paper !== "a4") throw new UsageError(`--paper must be letter or a4, not "${paper}"`);
  if (values.file) {
    const found = deckFiles.find((f) => f.id === values.file);
    if (!found) throw new UsageError(`unknown --file "${values.file}"`);
    return found;
  }
  const id = values.calibration ? `calibration-${paper}` : `${values.discreet ? "discreet-" : ""}home-duplex-${paper}`;
  return deckFiles.find((f) => f.id === id)!;
}

async function main(argv: string[]): Promise<number> {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        out: { type: "string" },
        paper: { type: "string" },
        file: { type: "string" },
        "back-offset": { type: "string" },
        calibration: { type: "boolean" },
        discreet: { type: "boolean" },
        "corner-guides": { type: "boolean" },
        cards: { type: "string" },
        own: { type: "string" },
        help: { type: "boolean" },
      },
    });
    if (values.help) {
      console.log(usage);
      return 0;
    }
    if (!values.out) throw new UsageError("--out DIR is required");
    const backOffset = parseOffset(values["back-offset"]);
    const content = await loadContent({ root: process.cwd() });
    const brand = deckBrandOfContent(content);
    const file = chooseFile(values, brand);
    if (values.cards !== undefined || values.own !== undefined) {
      const made = await writeChosenDeck({ content, file, outDir: resolve(values.out), cards: values.cards, own: values.own, backOffset });
      console.log(`${made.path}: ${made.pages} pages, ${made.cards} cards${backOffset ? `, backs moved ${backOffset.x} mm across and ${backOffset.y} mm down` : ""}`);
      return 0;
    }
    const { manifest } = await writeDeck({
      cards: content.cards,
      brand,
      outDir: resolve(values.out),
      updated: content.updated,
      options: { files: [file], backOffset, cornerGuides: values["corner-guides"] ?? false, manifest: false },
    });
    for (const deck of manifest.decks) console.log(`${resolve(values.out, deck.file)}: ${deck.pages} pages${backOffset ? `, backs moved ${backOffset.x} mm across and ${backOffset.y} mm down` : ""}`);
    return 0;
  } catch (error) {
    if (isContentError(error)) {
      for (const problem of error.problems) console.error(formatProblem(problem));
      return 1;
    }
    if (error instanceof UsageError || (error instanceof TypeError && "code" in error)) {
      console.error(`${error.message}\n\n${usage}`);
      return 2;
    }
    console.error(error);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));

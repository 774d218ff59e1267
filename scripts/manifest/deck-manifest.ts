// The contract between the deck and the site: dist/downloads/decks.json, written by one, read by the other.
import { z } from "zod";

/** One way of arranging the deck on paper, with its words; the site groups files by it. */
export const impositionEntrySchema = z.object({
  /** e.g. "home-duplex", "fold-over", "print-shop", "screen", "calibration". */
  id: z.string(),
  /** The printer situation it answers, as a heading. */
  situation: z.string(),
  /** Where fronts and backs sit. */
  arrangement: z.string(),
  /** How to print it, in one or two short sentences (scale, sides, flip). */
  howToPrint: z.string(),
  /** Sheets printed on both sides at home, flipping on the long edge. */
  twoSided: z.boolean(),
  /** Its files can be made again with their backs moved. */
  acceptsBackOffset: z.boolean(),
  /** Its files print the deck's cards (the test sheet and the box do not). */
  carriesCards: z.boolean(),
});

export const deckEntrySchema = z.object({
  /** File name inside downloads/, e.g. "my-deck-poker-letter-duplex.pdf" (the settings' name as a slug). */
  file: z.string(),
  /** What a person sees in a list: different for every file. */
  label: z.string(),
  /** The document title, as a PDF viewer shows it. */
  title: z.string(),
  /** One sentence: who this file is for. */
  purpose: z.string(),
  /** "US Letter", "A4", or a card size for one-card-per-page files. */
  paper: z.string(),
  /** The id of its entry in `impositions`. */
  imposition: z.string(),
  /** Card size id, e.g. "poker". */
  cardSize: z.string(),
  pages: z.number().int().positive(),
  cards: z.number().int().nonnegative(),
  bytes: z.number().int().positive(),
  /** A build-time SVG picture of the sheet, inside downloads/, for the how-to-print page. */
  diagram: z.string().optional(),
  /** The ink saver: white backs and outlines, so its sheet looks unlike the full-colour one. */
  ink: z.literal("saver").optional(),
  /** True for the neutral-titled files: plain backs, or a box front without words. */
  discreet: z.boolean().default(false),
  /** Files that can be made again with their backs moved: the offsets the calibration sheet can measure. */
  backOffset: z.object({ maxMm: z.number().positive(), stepMm: z.number().positive() }).optional(),
  /** Cutting-machine sheets: SVG cut files beside the PDF in downloads/, tracing every card (0: square corners). */
  cutFiles: z.array(z.object({ file: z.string(), cornerRadiusMm: z.number().nonnegative() })).optional(),
  /** Tuck boxes: what the box holds and its inside, in millimetres. */
  box: z
    .object({
      cards: z.number().int().positive(),
      stock: z.string(),
      inside: z.object({ width: z.number().positive(), height: z.number().positive(), depth: z.number().positive() }),
    })
    .optional(),
});

export const deckManifestSchema = z
  .object({
    /** ISO date the content last changed (never the clock), so rebuilding changes nothing. */
    generated: z.string(),
    /** In the order a reader asks about them; only those with at least one file. */
    impositions: z.array(impositionEntrySchema),
    decks: z.array(deckEntrySchema),
    /** What the cards can be printed on, in the language's words: a box made for a chosen deck is sized for one. */
    stocks: z.array(z.object({ id: z.string(), name: z.string(), /** The one How to print recommends. */ recommended: z.boolean() })).optional(),
  })
  .refine((manifest) => manifest.decks.every((deck) => manifest.impositions.some((entry) => entry.id === deck.imposition)), {
    message: "every deck names an imposition the manifest lists",
  });

export type ImpositionEntry = z.infer<typeof impositionEntrySchema>;
export type DeckEntry = z.infer<typeof deckEntrySchema>;
export type DeckManifest = z.infer<typeof deckManifestSchema>;

export const deckManifestFile = "decks.json";

/** What a site shows before any deck is built. */
export const emptyDeckManifest: DeckManifest = { generated: new Date(0).toISOString(), impositions: [], decks: [] };

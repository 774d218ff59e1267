// The contract between the deck and the site: dist/downloads/decks.json, written by one, read by the other.
import { z } from "zod";

export const deckEntrySchema = z.object({
  /** File name inside downloads/, e.g. "afterglow-letter-duplex.pdf". */
  file: z.string(),
  /** The document title, as a PDF viewer shows it. */
  title: z.string(),
  /** One sentence: who this file is for. */
  purpose: z.string(),
  /** How to print it, in one or two short sentences (scale, sides, flip). */
  howToPrint: z.string(),
  /** "US Letter", "A4", or a card size for one-card-per-page files. */
  paper: z.string(),
  /** Layout id, e.g. "home-duplex", "fold-over", "print-shop", "screen", "calibration". */
  layout: z.string(),
  /** Card size id, e.g. "poker". */
  cardSize: z.string(),
  pages: z.number().int().positive(),
  cards: z.number().int().nonnegative(),
  bytes: z.number().int().positive(),
  /** A build-time SVG picture of the sheet, inside downloads/, for the how-to-print page. */
  diagram: z.string().optional(),
  /** True for the neutral-titled files with plain backs. */
  discreet: z.boolean().default(false),
  /** Files that can be made again with their backs moved: the offsets the calibration sheet can measure. */
  backOffset: z.object({ maxMm: z.number().positive(), stepMm: z.number().positive() }).optional(),
});

export const deckManifestSchema = z.object({
  /** ISO date the content last changed (never the clock), so rebuilding changes nothing. */
  generated: z.string(),
  decks: z.array(deckEntrySchema),
});

export type DeckEntry = z.infer<typeof deckEntrySchema>;
export type DeckManifest = z.infer<typeof deckManifestSchema>;

export const deckManifestFile = "decks.json";

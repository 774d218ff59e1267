// Deck benchmark: N synthetic cards through every card file, beside raw pdfkit drawing the same text plainly.
import PDFDocument from "../deck/pdfkit-portable.js";
import { pathToFileURL } from "node:url";
import type { Card } from "../content/types.js";
import { readFontBytes, type FontBytes } from "../fonts/fonts.js";
import { deckFilesFor, type DeckFile } from "../deck/deck-files.js";
import { planDeck } from "../deck/plan-deck.js";
import { renderDeck } from "../deck/render.js";
import { makeCards, syntheticBrand } from "../deck/synthetic-cards.js";
import { readLanguageStrings } from "../content/strings.js";

export interface DeckBenchRow {
  file: string;
  cards: number;
  /** Median over the repetitions, deck and baseline runs alternating. */
  seconds: number;
  cardsPerSecond: number;
  baselineSeconds: number;
  /** Deck time ÷ baseline time; the target is ≤ 1.5. */
  ratio: number;
  /** The process's peak resident memory so far, MB. */
  peakRssMb: number;
}

const updated = new Date("2026-01-01T00:00:00Z");

/** Raw pdfkit, same fonts and page size, each card's title and body in one plain wrapped text call. */
async function baseline(cards: Card[], fonts: FontBytes, file: DeckFile): Promise<number> {
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0 });
  doc.registerFont("body", fonts.body as Buffer);
  const chunks: Uint8Array[] = [];
  const done = new Promise<number>((resolve) => {
    doc.on("data", (c: Uint8Array) => chunks.push(c));
    doc.on("end", () => resolve(chunks.reduce((n, c) => n + c.length, 0)));
  });
  for (const page of planDeck(file, cards.length)) {
    if (!page.fronts.length) continue;
    doc.addPage({ size: [page.size.width, page.size.height], margin: 0 });
    doc.font("body").fontSize(9.5);
    for (const { card, trim } of page.fronts) {
      doc.text(`${cards[card].title}\n${cards[card].text}`, trim.x + 13, trim.y + 13, { width: trim.width - 26 });
    }
  }
  doc.end();
  return done;
}

const seconds = (start: number) => (performance.now() - start) / 1000;
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Every card file at `count` cards: baseline and deck runs alternate `repeats` times (A/B, so a
 * busy machine slows both alike) and the medians are compared.
 */
export async function benchDeck({ count, repeats = 3 }: { count: number; repeats?: number }): Promise<DeckBenchRow[]> {
  const fonts = await readFontBytes();
  const cards = makeCards(count);
  // Warm up both paths once (JIT, font parsing) so the first file is not charged for it.
  const warm = makeCards(20);
  const brand = syntheticBrand(await readLanguageStrings("content", "en"));
  const deckFiles = deckFilesFor(brand);
  await renderDeck(warm, fonts, deckFiles[0], { brand, updated });
  await baseline(warm, fonts, deckFiles[0]);
  const rows: DeckBenchRow[] = [];
  for (const file of deckFiles.filter((f) => f.imposition.carriesCards)) {
    const baselineRuns: number[] = [];
    const deckRuns: number[] = [];
    for (let run = 0; run < repeats; run++) {
      let start = performance.now();
      await baseline(cards, fonts, file);
      baselineRuns.push(seconds(start));
      start = performance.now();
      await renderDeck(cards, fonts, file, { brand, updated });
      deckRuns.push(seconds(start));
    }
    const baselineSeconds = median(baselineRuns);
    const deckSeconds = median(deckRuns);
    rows.push({
      file: file.id,
      cards: count,
      seconds: deckSeconds,
      cardsPerSecond: Math.round(count / deckSeconds),
      baselineSeconds,
      ratio: deckSeconds / baselineSeconds,
      peakRssMb: peakRssMb(),
    });
  }
  return rows;
}

async function main(counts: number[]) {
  console.log("file                          cards   seconds  cards/s  baseline s  ratio  peak RSS MB");
  for (const count of counts) {
    for (const row of await benchDeck({ count })) {
      console.log(
        `${row.file.padEnd(28)} ${String(row.cards).padStart(6)} ${row.seconds.toFixed(2).padStart(9)} ${String(row.cardsPerSecond).padStart(8)} ${row.baselineSeconds.toFixed(2).padStart(11)} ${row.ratio.toFixed(2).padStart(6)} ${String(row.peakRssMb).padStart(12)}`,
      );
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
  await main(counts.length ? counts : [1000, 10000]);
}

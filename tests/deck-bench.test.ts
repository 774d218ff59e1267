// The deck benchmark still runs: every card layout gets a row with real numbers (a smoke test; the timings are not judged here).
import { describe, expect, it } from "vitest";
import { benchDeck } from "../scripts/bench/deck-bench.js";
import { deckFiles, siteBrand } from "./support/deck-brand.js";

describe("npm run bench:deck", () => {
  it("renders every card layout beside the raw-pdfkit baseline and reports speed, ratio and memory", async () => {
    const rows = await benchDeck({ count: 30, repeats: 1 });
    expect(rows.map((row) => row.file)).toEqual(deckFiles.filter((l) => l.imposition.carriesCards).map((l) => l.id));
    for (const row of rows) {
      expect(row.cards, row.file).toBe(30);
      expect(row.seconds, row.file).toBeGreaterThan(0);
      expect(row.baselineSeconds, row.file).toBeGreaterThan(0);
      expect(row.cardsPerSecond, row.file).toBe(Math.round(30 / row.seconds));
      expect(row.ratio, row.file).toBeCloseTo(row.seconds / row.baselineSeconds, 6);
      expect(row.peakRssMb, row.file).toBeGreaterThan(0);
    }
  });
});

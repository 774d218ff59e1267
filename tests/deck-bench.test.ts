// The deck benchmark still runs: every card layout gets a row with real numbers (a smoke test; the timings are not judged here).
import { describe, expect, it } from "vitest";
import { benchDeck } from "../scripts/bench/deck-bench.js";
import { layouts } from "../scripts/deck/layouts.js";

describe("npm run bench:deck", () => {
  it("renders every card layout beside the raw-pdfkit baseline and reports speed, ratio and memory", async () => {
    const rows = await benchDeck({ count: 30, repeats: 1 });
    expect(rows.map((row) => row.layout)).toEqual(layouts.filter((l) => l.style !== "calibration").map((l) => l.id));
    for (const row of rows) {
      expect(row.cards, row.layout).toBe(30);
      expect(row.seconds, row.layout).toBeGreaterThan(0);
      expect(row.baselineSeconds, row.layout).toBeGreaterThan(0);
      expect(row.cardsPerSecond, row.layout).toBe(Math.round(30 / row.seconds));
      expect(row.ratio, row.layout).toBeCloseTo(row.seconds / row.baselineSeconds, 6);
      expect(row.peakRssMb, row.layout).toBeGreaterThan(0);
    }
  });
});

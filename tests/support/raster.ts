// Renders a PDF page to pixels with poppler's pdftoppm (as a greyscale PGM, which needs no decoder) and measures ink in a region.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Raster {
  width: number;
  height: number;
  /** Points to pixels. */
  scale: number;
  /** One byte per pixel, 0 black to 255 white, rows top to bottom. */
  pixels: Uint8Array;
}

/** Page `page` (1-based) of a PDF at `dpi`. Fails with a clear message when pdftoppm is missing (`npm run setup` installs it). */
export function rasterise(bytes: Uint8Array, page: number, dpi = 50): Raster {
  const dir = mkdtempSync(join(tmpdir(), "afterglow-raster-"));
  try {
    const file = join(dir, "page.pdf");
    writeFileSync(file, bytes);
    let out: Buffer;
    try {
      out = execFileSync("pdftoppm", ["-r", String(dpi), "-gray", "-f", String(page), "-l", String(page), file], { maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      throw new Error(`pdftoppm could not render the page (is poppler-utils installed? npm run setup installs it): ${(error as Error).message}`);
    }
    // "P5\n<width> <height>\n255\n" then the pixels.
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(out.subarray(0, 40).toString("latin1"));
    if (!header) throw new Error("pdftoppm did not write a greyscale PGM");
    const [, width, height] = header.map(Number);
    return { width, height, scale: dpi / 72, pixels: new Uint8Array(out.subarray(header[0].length)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The share of pixels darker than mid-grey-light (< 200) inside a rectangle given in points. */
export function inkShare(raster: Raster, rect: { x: number; y: number; width: number; height: number }): number {
  const x0 = Math.max(0, Math.floor(rect.x * raster.scale));
  const y0 = Math.max(0, Math.floor(rect.y * raster.scale));
  const x1 = Math.min(raster.width, Math.ceil((rect.x + rect.width) * raster.scale));
  const y1 = Math.min(raster.height, Math.ceil((rect.y + rect.height) * raster.scale));
  let dark = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (raster.pixels[y * raster.width + x] < 200) dark++;
  return dark / Math.max(1, (x1 - x0) * (y1 - y0));
}

/** The mean pixel value (0 black, 255 white) inside a rectangle given in points. */
export function meanLevel(raster: Raster, rect: { x: number; y: number; width: number; height: number }): number {
  const x0 = Math.max(0, Math.floor(rect.x * raster.scale));
  const y0 = Math.max(0, Math.floor(rect.y * raster.scale));
  const x1 = Math.min(raster.width, Math.ceil((rect.x + rect.width) * raster.scale));
  const y1 = Math.min(raster.height, Math.ceil((rect.y + rect.height) * raster.scale));
  let sum = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) sum += raster.pixels[y * raster.width + x];
  return sum / Math.max(1, (x1 - x0) * (y1 - y0));
}

// Many small files read or written at once, a batch at a time: far faster than one after another, and
// never more open files than a process may hold (a big deck makes tens of thousands of them).
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

const batchSize = 64;

/** `map` over the items, `batchSize` at a time, results in the items' order. */
export async function mapInBatches<T, R>(items: readonly T[], map: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += batchSize) {
    results.push(...(await Promise.all(items.slice(start, start + batchSize).map((item, i) => map(item, start + i)))));
  }
  return results;
}

/** Writes each (relative path, bytes) under `root`, making every folder once first. */
export async function writeFiles(root: string, files: Iterable<[string, Uint8Array | string]>): Promise<void> {
  const list = [...files];
  for (const dir of new Set(list.map(([path]) => dirname(join(root, path))))) await mkdir(dir, { recursive: true });
  await mapInBatches(list, ([path, bytes]) => writeFile(join(root, path), bytes));
}

// Renders a big site in passes of at most `size` pages of each paginated template, so that Eleventy
// holds one batch of pages (their data, their HTML) at a time instead of all of them: ten thousand
// cards made some 13,600 pages, all held until the end. Pages without pagination come in the first pass.
import type { PageSelector, WrittenPage } from "./page-ledger.js";

export class PageBatches implements PageSelector {
  readonly fingerprints = false;
  #pass = 0;
  #more = false;

  constructor(readonly size: number) {}

  begin(): void {
    this.#more = false;
  }

  choose(_template: string, keys: readonly string[], _fingerprints: readonly string[] | undefined, whole: boolean): Set<string> {
    if (whole) return new Set(this.#pass === 0 ? keys : []);
    const from = this.#pass * this.size;
    if (keys.length > from + this.size) this.#more = true;
    return new Set(keys.slice(from, from + this.size));
  }

  commit(_written: readonly WrittenPage[]): string[] {
    this.#pass++;
    return [];
  }

  /** Whether the last pass left pages for another. */
  get more(): boolean {
    return this.#more;
  }
}

// The pages an output folder holds, each with the fingerprint it was made from and the files it wrote:
// what a partial build compares against to render only the pages that changed, and to remove the
// files of pages that are gone (a deleted or renamed card). Kept by whoever runs the passes (the dev
// server) and handed to the site through its inputs; it never touches the disk itself.

interface PageRecord {
  fingerprint: string;
  /** Output files, relative to the output folder. */
  outputs: string[];
}

/** One page written in a pass: its template, its item's key and the file it wrote. */
export interface WrittenPage {
  template: string;
  key: string;
  output: string;
}

/** Which pages a pass renders (selective-pages.ts asks it, template by template). */
export interface PageSelector {
  /** Whether it chooses by the pages' fingerprints (else none are computed). */
  readonly fingerprints: boolean;
  begin(): void;
  /** The keys of a template's pages to render; `whole`: the template renders all of its pages or none. */
  choose(template: string, keys: readonly string[], fingerprints: readonly string[] | undefined, whole: boolean): Set<string>;
  /** After a pass that finished: what it wrote; returns output files to delete. */
  commit(written: readonly WrittenPage[]): string[];
}

export class PageLedger implements PageSelector {
  readonly fingerprints = true;
  /** template → item key → what the output folder holds. */
  #held = new Map<string, Map<string, PageRecord>>();
  /** This pass: template → item key → fingerprint, for every page it has (rendered or not). */
  #current = new Map<string, Map<string, string>>();
  #rendering = new Map<string, Set<string>>();
  /** Pages (template and key) the next pass is limited to, and those this pass is: see renderFirst. */
  #next: Set<string> | undefined;
  #only: Set<string> | undefined;

  /** Starts a pass. */
  begin(): void {
    this.#current.clear();
    this.#rendering.clear();
    this.#only = this.#next;
    this.#next = undefined;
  }

  /**
   * Limits the next pass to these pages, of those it would render: the dev server renders the page a
   * saved file is shown on first, and the lists and the rest in the pass after. The others stay due.
   */
  renderFirst(pages: readonly { template: string; key: string }[]): void {
    this.#next = new Set(pages.map(({ template, key }) => `${template}\0${key}`));
  }

  /**
   * Which of a template's pages to render (by key): those new or with another fingerprint than the
   * page the output folder holds; all of them when `all` (a template that reads its own pagination).
   */
  choose(template: string, keys: readonly string[], fingerprints: readonly string[] | undefined, all = false): Set<string> {
    const held = this.#held.get(template);
    const current = new Map(keys.map((key, i) => [key, fingerprints?.[i] ?? ""]));
    const changed = keys.some((key) => held?.get(key)?.fingerprint !== current.get(key)) || [...(held?.keys() ?? [])].some((key) => !current.has(key));
    const due = all ? (changed ? keys : []) : keys.filter((key) => held?.get(key)?.fingerprint !== current.get(key));
    const render = new Set(this.#only && !all ? due.filter((key) => this.#only!.has(`${template}\0${key}`)) : this.#only ? [] : due);
    this.#current.set(template, current);
    this.#rendering.set(template, render);
    return render;
  }

  /**
   * Records what the pass wrote and returns the files of pages that are gone (or moved), to delete.
   * Only a pass that finished is committed; after a failed one the next compares with the last good state.
   */
  commit(written: readonly WrittenPage[]): string[] {
    const outputsOf = new Map<string, string[]>();
    for (const page of written) {
      const id = `${page.template}\0${page.key}`;
      outputsOf.set(id, [...(outputsOf.get(id) ?? []), page.output]);
    }
    const before = [...this.#held.values()].flatMap((pages) => [...pages.values()].flatMap((record) => record.outputs));
    const next = new Map<string, Map<string, PageRecord>>();
    for (const [template, current] of this.#current) {
      const held = this.#held.get(template);
      const rendering = this.#rendering.get(template)!;
      const pages = new Map<string, PageRecord>();
      for (const [key, fingerprint] of current) {
        const record = rendering.has(key) ? { fingerprint, outputs: outputsOf.get(`${template}\0${key}`) ?? [] } : held?.get(key);
        if (record) pages.set(key, record);
      }
      next.set(template, pages);
    }
    this.#held = next;
    const kept = new Set([...next.values()].flatMap((pages) => [...pages.values()].flatMap((record) => record.outputs)));
    this.begin();
    return [...new Set(before)].filter((output) => !kept.has(output));
  }

  /** Forgets everything: the next pass renders every page (after the templates themselves changed). */
  forget(): void {
    for (const pages of this.#held.values()) for (const record of pages.values()) record.fingerprint = "";
    this.begin();
  }

  /** How many pages the output folder holds, by template: for the dev server's report. */
  get size(): number {
    return [...this.#held.values()].reduce((sum, pages) => sum + pages.size, 0);
  }
}

// Renders the deck on a pool of worker threads sized to the machine, so PDFs are drawn beside the site
// and beside each other: each worker takes the next file from a shared counter until none is left.
// Errors come back as they were (a ContentError with its problems, else the worker's own Error).
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { openBuildCache, type CacheUse } from "../cache/build-cache.js";
import { ContentError, type ContentProblem } from "../content/errors.js";
import type { DeckEntry } from "../manifest/deck-manifest.js";
import { readFontBytes } from "../fonts/fonts.js";
import { deckFilesFor, type DeckFile } from "./deck-files.js";
import { deckInputKeys, fileKey, storedFile, writeDeckOutput, type InputKeys } from "./deck-output.js";
import { deckManifestOf, writeManifest } from "./deck-manifest-of.js";
import type { WriteDeckArgs, WrittenDeck } from "./write-deck.js";

/** One render, as each worker of the pool receives it: the files the cache did not have. */
export interface DeckJob {
  id: number;
  args: WriteDeckArgs;
  files: DeckFile[];
  /** The key of what every file is made from (deck-output.ts), worked out once. */
  inputs: InputKeys;
  /** Int32 slots shared by the pool: [next file to take, failed]. */
  claims: SharedArrayBuffer;
}

/** What a worker posts back: its files' entries by position, or the error to re-throw (and at which file). */
export type WorkerReply =
  | { ok: true; job: number; entries: [number, DeckEntry][]; cacheUses: CacheUse[] }
  | { ok: false; job: number; at: number; problems: ContentProblem[] }
  | { ok: false; job: number; at: number; message: string; stack?: string };

const require = createRequire(import.meta.url);
const tsxApi = pathToFileURL(join(dirname(require.resolve("tsx/package.json")), "dist/esm/api/index.mjs")).href;
const entry = new URL("./worker-entry.ts", import.meta.url).href;
/**
 * The worker's entry is TypeScript. On Node 20 a Worker ignores loaders given in execArgv for its
 * main module, so a tiny bootstrap registers tsx's ESM hooks first and then imports the real entry;
 * this works the same whether the parent runs under `tsx` or under vitest.
 */
const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;

/**
 * How many workers for a one-off render: one per core, at most four, for a deck of a few hundred to
 * a few thousand cards (a cold build of 1,000 cards took 0.86x the wall time with two). A small deck
 * gets one: starting a second cost more than it saved (1.09x at 64 cards). A very large one gets one
 * too: each worker holds its own fonts and the PDF it draws (tens of thousands of pages), and at 10,000
 * cards two peaked at 1,087 MB against 709 MB with one, and took longer beside the site's passes.
 */
export function deckPoolSize(cards: number): number {
  const asked = Number(process.env.AFTERGLOW_DECK_WORKERS); // a fixed number, e.g. 1 to spare memory
  if (Number.isInteger(asked) && asked > 0) return asked;
  return cards < 200 || cards > 4000 ? 1 : Math.max(1, Math.min(availableParallelism(), 4));
}

export interface DeckPool {
  /** Renders the deck (queued behind any render already running) and writes decks.json unless told not to. */
  render(args: WriteDeckArgs): Promise<WrittenDeck>;
  /** Starts every worker now (they take about half a second), so the first render does not wait for them. */
  warm(): void;
  close(): Promise<void>;
}

/**
 * Workers that stay up between renders (the dev server's): their JIT, fonts and measurement caches
 * stay warm. Files the build cache holds are written from it here, and the workers start only when a
 * file has to be drawn.
 */
export function startDeckPool(size: number): DeckPool {
  const workers: Worker[] = [];
  const waiting = new Map<number, { replies: WorkerReply[]; expected: number; done: (replies: WorkerReply[]) => void; fail: (e: Error) => void }>();
  let jobs = 0;
  const start = () => {
    const worker = new Worker(bootstrap, { eval: true, execArgv: [] });
    workers.push(worker);
    worker.unref();
    worker.on("message", (reply: WorkerReply) => {
      const job = waiting.get(reply.job);
      if (!job) return;
      job.replies.push(reply);
      if (job.replies.length === job.expected) {
        waiting.delete(reply.job);
        job.done(job.replies);
      }
    });
    const failAll = (error: Error) => {
      for (const job of waiting.values()) job.fail(error);
      waiting.clear();
    };
    worker.on("error", failAll);
    worker.on("exit", (code) => failAll(new Error(`deck worker exited with code ${code}`)));
  };

  /** Draws the files on the workers; their entries by the files' positions. */
  async function draw(args: WriteDeckArgs, files: DeckFile[], inputs: InputKeys): Promise<{ entries: [number, DeckEntry][]; cacheUses: CacheUse[] }> {
    while (workers.length < Math.min(size, files.length)) start();
    const used = workers.slice(0, Math.min(workers.length, files.length));
    const job: DeckJob = { id: ++jobs, args, files, inputs, claims: new SharedArrayBuffer(8) };
    // Held while they work (so a process waiting on nothing else stays up), let go when idle.
    for (const worker of used) worker.ref();
    const replies = await new Promise<WorkerReply[]>((done, fail) => {
      waiting.set(job.id, { replies: [], expected: used.length, done, fail });
      for (const worker of used) worker.postMessage(job);
    }).finally(() => {
      if (waiting.size === 0) for (const worker of workers) worker.unref();
    });
    const failures = replies.filter((reply) => !reply.ok).sort((a, b) => a.at - b.at);
    if (failures.length) throw errorOf(failures[0]);
    return { entries: replies.flatMap((reply) => (reply.ok ? reply.entries : [])), cacheUses: replies.flatMap((reply) => (reply.ok ? reply.cacheUses : [])) };
  }

  return {
    async render(args) {
      const files = [...(args.options?.files ?? deckFilesFor(args.brand))];
      const date = new Date(args.updated);
      const fonts = args.fonts ?? (await readFontBytes());
      const inputs = deckInputKeys({ cards: args.cards, brand: args.brand, fonts, date, codeVersion: args.cache?.codeVersion ?? "", backOffset: args.options?.backOffset, cornerGuides: args.options?.cornerGuides });
      const store = openBuildCache(args.cache?.dir ?? null);
      // Workers take a while to start: when anything will have to be drawn, they start now.
      const stored = await Promise.all(files.map((file) => store.has("pdf", fileKey(inputs, file))));
      while (workers.length < Math.min(size, stored.filter((has) => !has).length)) start();
      await mkdir(args.outDir, { recursive: true });
      const entries: [number, DeckEntry][] = [];
      const missing: number[] = [];
      for (const [index, file] of files.entries()) {
        const stored = await storedFile(store, fileKey(inputs, file));
        if (stored) entries.push([index, await writeDeckOutput(args.outDir, file, stored, { cards: args.cards.length, words: args.brand.words })]);
        else missing.push(index);
      }
      const drawn = missing.length ? await draw({ ...args, fonts }, missing.map((index) => files[index]), inputs) : { entries: [], cacheUses: [] };
      for (const [position, entry] of drawn.entries) entries.push([missing[position], entry]);
      entries.sort(([a], [b]) => a - b);
      const manifest = deckManifestOf(entries.map(([, deck]) => deck), date, args.brand.words);
      if (args.options?.manifest !== false) await writeManifest(args.outDir, manifest);
      return { manifest, cacheUses: [...store.uses, ...drawn.cacheUses] };
    },
    warm() {
      while (workers.length < size) start();
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** The first failing file's error, as it was thrown in the worker. */
function errorOf(reply: Extract<WorkerReply, { ok: false }>): Error {
  if ("problems" in reply) return new ContentError(reply.problems);
  const error = new Error(reply.message);
  if (reply.stack) error.stack = reply.stack;
  return error;
}

/** Renders the deck once on a pool sized to the machine and the deck. */
export async function renderDeckInWorker(args: WriteDeckArgs, size = deckPoolSize(args.cards.length)): Promise<WrittenDeck> {
  const pool = startDeckPool(size);
  try {
    return await pool.render(args);
  } finally {
    await pool.close();
  }
}

/** One long-lived worker. */
export const startDeckWorker = (): DeckPool => startDeckPool(1);

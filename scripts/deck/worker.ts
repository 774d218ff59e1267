// Renders the deck on a worker thread, so PDFs are drawn while the site builds; errors come back as they were.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { ContentError, type ContentProblem } from "../content/errors.js";
import type { WriteDeckArgs, WrittenDeck } from "./write-deck.js";

/** What the worker posts back: the manifest, or the error to re-throw in the parent. */
export type WorkerReply =
  | ({ ok: true } & WrittenDeck)
  | { ok: false; problems: ContentProblem[] }
  | { ok: false; message: string; stack?: string };

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
 * Runs writeDeck on a worker thread. The parent passes the cards and font bytes it already loaded;
 * the worker never re-reads content. A ContentError inside comes back as a ContentError with the same problems.
 */
export function renderDeckInWorker(args: WriteDeckArgs): Promise<WrittenDeck> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, execArgv: [], workerData: { once: args } });
    let settled = false;
    worker.once("message", (reply: WorkerReply) => {
      settled = true;
      settle(reply, resolve, reject);
    });
    worker.once("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`deck worker exited with code ${code} before replying`));
    });
  });
}

function settle(reply: WorkerReply, resolve: (written: WrittenDeck) => void, reject: (error: Error) => void): void {
  if (reply.ok) resolve({ manifest: reply.manifest, cacheUses: reply.cacheUses });
  else if ("problems" in reply) reject(new ContentError(reply.problems));
  else {
    const error = new Error(reply.message);
    if (reply.stack) error.stack = reply.stack;
    reject(error);
  }
}

export interface DeckWorker {
  /** Builds the deck on the long-lived worker; calls are queued, one build at a time. */
  render(args: WriteDeckArgs): Promise<WrittenDeck>;
  close(): Promise<void>;
}

/**
 * A worker that stays up between builds (for the dev server): its JIT, parsed fonts and measurement
 * caches stay warm, so a rebuild after one edited card costs a fraction of a cold one.
 */
export function startDeckWorker(): DeckWorker {
  const worker = new Worker(bootstrap, { eval: true, execArgv: [], workerData: { serve: true } });
  worker.unref();
  const waiting: { resolve: (written: WrittenDeck) => void; reject: (e: Error) => void }[] = [];
  worker.on("message", (reply: WorkerReply) => {
    const next = waiting.shift();
    if (next) settle(reply, next.resolve, next.reject);
  });
  const failAll = (error: Error) => {
    for (const pending of waiting.splice(0)) pending.reject(error);
  };
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`deck worker exited with code ${code}`)));
  return {
    render(args) {
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage(args);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

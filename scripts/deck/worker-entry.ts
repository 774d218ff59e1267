// A deck worker thread's body: for each job, takes the job's files in turn from a counter it shares
// with the other workers of its pool, writes them, and posts back their manifest entries by position.
import { parentPort } from "node:worker_threads";
import { isContentError } from "../content/errors.js";
import { writeDeckFiles } from "./write-deck.js";
import type { DeckFile } from "./deck-files.js";
import type { DeckJob, WorkerReply } from "./worker.js";

/** Slots of a job's shared counter: the next file to take, and whether a worker has failed (then the others stop). */
const next = 0;
const failed = 1;

async function run(job: DeckJob): Promise<WorkerReply> {
  const shared = new Int32Array(job.claims);
  const taken: number[] = [];
  function* take(): Generator<DeckFile> {
    for (;;) {
      if (Atomics.load(shared, failed)) return;
      const index = Atomics.add(shared, next, 1);
      if (index >= job.files.length) return;
      taken.push(index);
      yield job.files[index];
    }
  }
  try {
    const { entries, cacheUses } = await writeDeckFiles(job.args, take(), { inputs: job.inputs, lookUp: false });
    return { ok: true, job: job.id, entries: entries.map((entry, n) => [taken[n], entry]), cacheUses };
  } catch (error) {
    Atomics.store(shared, failed, 1);
    const at = taken.at(-1) ?? -1;
    if (isContentError(error)) return { ok: false, job: job.id, at, problems: error.problems };
    if (error instanceof Error) return { ok: false, job: job.id, at, message: error.message, stack: error.stack };
    return { ok: false, job: job.id, at, message: String(error) };
  }
}

// Jobs are handled one at a time, in order.
let queue = Promise.resolve();
parentPort!.on("message", (job: DeckJob) => {
  queue = queue.then(async () => parentPort!.postMessage(await run(job)));
});

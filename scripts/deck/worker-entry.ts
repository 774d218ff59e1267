// The worker thread's body: builds the deck from the data it is handed (once, or per message) and posts back the result.
import { parentPort, workerData } from "node:worker_threads";
import { isContentError } from "../content/errors.js";
import { buildDeck, type BuildDeckArgs } from "./build.js";
import type { WorkerReply } from "./worker.js";

async function build(args: BuildDeckArgs): Promise<WorkerReply> {
  try {
    return { ok: true, manifest: await buildDeck(args) };
  } catch (error) {
    if (isContentError(error)) return { ok: false, problems: error.problems };
    if (error instanceof Error) return { ok: false, message: error.message, stack: error.stack };
    return { ok: false, message: String(error) };
  }
}

const mode = workerData as { once: BuildDeckArgs } | { serve: true };
if ("once" in mode) {
  parentPort!.postMessage(await build(mode.once));
} else {
  // Messages are handled one at a time, in order, so replies match the parent's queue.
  let queue = Promise.resolve();
  parentPort!.on("message", (args: BuildDeckArgs) => {
    queue = queue.then(async () => parentPort!.postMessage(await build(args)));
  });
}

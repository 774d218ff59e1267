// The worker thread's body: builds the deck from the data it is handed (once, or per message) and posts back the result.
import { parentPort, workerData } from "node:worker_threads";
import { isContentError } from "../content/errors.js";
import { writeDeck, type WriteDeckArgs } from "./write-deck.js";
import type { WorkerReply } from "./worker.js";

async function build(args: WriteDeckArgs): Promise<WorkerReply> {
  try {
    return { ok: true, ...(await writeDeck(args)) };
  } catch (error) {
    if (isContentError(error)) return { ok: false, problems: error.problems };
    if (error instanceof Error) return { ok: false, message: error.message, stack: error.stack };
    return { ok: false, message: String(error) };
  }
}

const mode = workerData as { once: WriteDeckArgs } | { serve: true };
if ("once" in mode) {
  parentPort!.postMessage(await build(mode.once));
} else {
  // Messages are handled one at a time, in order, so replies match the parent's queue.
  let queue = Promise.resolve();
  parentPort!.on("message", (args: WriteDeckArgs) => {
    queue = queue.then(async () => parentPort!.postMessage(await build(args)));
  });
}

// The worker thread's body: builds the deck from the data it was handed and posts back the result.
import { parentPort, workerData } from "node:worker_threads";
import { isContentError } from "../content/errors.js";
import { buildDeck, type BuildDeckArgs } from "./build.js";
import type { WorkerReply } from "./worker.js";

const args = workerData as BuildDeckArgs;
let reply: WorkerReply;
try {
  reply = { ok: true, manifest: await buildDeck(args) };
} catch (error) {
  if (isContentError(error)) reply = { ok: false, problems: error.problems };
  else if (error instanceof Error) reply = { ok: false, message: error.message, stack: error.stack };
  else reply = { ok: false, message: String(error) };
}
parentPort!.postMessage(reply);

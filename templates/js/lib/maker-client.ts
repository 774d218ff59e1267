// The page's side of the deck maker's Web Worker: started on first use (its code, the cards and the
// fonts load only then), one promise per request, progress passed on; a worker that cannot load (offline,
// not kept) fails every waiting request with `offline`, and the next request starts a fresh one.
import type { MakerAnswer, MakerMessage, MakerRequest } from "./maker-protocol.js";
import { siteBase } from "./site-base.js";
import { word } from "./words.js";

export interface Progress {
  stage: string;
  done: number;
  of: number;
}

interface Waiting {
  resolve: (answer: MakerAnswer) => void;
  progress?: (step: Progress) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, Waiting>();

function stop(message: string): void {
  worker?.terminate();
  worker = undefined;
  for (const [id, request] of waiting) {
    waiting.delete(id);
    request.resolve({ type: "failed", message, offline: true });
  }
}

function started(url: URL): Worker {
  if (worker) return worker;
  const fresh = new Worker(url, { type: "module" });
  fresh.onmessage = ({ data }: MessageEvent<MakerMessage>) => {
    const request = waiting.get(data.id);
    if (!request || "input" in data) return;
    if (data.type === "progress") return request.progress?.(data);
    waiting.delete(data.id);
    request.resolve(data);
  };
  fresh.onerror = (event) => {
    event.preventDefault();
    stop(word("make.notLoaded"));
  };
  return (worker = fresh);
}

/** Sends `request` to the worker at `urls.worker`, which reads the deck input at `urls.input`. */
export function askMaker(urls: { worker: URL; input: URL }, request: MakerRequest, progress?: (step: Progress) => void): Promise<MakerAnswer> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, { resolve, progress });
    started(urls.worker).postMessage({ id, input: urls.input.href, ...request } satisfies MakerMessage);
  });
}

/** The worker and the deck input this page names ([data-maker]), under the site's path prefix. */
export function makerUrls(): { worker: URL; input: URL } {
  const { worker, input } = document.querySelector<HTMLElement>("[data-maker]")!.dataset;
  return { worker: new URL(worker!, siteBase()), input: new URL(input!, siteBase()) };
}

// Keeping files for offline use: the service worker fetches and keeps them (it owns its caches); a
// page asks it to, follows the progress, and checks what is kept. Its words are the downloads area's.
import { word } from "./words.js";

export interface KeepProgress {
  kept: number;
  of: number;
  bytes: number;
}

/** Whether this browser can keep files for this site at all (service workers and the Cache API). */
export const canKeepFiles = () => "serviceWorker" in navigator && "caches" in window && location.protocol !== "file:";

async function activeWorker(): Promise<ServiceWorker> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(word("downloads.offline.notAllowed"))), 10_000));
  const registration = await Promise.race([navigator.serviceWorker.ready, timeout]);
  if (!registration.active) throw new Error(word("downloads.offline.notAllowed"));
  return registration.active;
}

/** Asks the service worker to keep `urls`; resolves with the bytes kept, rejects naming the file that failed. */
export async function keepForOffline(urls: readonly string[], progress: (step: KeepProgress) => void): Promise<number> {
  const worker = await activeWorker();
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }) => {
      if (data.failed) reject(new Error(word("downloads.offline.notFetched", { file: decodeURIComponent(String(data.failed).split("/").pop() ?? "") })));
      else if (data.done) resolve(Number(data.bytes));
      else progress(data as KeepProgress);
    };
    worker.postMessage({ type: "keep", urls: [...urls] }, [channel.port2]);
  });
}

/** Whether a copy of `url` is kept on this device. */
export async function isKept(url: string): Promise<boolean> {
  return canKeepFiles() && Boolean(await caches.match(url));
}

/** Removes the kept copies of `urls`, wherever they are kept. */
export async function forgetOffline(urls: readonly string[]): Promise<void> {
  for (const key of await caches.keys()) {
    const cache = await caches.open(key);
    for (const url of urls) await cache.delete(url);
  }
}

// The one door to what a reader keeps on this device: one versioned record in localStorage, read
// through its schema, migrated from older shapes, set aside (never lost) when it cannot be read whole.
import * as v from "valibot";
import { deviceDataSchema, emptyDeviceData, type DeviceData } from "./device-data.js";
import { migrateToCurrent } from "./device-migrations.js";
import { setAsidePrefix, storageKey, storedPrefix } from "./storage-key.js";

export { storageKey };

/** localStorage when the browser allows it (it may not: private modes, blocked storage); else this page's memory. */
function backingStore(): Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length"> {
  try {
    const store = window.localStorage;
    store.getItem(storageKey);
    return store;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
      removeItem: (key) => void memory.delete(key),
      key: (index) => [...memory.keys()][index] ?? null,
      get length() {
        return memory.size;
      },
    };
  }
}

const store = backingStore();
let cached: DeviceData | undefined;
/** Whether this browser refused to save (said on the "Your data" page; what was set aside is listed there from storage). */
let notSaved = false;

/**
 * What of a damaged record still reads: each part (favourites, notes, plans…) that passes its own
 * schema, the rest fresh. Only a record of the current version: an unknown one is not guessed at.
 */
function recover(stored: DeviceData | undefined): DeviceData {
  const data: Record<string, unknown> = emptyDeviceData();
  for (const key in data) {
    const part = v.safeParse(deviceDataSchema.entries[key as keyof DeviceData], stored?.[key as keyof DeviceData]);
    if (part.success) data[key] = part.output;
  }
  return data as DeviceData;
}

/** The stored data, migrated to the current shape; a record that cannot be read whole is set aside, as it was, under its own key, and what of it still reads is kept. */
export function readDeviceData(): DeviceData {
  if (cached) return cached;
  const raw = store.getItem(storageKey);
  let data: DeviceData | undefined;
  let keep = raw === null;
  if (raw === null) data = migrateToCurrent(undefined, store);
  else {
    try {
      data = migrateToCurrent(JSON.parse(raw), store);
    } catch {
      data = undefined;
    }
    if (!data || !v.is(deviceDataSchema, data)) {
      try {
        store.setItem(`${setAsidePrefix}${Date.now()}`, raw);
        keep = true;
      } catch {
        notSaved = true; // not set aside: the record stays as it is, and this page works from what still reads
      }
      data = recover(data);
    }
  }
  cached = data!;
  if (keep) write(cached);
  return cached;
}

function write(data: DeviceData): void {
  try {
    store.setItem(storageKey, JSON.stringify(data));
  } catch {
    notSaved = true;
  }
}

const listeners = new Set<(data: DeviceData) => void>();

/** Calls `listener` after every change, from this page or from another tab. Returns the way to stop. */
export function onDeviceData(listener: (data: DeviceData) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Applies a change to a copy of the data, checks it against the schema, stores it and tells listeners. */
export function updateDeviceData(change: (draft: DeviceData) => void): DeviceData {
  const draft = structuredClone(readDeviceData());
  change(draft);
  const checked = v.parse(deviceDataSchema, draft); // a change that breaks the schema is a bug: it throws
  cached = checked;
  write(checked);
  for (const listener of listeners) listener(checked);
  return checked;
}

/** Replaces everything (an import the reader confirmed). */
export function replaceDeviceData(data: DeviceData): DeviceData {
  return updateDeviceData((draft) => void Object.assign(draft, structuredClone(data)));
}

/** What this site keeps under keys starting with `prefix` (the record, records set aside), as [key, text]. */
export function storedEntries(prefix: string): [string, string][] {
  const entries: [string, string][] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i)!;
    if (key.startsWith(prefix)) entries.push([key, store.getItem(key)!]);
  }
  return entries;
}

/** Removes one thing this site keeps, by a key storedEntries gave (a record set aside, when the reader asks). */
export function removeStored(key: string): void {
  store.removeItem(key);
}

/** Forgets everything this site keeps on the device, set-aside copies included. */
export function forgetDeviceData(): void {
  for (const [key] of storedEntries(storedPrefix)) removeStored(key);
  cached = emptyDeviceData();
  notSaved = false;
  for (const listener of listeners) listener(cached);
}

/** Whether a change could not be saved (it lasts only while the page is open). */
export function deviceDataNotSaved(): boolean {
  return notSaved;
}

// Another tab changed the data: read it afresh and pass it on.
if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if (event.key !== storageKey && event.key !== null) return;
    cached = undefined;
    const data = readDeviceData();
    for (const listener of listeners) listener(data);
  });
}

// The one door to what a reader keeps on this device: one versioned record in localStorage, read
// through its schema, migrated from older shapes, set aside (never lost) when it cannot be read.
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
/** What went wrong reading or writing, said once on the "Your data" page in its words (yourData.notice.*). */
export type DeviceNotice = { key: "setAside"; values: { aside: string } } | { key: "notSaved"; values?: undefined };
let notice: DeviceNotice | undefined;

/** The stored data, migrated to the current shape; what cannot be read is set aside under its own key. */
export function readDeviceData(): DeviceData {
  if (cached) return cached;
  const raw = store.getItem(storageKey);
  let data: DeviceData | undefined;
  if (raw === null) data = migrateToCurrent(undefined, store);
  else {
    try {
      data = migrateToCurrent(JSON.parse(raw), store);
    } catch {
      data = undefined;
    }
    if (!data || !v.is(deviceDataSchema, data)) {
      const aside = `${setAsidePrefix}${Date.now()}`;
      store.setItem(aside, raw);
      notice = { key: "setAside", values: { aside } };
      data = undefined;
    }
  }
  cached = data ?? emptyDeviceData();
  if (raw === null || !data) write(cached);
  return cached;
}

function write(data: DeviceData): void {
  try {
    store.setItem(storageKey, JSON.stringify(data));
  } catch {
    notice = { key: "notSaved" };
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

/** Forgets everything this site keeps on the device, set-aside copies included. */
export function forgetDeviceData(): void {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key && (key === storageKey || key.startsWith(storedPrefix))) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
  cached = emptyDeviceData();
  notice = undefined;
  for (const listener of listeners) listener(cached);
}

/** What went wrong reading or writing, if anything. */
export function deviceDataNotice(): DeviceNotice | undefined {
  return notice;
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

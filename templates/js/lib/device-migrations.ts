// Older shapes of the device data, brought to the current one. Version 0 is the first site's loose keys.
import { emptyDeviceData, type DeviceData } from "./device-data.js";
import { legacyKeys } from "./storage-key.js";

type KeyStore = Pick<Storage, "getItem" | "removeItem">;


function fromLegacyKeys(store: KeyStore): DeviceData {
  const data = emptyDeviceData();
  const favourites = store.getItem(legacyKeys.favourites);
  try {
    const ids: unknown = favourites ? JSON.parse(favourites) : [];
    // Saved in the order given; the old site kept no dates, so they count as saved in that order at time 0.
    if (Array.isArray(ids)) data.favourites = ids.filter((id): id is string => typeof id === "string" && /^[a-z0-9-]{1,80}$/.test(id)).map((id, i) => ({ id, savedAt: i }));
  } catch {
    // unreadable old favourites: nothing to carry over
  }
  const theme = store.getItem(legacyKeys.theme);
  if (theme === "light" || theme === "dark") data.preferences.theme = theme;
  if (store.getItem(legacyKeys.discreet) === "1") data.preferences.discreet = true;
  for (const key of Object.values(legacyKeys)) store.removeItem(key);
  return data;
}

/**
 * Whatever was stored, in the current shape: nothing stored (or only the old keys) becomes a fresh
 * record; an unknown version returns undefined, so the caller sets it aside rather than guess.
 */
export function migrateToCurrent(stored: unknown, store: KeyStore): DeviceData | undefined {
  if (stored === undefined) return fromLegacyKeys(store);
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return undefined;
  const version = (stored as { version?: unknown }).version;
  if (version === 1) return stored as DeviceData; // checked against the schema by the caller
  return undefined;
}

// Where the device record lives in localStorage, on its own so the head script can read it without the store.
// These names are data already on readers' devices and in their exported files, not words a reader sees:
// they keep the first site's name so nothing stored before becomes unreadable (localStorage is per site).
export const storageKey = "afterglow"; // stored-data name
/** Copies of unreadable records are set aside under this prefix and the time. */
export const setAsidePrefix = "afterglow-set-aside-"; // stored-data name
/** Every key this site has ever stored starts with this. */
export const storedPrefix = "afterglow"; // stored-data name
/** The first site kept favourites, theme and discreet mode under keys of their own. */
export const legacyKeys = { favourites: "afterglow-favourites", theme: "afterglow-theme", discreet: "afterglow-discreet" } as const; // stored-data names
/** What an exported file says it is (import checks it). */
export const exportFormat = "afterglow-device-data"; // stored-data name
export const favouritesFormat = "afterglow-favourites"; // stored-data name

// Where the device record lives in localStorage, on its own so the head script can read it without the store.
export const storageKey = "afterglow";

// Applies the remembered theme and discreet mode before the page paints (an external file: the CSP
// allows no inline script). It reads two preferences straight from the stored record: the full
// store (schema, migrations) loads later, with the page's module.
import { legacyKeys, storageKey } from "./lib/storage-key.js";
import { applyThemeColor } from "./lib/theme-color.js";

function storedPreferences(): { theme?: string; discreet?: boolean } {
  try {
    const store = window.localStorage;
    const record = store.getItem(storageKey);
    if (record) return (JSON.parse(record) as { preferences?: { theme?: string; discreet?: boolean } }).preferences ?? {};
    // Not migrated yet: the first site's own keys.
    return { theme: store.getItem(legacyKeys.theme) ?? undefined, discreet: store.getItem(legacyKeys.discreet) === "1" };
  } catch {
    return {};
  }
}

const root = document.documentElement;
// Scripts run: what is written for readers without JavaScript hides before it is seen.
root.setAttribute("data-js", "");
const { theme, discreet } = storedPreferences();
if (theme === "dark" || theme === "light") {
  root.setAttribute("data-theme", theme);
  applyThemeColor(theme);
}
if (discreet === true) {
  root.setAttribute("data-discreet", "");
  root.setAttribute("data-title", document.title);
  document.title = root.dataset.discreetTitle ?? "";
  const icon = document.querySelector('link[rel="icon"]');
  if (icon) icon.setAttribute("href", icon.getAttribute("href")!.replace("icon.svg", "icon-discreet.svg"));
}

// Small enhancements on top of pages that already work without JavaScript: toggles, and the service
// worker that keeps the site readable offline. Page-specific code has its own module.
import { updateDeviceData } from "./lib/device-store.js";
import { applyThemeColor } from "./lib/theme-color.js";

const root = document.documentElement;
const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
const base = new URL(".", manifest ? manifest.href : location.href);
const all = <T extends Element = HTMLElement>(selector: string) => [...document.querySelectorAll<T>(selector)];

for (const el of all("[data-nojs]")) el.hidden = true;

// Night theme: follows the system until the reader chooses, then remembers the choice. Night-first
// pages (Tonight) are dim unless the reader chose light.
const dark = window.matchMedia("(prefers-color-scheme: dark)");
const isDark = () => {
  const theme = root.getAttribute("data-theme");
  return theme ? theme === "dark" : dark.matches || root.hasAttribute("data-night-first");
};
for (const button of all<HTMLButtonElement>('[data-toggle="theme"]')) {
  const sync = () => button.setAttribute("aria-pressed", String(isDark()));
  sync();
  button.hidden = false;
  dark.addEventListener("change", sync);
  button.addEventListener("click", () => {
    const next = isDark() ? "light" : "dark";
    root.setAttribute("data-theme", next);
    applyThemeColor(next);
    updateDeviceData((data) => void (data.preferences.theme = next));
    sync();
  });
}

// Discreet mode: a neutral brand, tab title and icon, and stand-ins for revealing titles (CSS), remembered on this device.
const icon = document.querySelector('link[rel="icon"]');
function applyDiscreet(on: boolean): void {
  if (on) {
    if (!root.hasAttribute("data-title")) root.setAttribute("data-title", document.title);
    root.setAttribute("data-discreet", "");
    document.title = root.dataset.discreetTitle ?? "";
    icon?.setAttribute("href", icon.getAttribute("href")!.replace(/icon\.svg$/, "icon-discreet.svg"));
  } else {
    root.removeAttribute("data-discreet");
    if (root.hasAttribute("data-title")) document.title = root.getAttribute("data-title")!;
    icon?.setAttribute("href", icon.getAttribute("href")!.replace("icon-discreet.svg", "icon.svg"));
  }
}
for (const button of all<HTMLButtonElement>('[data-toggle="discreet"]')) {
  button.setAttribute("aria-pressed", String(root.hasAttribute("data-discreet")));
  button.hidden = false;
  button.addEventListener("click", () => {
    const on = !root.hasAttribute("data-discreet");
    updateDeviceData((data) => void (data.preferences.discreet = on));
    applyDiscreet(on);
    button.setAttribute("aria-pressed", String(on));
  });
}

// Registered after the page has loaded, so precaching never competes with the first paint.
if ("serviceWorker" in navigator && location.protocol !== "file:") {
  const register = () => void navigator.serviceWorker.register(new URL("sw.js", base).href).catch(() => {});
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register);
}

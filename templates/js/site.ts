// Small enhancements on top of pages that already work without JavaScript: toggles, favourites,
// random draws, live card filters, and the service worker that keeps the site readable offline.
import { readDeviceData, updateDeviceData } from "./lib/device-store.js";

const root = document.documentElement;
const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
const base = new URL(".", manifest ? manifest.href : location.href);
const all = <T extends Element = HTMLElement>(selector: string) => [...document.querySelectorAll<T>(selector)];

for (const el of all("[data-nojs]")) el.hidden = true;

// Night theme: follows the system until the reader chooses, then remembers the choice.
const dark = window.matchMedia("(prefers-color-scheme: dark)");
const isDark = () => {
  const theme = root.getAttribute("data-theme");
  return theme ? theme === "dark" : dark.matches;
};
for (const button of all<HTMLButtonElement>('[data-toggle="theme"]')) {
  const sync = () => button.setAttribute("aria-pressed", String(isDark()));
  sync();
  button.hidden = false;
  dark.addEventListener("change", sync);
  button.addEventListener("click", () => {
    const next = isDark() ? "light" : "dark";
    root.setAttribute("data-theme", next);
    updateDeviceData((data) => void (data.preferences.theme = next));
    sync();
  });
}

// Discreet mode: a neutral tab title and icon, remembered on this device.
const icon = document.querySelector('link[rel="icon"]');
function applyDiscreet(on: boolean): void {
  if (on) {
    if (!root.hasAttribute("data-title")) root.setAttribute("data-title", document.title);
    root.setAttribute("data-discreet", "");
    document.title = "Notes";
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

// Favourites: card ids with the time they were saved, on this device only.
const isFavourite = (id: string) => readDeviceData().favourites.some((item) => item.id === id);
for (const button of all<HTMLButtonElement>("[data-fav]")) {
  const id = button.dataset.fav!;
  const sync = () => {
    const saved = isFavourite(id);
    button.setAttribute("aria-pressed", String(saved));
    button.textContent = saved ? "Saved to favourites" : "Save to favourites";
  };
  sync();
  button.hidden = false;
  button.addEventListener("click", () => {
    const saved = button.getAttribute("aria-pressed") === "true";
    updateDeviceData((data) => {
      data.favourites = data.favourites.filter((item) => item.id !== id);
      if (!saved) data.favourites.push({ id, savedAt: Date.now() });
    });
    sync();
  });
}
if (document.querySelector("[data-favourites]")) {
  const saved = new Set(readDeviceData().favourites.map((item) => item.id));
  let any = false;
  for (const item of all("[data-favourites] [data-id]")) {
    item.hidden = !saved.has(item.dataset.id!);
    any ||= !item.hidden;
  }
  for (const el of all("[data-fav-empty]")) el.hidden = any;
}

// Draws: without JavaScript the links follow a fixed shuffled order; with it, each tap is random.
for (const link of all<HTMLAnchorElement>("a[data-draw]")) {
  link.addEventListener("click", () => {
    const count = Number(link.dataset.draw);
    const current = Number(link.dataset.current ?? 0);
    if (count < 2) return;
    let pick: number;
    do pick = 1 + Math.floor(Math.random() * count);
    while (pick === current);
    link.setAttribute("href", link.getAttribute("href")!.replace(/\d+\/$/, `${pick}/`));
  });
}

// Live filters on the full card list: facets combine, and nothing reloads.
for (const nav of all("[data-filter-live]")) {
  const chosen: Record<string, string> = {};
  const count = document.querySelector("[data-count]");
  nav.addEventListener("click", (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>("a[data-facet]");
    if (!link) return;
    event.preventDefault();
    const facet = link.dataset.facet!;
    chosen[facet] = link.dataset.value!;
    for (const a of all(`[data-filter-live] a[data-facet="${facet}"]`)) {
      if (a === link) a.setAttribute("aria-current", "true");
      else a.removeAttribute("aria-current");
    }
    let shown = 0;
    for (const card of all("[data-card]")) {
      const match = Object.keys(chosen).every((key) => !chosen[key] || card.getAttribute(`data-${key}`) === chosen[key]);
      card.hidden = !match;
      if (match) shown++;
    }
    if (count) count.textContent = shown === 1 ? "1 card" : `${shown} cards`;
  });
}

// Registered after the page has loaded, so precaching never competes with the first paint.
if ("serviceWorker" in navigator && location.protocol !== "file:") {
  const register = () => void navigator.serviceWorker.register(new URL("sw.js", base).href).catch(() => {});
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register);
}

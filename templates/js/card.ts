// A card page: save it to favourites, and when the reader came from a filtered list (its filter rides
// along in the address), Previous and Next walk that list instead of the whole deck.
import { filterQuery, matchesFilter, readFilterQuery } from "../../scripts/site/filter-query.js";
import type { CardIndex } from "../../scripts/site/card-filters.js";
import { readDeviceData, updateDeviceData } from "./lib/device-store.js";
import { siteBase } from "./lib/site-base.js";

const base = siteBase();

// Favourites: card ids with the time they were saved, on this device only.
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-fav]")) {
  const id = button.dataset.fav!;
  const sync = () => {
    const saved = readDeviceData().favourites.some((item) => item.id === id);
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

/** A title as the server writes it: with its discreet stand-in beside it when it has one. */
function titleNodes(entry: CardIndex["cards"][number]): Node[] {
  if (!entry.neutral) return [document.createTextNode(entry.title)];
  const real = document.createElement("span");
  real.className = "dn-real";
  real.textContent = entry.title;
  const alt = document.createElement("span");
  alt.className = "dn-alt";
  alt.textContent = entry.neutral;
  return [real, alt];
}

async function walkFilteredSet(): Promise<void> {
  const pager = document.querySelector<HTMLElement>("[data-card-pager]");
  if (!pager || !location.search) return;
  const response = await fetch(new URL("cards/index.json", base));
  if (!response.ok) return;
  const index = (await response.json()) as CardIndex;
  const state = readFilterQuery(location.search, index.facets);
  const set = index.cards.filter((card) => matchesFilter(card, state));
  const pathOf = (url: string) => new URL(url.replace(/^\//, ""), base).pathname;
  const here = set.findIndex((card) => pathOf(card.url) === location.pathname);
  if (Object.keys(state).length === 0 || here < 0) return;
  const query = filterQuery(state, index.facets);
  const links = ([["prev", "Previous card", set[here - 1]], ["next", "Next card", set[here + 1]]] as const).flatMap(([rel, word, card]) => {
    if (!card) return [];
    const link = document.createElement("a");
    link.rel = rel;
    link.href = pathOf(card.url) + query;
    const label = document.createElement("span");
    label.textContent = word;
    link.append(label, " ", ...titleNodes(card));
    return [link];
  });
  pager.replaceChildren(...links);
  pager.setAttribute("aria-label", `Cards with your filters: ${here + 1} of ${set.length}`);
  const back = document.querySelector<HTMLAnchorElement>("[data-all-cards]");
  if (back) {
    back.href = pathOf("/cards/") + query;
    back.textContent = `Back to your filtered cards (${here + 1} of ${set.length})`;
  }
}

void walkFilteredSet().catch(() => {
  // Offline without the index, or an old address: the deck's own order stays.
});

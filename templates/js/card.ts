// A card page: save, share or set aside the card, its pacer's pace and the screen kept on; and when
// the reader came from a filtered list (its filter rides along in the address), Previous and Next
// walk that list instead of the whole deck.
import { filterQuery, matchesFilter, readFilterQuery } from "../../scripts/site/filter-query.js";
import type { CardIndex } from "../../scripts/site/card-filters.js";
import { setUpCardActions } from "./lib/card-actions.js";
import { languageBase } from "./lib/site-base.js";
import { word } from "./lib/words.js";
import { titleNodes } from "./lib/title-nodes.js";

const base = languageBase();

setUpCardActions();
// Only quiet cards and longer rituals have a pacer or a timer (with "keep the screen on"): loaded for them alone.
if (document.querySelector("[data-pacer], [data-wake-lock]")) void import("./lib/extras.js");

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
  const links = ([["prev", word("previousCard"), set[here - 1]], ["next", word("nextCard"), set[here + 1]]] as const).flatMap(([rel, label, card]) => {
    if (!card) return [];
    const link = document.createElement("a");
    link.rel = rel;
    link.href = pathOf(card.url) + query;
    const span = document.createElement("span");
    span.textContent = label;
    link.append(span, " ", ...titleNodes(card));
    return [link];
  });
  pager.replaceChildren(...links);
  pager.setAttribute("aria-label", word("filteredPager", { number: here + 1, count: set.length }));
  const back = document.querySelector<HTMLAnchorElement>("[data-all-cards]");
  if (back) {
    back.href = pathOf("/cards/") + query;
    back.textContent = word("backToFiltered", { number: here + 1, count: set.length });
  }
}

void walkFilteredSet().catch(() => {
  // Offline without the index, or an old address: the deck's own order stays.
});

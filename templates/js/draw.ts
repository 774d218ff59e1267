// The Draw page with JavaScript: where draws come from (everything for right after, favourites, or
// the filter the reader came with; the choice lives in the address), leaving out cards marked "not
// for us", the history (kept or not, how far through the set, start over), and the draw buttons.
import type { FilterFacet } from "../../scripts/site/card-filters.js";
import { readDeviceData, updateDeviceData } from "./lib/device-store.js";
import { drawOne, loadDrawDeck, onClick, poolOf, siteUrl, type DrawDeck } from "./lib/draw-deck.js";
import { drawSourceQuery } from "./lib/draw-pool.js";
import { cardCount as cards, word } from "./lib/words.js";

/** The filter's facets in the page's language (the page writes them in, from the filter panel's words). */
const facets = JSON.parse(document.querySelector("script[data-filter-labels]")?.textContent || "[]") as FilterFacet[];

function setUpDrawOptions(deck: DrawDeck, options: HTMLElement): void {
  const find = <T extends HTMLElement = HTMLElement>(selector: string) => options.querySelector<T>(selector)!;
  const radio = (value: string) => find<HTMLInputElement>(`input[name="from"][value="${value}"]`);
  const filter = deck.source.filter;
  const hasFilter = Object.keys(filter).length > 0;
  const sources = { all: { favourites: false, filter: {} }, favourites: { favourites: true, filter: {} }, filter: { favourites: false, filter } };
  find("[data-from-filter]").hidden = !hasFilter;
  find("[data-filter-words]").textContent = facets
    .filter((facet) => filter[facet.id])
    .map((facet) => facet.values.find((value) => value.id === filter[facet.id])?.label ?? filter[facet.id])
    .join(", ");
  radio(deck.source.favourites ? "favourites" : hasFilter ? "filter" : "all").checked = true;

  const render = () => {
    const data = readDeviceData();
    for (const [name, source] of Object.entries(sources)) find(`[data-pool-count="${name}"]`).textContent = `(${cards(poolOf(deck, source).length)})`;
    find("[data-leave-out-row]").hidden = data.hidden.length === 0;
    find<HTMLInputElement>("[data-leave-out]").checked = data.draws.leaveOutHidden !== false;
    find("[data-hidden-count]").textContent = `(${cards(data.hidden.length)})`;
    find<HTMLInputElement>("[data-keep-history]").checked = data.draws.keepHistory;
    const pool = poolOf(deck);
    const seen = pool.filter((id) => data.draws.seen.includes(id)).length;
    find("[data-history-status]").textContent = !data.draws.keepHistory
      ? word("draw.notRemembered")
      : seen
        ? word("draw.seenSome", { seen, cards: cards(pool.length) })
        : word("draw.seenNone", { cards: cards(pool.length) });
    find("[data-start-over]").hidden = !data.draws.keepHistory || data.draws.seen.length === 0;
  };

  options.addEventListener("change", (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name === "from") {
      deck.source = sources[input.value as keyof typeof sources];
      deck.query = drawSourceQuery(deck.source, deck.vocabulary);
      history.replaceState(history.state, "", location.pathname + deck.query);
    } else if (input.matches("[data-leave-out]")) updateDeviceData((data) => void (data.draws.leaveOutHidden = input.checked));
    else if (input.matches("[data-keep-history]")) updateDeviceData((data) => void Object.assign(data.draws, { keepHistory: input.checked, seen: [] }));
    render();
  });
  find("[data-start-over]").addEventListener("click", () => {
    updateDeviceData((data) => void (data.draws.seen = []));
    render();
    find<HTMLElement>("[data-history-status]").textContent = word("draw.startedOver");
  });
  render();
}

const options = document.querySelector<HTMLElement>("[data-draw-options]")!;
const deck = loadDrawDeck();
onClick("[data-draw-one]", deck, (loaded) => drawOne(loaded, [], options.querySelector("[data-draw-status]")));
onClick("[data-draw-three]", deck, (loaded) => location.assign(siteUrl(loaded, "/draw/three/")));
void deck
  .then((loaded) => setUpDrawOptions(loaded, options))
  .catch(() => {
    // Offline without the deck's lists: the buttons keep their plain addresses.
  });

// The Draw page with JavaScript: where draws come from (everything for right after, favourites, or
// the filter the reader came with; the choice lives in the address), leaving out cards marked "not
// for us", the history (kept or not, how far through the set, start over), and the draw buttons.
import { facets } from "../../scripts/site/card-filters.js";
import { readDeviceData, updateDeviceData } from "./lib/device-store.js";
import { drawOne, loadDrawDeck, onClick, poolOf, siteUrl, type DrawDeck } from "./lib/draw-deck.js";
import { drawSourceQuery } from "./lib/draw-pool.js";

const cards = (n: number) => (n === 1 ? "1 card" : `${n} cards`);

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
      ? "Nothing is remembered: draws follow the deck’s own shuffled order."
      : seen
        ? `${seen} of these ${cards(pool.length)} drawn so far; the rest come first.`
        : `None of these ${cards(pool.length)} drawn yet.`;
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
    find<HTMLElement>("[data-history-status]").textContent = "Started over: every card is new again.";
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

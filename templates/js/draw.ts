// The Draw page with JavaScript: where draws come from (everything for right after, favourites, or
// the filter the reader came with; the choice lives in the address), leaving out cards marked "not
// for us", the history (kept or not, how far through the set, start over), and the draw buttons.
import { readDeviceData, updateDeviceData } from "./lib/device-store.js";
import { drawOne, loadDrawDeck, onClick, poolOf, siteUrl, type DrawDeck } from "./lib/draw-deck.js";
import { drawSourceQuery } from "./lib/draw-pool.js";
import { labelIn, pageVocabulary } from "./lib/page-vocabulary.js";
import { cardCount as cards, word } from "./lib/words.js";

/** Each facet's values in the page's words, in the filter panel's order (kinds by their group names). */
function facetLists() {
  const v = pageVocabulary();
  return { kind: v.kinds.map((kind) => ({ id: kind.id, label: kind.plural })), category: v.categories, when: v.whens, duration: v.durations, energy: v.energies, touch: v.touches };
}

function setUpDrawOptions(deck: DrawDeck, options: HTMLElement): void {
  const find = <T extends HTMLElement = HTMLElement>(selector: string) => options.querySelector<T>(selector)!;
  const radio = (value: string) => find<HTMLInputElement>(`input[name="from"][value="${value}"]`);
  const filter = deck.source.filter;
  const hasFilter = Object.keys(filter).length > 0;
  const sources = { all: { favourites: false, filter: {} }, favourites: { favourites: true, filter: {} }, filter: { favourites: false, filter } };
  find("[data-from-filter]").hidden = !hasFilter;
  find("[data-filter-words]").textContent = Object.entries(facetLists())
    .flatMap(([facet, list]) => (filter[facet] ? [labelIn(list, filter[facet])] : []))
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

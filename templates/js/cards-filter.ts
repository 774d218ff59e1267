// The card browser with JavaScript: the filter lives in the address (/cards/?kind=ritual&touch=none),
// so it survives Back, reload and sharing, and rides along to the cards opened from it (their
// Previous and Next then walk the filtered set). CSS does the hiding; this keeps the words in step.
import { filterQuery, matchesFilter, readFilterQuery, type FilterState, type FilterVocabulary } from "../../scripts/site/filter-query.js";
import { cardCount, word } from "./lib/words.js";

const form = document.querySelector<HTMLElement>("[data-filters]")!;
const panel = form.querySelector<HTMLDetailsElement>("[data-filter-panel]")!;
const chosen = form.querySelector<HTMLElement>("[data-filter-chosen]")!;
const barCount = form.querySelector<HTMLElement>("[data-bar-count]")!;
const show = form.querySelector<HTMLAnchorElement>("[data-show-cards]")!;
const count = document.querySelector<HTMLElement>("[data-count]")!;
const none = document.querySelector<HTMLElement>("[data-none]")!;
const drawFiltered = document.querySelector<HTMLElement>("[data-draw-filtered]");
const tiles = [...document.querySelectorAll<HTMLElement>("[data-card]")];
const makeLink = document.querySelector<HTMLAnchorElement>("[data-make-link]");

const radios = (group: Element) => [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const vocabulary: FilterVocabulary = [...form.querySelectorAll("fieldset")].map((group) => ({
  id: radios(group)[0].name,
  values: radios(group).map((radio) => radio.value).filter(Boolean),
}));
const cards = cardCount;

function chosenState(): FilterState {
  const state: FilterState = {};
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')) if (radio.value) state[radio.name] = radio.value;
  return state;
}

function applyState(state: FilterState): void {
  for (const facet of vocabulary) {
    for (const radio of form.querySelectorAll<HTMLInputElement>(`input[name="${facet.id}"]`)) radio.checked = radio.value === (state[facet.id] ?? "");
  }
}

/** Words, address and card links for the current choice. */
function update(): void {
  const state = chosenState();
  const query = filterQuery(state, vocabulary);
  history.replaceState(history.state, "", location.pathname + query);
  let shown = 0;
  for (const tile of tiles) {
    if (matchesFilter(tile.dataset, state)) shown++;
    const link = tile.querySelector<HTMLAnchorElement>("h2 a")!;
    link.href = link.pathname + query;
  }
  count.textContent = cards(shown);
  // The Draw page takes the same filter and deals from it (the cards in it that suit right after).
  if (drawFiltered) drawFiltered.hidden = shown === 0 || query === "";
  const draw = drawFiltered?.querySelector("a");
  if (draw) draw.href = draw.pathname + query;
  // The deck maker starts from the same filter.
  if (makeLink) makeLink.href = makeLink.pathname + query;
  none.hidden = shown > 0;
  barCount.textContent = shown ? word("withChoices", { cards: cards(shown) }) : word("noneMatch");
  show.hidden = shown === 0;
  show.textContent = word("showCards", { cards: cards(shown) });
  chosen.textContent = Object.entries(state)
    .map(([facet, value]) => form.querySelector(`label[for="f-${facet}-${value}"]`)?.textContent ?? value)
    .join(", ");
}

applyState(readFilterQuery(location.search, vocabulary));
update();
form.addEventListener("change", update);
// Without JavaScript "Reset filters" loads the page afresh; here it resets in place.
for (const reset of document.querySelectorAll<HTMLAnchorElement>("[data-reset]")) {
  reset.addEventListener("click", (event) => {
    event.preventDefault();
    applyState({});
    update();
    count.tabIndex = -1;
    (panel.open ? form.querySelector<HTMLInputElement>("input:checked")! : count).focus();
  });
}
show.addEventListener("click", (event) => {
  event.preventDefault();
  panel.open = false;
  count.tabIndex = -1;
  count.focus();
});

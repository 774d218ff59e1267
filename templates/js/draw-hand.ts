// Hands of three with JavaScript: on /draw/three/ a hand is dealt from the reader's source and
// history and kept in the address (?hand=…, so Back and reload show it again); Pass deals again in
// place. On the seeded hands (/draw/three/N/) Pass and "Draw just one" deal the same way.
import { fillTile } from "./lib/card-tile.js";
import { deal, drawOne, loadDrawDeck, newRoundWords, nothingWords, onClick, siteUrl, type DrawDeck } from "./lib/draw-deck.js";
import { siteBase } from "./lib/site-base.js";

const hand = document.querySelector<HTMLElement>("[data-hand]");
const status = document.querySelector<HTMLElement>("[data-hand-status]");
const sprite = new URL("icons/sprite.svg", siteBase()).pathname;
let showing: string[] = [];

function render(deck: DrawDeck, ids: string[], newRound: boolean): void {
  showing = ids;
  [...hand!.children].forEach((tile, i) => {
    const card = deck.byId.get(ids[i]);
    (tile as HTMLElement).hidden = !card;
    if (card) fillTile(tile as HTMLElement, card, { href: siteUrl(deck, card.url), sprite, number: deck.numberOf.get(card.id)!, total: deck.total });
  });
  status!.textContent = ids.length === 0 ? nothingWords() : newRound ? newRoundWords() : "";
  const params = new URLSearchParams(location.search);
  params.set("hand", ids.join(","));
  history.replaceState(history.state, "", `${location.pathname}?${params}`);
}

const deck = loadDrawDeck();
onClick("[data-draw-three]", deck, (loaded) => location.assign(siteUrl(loaded, "/draw/three/")));
onClick("[data-draw-one]", deck, (loaded) => drawOne(loaded, showing, status));
onClick("[data-deal-again]", deck, (loaded) => {
  const dealt = deal(loaded, 3, showing);
  render(loaded, dealt.ids, dealt.newRound);
  hand?.querySelector("a")?.focus();
});
void deck
  .then((loaded) => {
    if (!hand) return;
    const asked = (new URLSearchParams(location.search).get("hand") ?? "").split(",").filter((id) => loaded.byId.has(id));
    const first = asked.length ? { ids: asked.slice(0, 3), newRound: false } : deal(loaded, 3, []);
    render(loaded, first.ids, first.newRound);
  })
  .catch(() => {
    // Offline without the deck's lists: the seeded hands' links still work.
  });

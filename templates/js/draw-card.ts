// A drawn card's page with JavaScript: the card is remembered as seen, Pass deals the next one from
// the reader's source and history (lib/draw-deck.ts), and the card can be saved, shared or set aside.
import { setUpCardActions } from "./lib/card-actions.js";
import { limits } from "./lib/device-data.js";
import { readDeviceData, updateDeviceData } from "./lib/device-store.js";
import { drawOne, loadDrawDeck, newRoundWords, onClick, siteUrl } from "./lib/draw-deck.js";
import { remember } from "./lib/draw-history.js";
import { word } from "./lib/words.js";

const pass = document.querySelector<HTMLElement>("[data-draw-pass]")!;
const status = document.querySelector<HTMLElement>("[data-draw-source]")!;
const current = pass.dataset.cardId!;

if (readDeviceData().draws.keepHistory) updateDeviceData((data) => void (data.draws.seen = remember(data.draws.seen, [current], limits.drawsRemembered)));
setUpCardActions();
if (document.querySelector("[data-pacer], [data-wake-lock]")) void import("./lib/extras.js");

const deck = loadDrawDeck();
onClick("[data-draw-pass]", deck, (loaded) => drawOne(loaded, [current], status));
onClick("[data-draw-three]", deck, (loaded) => location.assign(siteUrl(loaded, "/draw/three/")));
void deck
  .then((loaded) => {
    if (location.hash === "#again") {
      status.textContent = newRoundWords();
      history.replaceState(history.state, "", location.pathname + location.search);
    } else if (loaded.query) status.textContent = word(loaded.source.favourites ? "draw.fromFavourites" : "draw.fromFilter");
  })
  .catch(() => {
    // Offline without the deck's lists: Pass keeps the seeded order.
  });

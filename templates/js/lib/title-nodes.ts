// A card title as the server writes it: with its discreet stand-in beside it when it has one (CSS shows one).
import type { CardIndex } from "../../../scripts/site/card-filters.js";

export function titleNodes(entry: CardIndex["cards"][number]): Node[] {
  if (!entry.neutral) return [document.createTextNode(entry.title)];
  const real = Object.assign(document.createElement("span"), { className: "dn-real", textContent: entry.title });
  const alt = Object.assign(document.createElement("span"), { className: "dn-alt", textContent: entry.neutral });
  return [real, alt];
}

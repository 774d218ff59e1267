// The small words printed on a card face besides title and body: kind, category, when, the foot and the number,
// in the brand's language (its faceLabels: content/strings/<lang>/vocab.yaml, or the vocabulary's own English).
import type { FaceLabels } from "../content/brand.js";
import type { Card } from "../content/types.js";
import { durations, energies, kinds, touches } from "../content/vocabulary.js";

export type FootIcon = "duration" | "energy" | "touch";

export interface FaceWords {
  kind: string;
  mark: (typeof kinds)[number]["mark"];
  category: string;
  /** When the card fits ("Right after"), set beside the accent rule under the title. */
  when: string;
  foot: { field: FootIcon; label: string; level: number }[];
  number: string;
}

export function faceWords(card: Card, total: number, labels: FaceLabels): FaceWords {
  const kind = kinds.find((k) => k.id === card.kind)!;
  const label = (facet: keyof FaceLabels, id: string) => {
    const word = labels[facet][id];
    if (word === undefined) throw new Error(`unknown vocabulary id "${id}" for ${facet}`);
    return word;
  };
  return {
    kind: label("kind", card.kind),
    mark: kind.mark,
    category: label("category", card.category),
    when: label("when", card.when),
    foot: [
      { field: "duration", label: label("duration", card.duration), level: durations.findIndex((d) => d.id === card.duration) },
      { field: "energy", label: label("energy", card.energy), level: energies.findIndex((e) => e.id === card.energy) },
      { field: "touch", label: label("touch", card.touch), level: touches.findIndex((t) => t.id === card.touch) },
    ],
    number: `${card.number} / ${total}`,
  };
}

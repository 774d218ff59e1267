// The small words printed on a card face besides title and body: kind, category, when, the foot and the number.
import type { Card } from "../content/types.js";
import { categories, durations, energies, kinds, labelOf, touches, whens } from "../content/vocabulary.js";

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

export function faceWords(card: Card, total: number): FaceWords {
  const kind = kinds.find((k) => k.id === card.kind)!;
  return {
    kind: kind.label,
    mark: kind.mark,
    category: labelOf(categories, card.category),
    when: labelOf(whens, card.when),
    foot: [
      { field: "duration", label: labelOf(durations, card.duration), level: durations.findIndex((d) => d.id === card.duration) },
      { field: "energy", label: labelOf(energies, card.energy), level: energies.findIndex((e) => e.id === card.energy) },
      { field: "touch", label: labelOf(touches, card.touch), level: touches.findIndex((t) => t.id === card.touch) },
    ],
    number: `${card.number} / ${total}`,
  };
}

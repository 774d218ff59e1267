// Raw page operators under pdfkit: decoration drawn once per document as a form and placed by reference, and flat fills.
import type { Matrix } from "./guides.js";
import { captureDrawing, useXObject, writeOperators, writeStreamObject, type Doc } from "./pdfkit-internals.js";

/** A number as pdfkit writes it in content streams: at most three decimals. */
export const pdfNumber = (value: number) => Math.round(value * 1000) / 1000;
const num = pdfNumber;

/** A drawing kept as a form XObject: written once per document, placed with one operator. */
export interface Form {
  name: string;
  ref: unknown;
}

/** [left, top, right, bottom] in the drawing's own top-down coordinates: what the form may paint. */
export type FormBox = [number, number, number, number];

const formsOf = new WeakMap<Doc, Map<string, Form>>();

/**
 * The form XObject drawn by `draw` for `key`, made on first use in each document. Decoration that
 * repeats on every card (marks, icons, emblems, the back's name) is written once and then placed
 * with `Do`: smaller pages, and far less for the deflater. `draw` may use any pdfkit drawing call;
 * fonts and patterns it uses go into the form's own resources.
 */
export function formOf(doc: Doc, key: string, box: FormBox, draw: () => void): Form {
  let forms = formsOf.get(doc);
  if (!forms) formsOf.set(doc, (forms = new Map()));
  let form = forms.get(key);
  if (form) return form;
  const { operators, resources } = captureDrawing(doc, () => {
    doc.save();
    draw();
    doc.restore();
  });
  const used = Object.fromEntries(Object.entries(resources).filter(([, entries]) => Object.keys(entries).length));
  const ref = writeStreamObject(doc, { Type: "XObject", Subtype: "Form", FormType: 1, BBox: box.map(num), Resources: used }, operators.join("\n"));
  form = { name: `Fm${forms.size + 1}`, ref };
  forms.set(key, form);
  return form;
}

/** Where a form goes: its origin at (x, y), or anywhere a matrix takes it (a card turned on the sheet). */
export type Placement = { x: number; y: number } | { matrix: Matrix };

/** Places a form by reference. */
export function placeForm(doc: Doc, form: Form, placement: Placement): void {
  useXObject(doc, form.name, form.ref);
  const matrix = "matrix" in placement ? placement.matrix.map(num).join(" ") : `1 0 0 1 ${num(placement.x)} ${num(placement.y)}`;
  writeOperators(doc, `q ${matrix} cm /${form.name} Do Q`);
}

const colourOps = new Map<string, string>();

/** The fill-colour operators for a #rrggbb colour, cached. */
export function fillOps(hex: string): string {
  let ops = colourOps.get(hex);
  if (!ops) {
    const [r, g, b] = [1, 3, 5].map((i) => num(parseInt(hex.slice(i, i + 2), 16) / 255));
    colourOps.set(hex, (ops = `/DeviceRGB cs ${r} ${g} ${b} scn`));
  }
  return ops;
}

/** A filled rectangle in one colour, written as three short operators (pdfkit spells colours out to 16 digits). */
export function fillRect(doc: Doc, colour: string, rect: { x: number; y: number; width: number; height: number }): void {
  writeOperators(doc, `${fillOps(colour)}\n${num(rect.x)} ${num(rect.y)} ${num(rect.width)} ${num(rect.height)} re\nf`);
}

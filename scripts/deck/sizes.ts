// Paper and card sizes as data, in millimetres as printers and shops quote them; their names are the
// language's (deck.papers, deck.cardSizes and deck.stocks in content/strings/<lang>/deck.yaml).

export interface PaperSize {
  id: "letter" | "a4";
  widthMm: number;
  heightMm: number;
}

export const papers = {
  letter: { id: "letter", widthMm: 215.9, heightMm: 279.4 },
  a4: { id: "a4", widthMm: 210, heightMm: 297 },
} as const satisfies Record<string, PaperSize>;

export type PaperId = keyof typeof papers;

export interface CardSize {
  id: string;
  widthMm: number;
  heightMm: number;
  /** Multiplies every type size and spacing of the poker design, so bigger cards get bigger type. */
  typeScale: number;
}

export const cardSizes = {
  poker: { id: "poker", widthMm: 63.5, heightMm: 88.9, typeScale: 1 },
  tarot: { id: "tarot", widthMm: 70, heightMm: 120, typeScale: 1.15 },
  index: { id: "index", widthMm: 76.2, heightMm: 127, typeScale: 1.2 },
} as const satisfies Record<string, CardSize>;

export type CardSizeId = keyof typeof cardSizes;

/** Print-shop bleed: 1/8 in beyond the trim on every side. */
export const shopBleedMm = 3.175;
/** Home printers cannot print the outer 4–5 mm of a sheet; marks and cards stay inside this. */
export const printerMarginMm = 5;

/** What a deck is printed on, with the thickness of one sheet: a card's thickness, and the box's. */
export interface Stock {
  id: string;
  thicknessMm: number;
}

export const stocks = {
  paper: { id: "paper", thicknessMm: 0.1 },
  "card-200": { id: "card-200", thicknessMm: 0.25 },
  "card-300": { id: "card-300", thicknessMm: 0.33 },
} as const satisfies Record<string, Stock>;

export type StockId = keyof typeof stocks;
export const isStockId = (id: string): id is StockId => Object.hasOwn(stocks, id);

/** The stock How to print recommends ("card stock around 200 g/m²"): what the ready-made box is sized for. */
export const recommendedStock: StockId = "card-200";

// The rules a card's words follow wherever they are written (a file in content/cards, a card a reader
// writes on a device, a shared link), as plain data without a schema library, so that the content
// schema (zod) and the browser's small storage and link checks (valibot) take them from one place.

export const cardLimits = {
  /** A title's characters: the face has room for about three lines of it. */
  title: 60,
  /** An own card's body, in characters: a cap on what a device keeps or a link carries; the fit decides what prints. */
  ownBody: 1200,
} as const;

/** Markup or a script address: no card needs either, so own cards and shared links refuse them. */
export const scriptLike = /<\s*[a-z!?/][^<>]{0,24}>?|\b(?:java|vb)script\s*:/i;

// What a reader is told about data from outside, in the page's language: a file (yourData.transfer,
// with why any such data is refused) and a link (yourData.link); a page names those it needs in its
// scriptWords (the deck maker fetches them with its later words).
import type { UnsafeInput } from "./safe-json.js";
import { word } from "./words.js";

/** One of the file words ("cannotImport" is "yourData.transfer.cannotImport"). */
export const transferWord = (key: string, values?: Record<string, string | number>): string => word(`yourData.transfer.${key}`, values);

/** One of the link words ("linkRefused" is "yourData.link.linkRefused"). */
export const linkWord = (key: string, values?: Record<string, string | number>): string => word(`yourData.link.${key}`, values);

/** What a kind of link carries, in words ("deck"); a kind the strings do not name is said as it is. */
export function linkKind(kind: string): string {
  const key = `kinds.${kind}`;
  const said = linkWord(key);
  return said === `yourData.link.${key}` ? kind : said;
}

/** Why JSON from outside was refused before it was read: "it is larger than 16 KB". */
export const unsafeWhy = (error: UnsafeInput): string => transferWord(error.reason.key, error.reason.values);

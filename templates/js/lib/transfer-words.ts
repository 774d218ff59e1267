// What a reader is told about data from outside (a file, a link), in the page's language: the page
// names "yourData.transfer" in its scriptWords.
import type { UnsafeInput } from "./safe-json.js";
import { word } from "./words.js";

/** One of the transfer words ("linkRefused" is "yourData.transfer.linkRefused"). */
export const transferWord = (key: string, values?: Record<string, string | number>): string => word(`yourData.transfer.${key}`, values);

/** What a kind of link carries, in words ("deck"); a kind the strings do not name is said as it is. */
export function linkKind(kind: string): string {
  const key = `kinds.${kind}`;
  const said = transferWord(key);
  return said === `yourData.transfer.${key}` ? kind : said;
}

/** Why JSON from outside was refused before it was read: "it is larger than 16 KB". */
export const unsafeWhy = (error: UnsafeInput): string => transferWord(error.reason.key, error.reason.values);

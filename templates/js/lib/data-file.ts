// "Your data" moving the record as a file, loaded when the reader exports or picks a file (most visits
// only look): the export's text, a picked file read and checked, and the reader's choice applied.
import type { DeviceData } from "./device-data.js";
import { readDeviceData, replaceDeviceData } from "./device-store.js";
import { exportText, importMaxBytes, mergeDeviceData, readImport, type ImportResult } from "./device-transfer.js";
import { transferWord } from "./transfer-words.js";

/** The file's text for what this device holds now. */
export const exportNow = (now: number): string => exportText(readDeviceData(), now);

/** A picked file, read and checked (one that is too large is refused before it is read). */
export async function readPicked(file: File): Promise<ImportResult> {
  if (file.size > importMaxBytes) return { ok: false, message: transferWord("cannotImport", { why: transferWord("tooLarge", { kb: importMaxBytes / 1024 }) }) };
  return readImport(await file.text());
}

/** A checked import brought in, as the reader chose: added to what is here, or replacing it. */
export function bringIn(incoming: DeviceData, how: "merge" | "replace"): void {
  replaceDeviceData(how === "merge" ? mergeDeviceData(readDeviceData(), incoming) : incoming);
}

// The offer to keep an on-device renderer (its code, the cards and the print fonts) for use without a
// connection: the box the build wrote (data-maker-offline lists the files), shown where the browser can keep files.
import { canKeepFiles, isKept, keepForOffline } from "./offline-files.js";
import { word } from "./words.js";

/**
 * The files the box lists, as addresses under `base`; and the box wired up, when this browser can keep
 * files. Its words are the area's that names the renderer: "print" (the file maker) or "make" (the deck maker).
 */
export function offerKeeping(box: HTMLElement | null, base: URL, area: "print" | "make"): string[] {
  const files = (box?.dataset.makerOffline ?? "").split(" ").filter(Boolean).map((path) => new URL(path, base).href);
  if (!box || !files.length || !canKeepFiles()) return files;
  const keep = box.querySelector<HTMLButtonElement>("[data-keep-maker]")!;
  const said = box.querySelector<HTMLElement>("[data-maker-status]")!;
  const showKept = () => {
    keep.hidden = true;
    said.textContent = word(`${area}.makerKept`);
  };
  box.hidden = false;
  void Promise.all(files.map(isKept)).then((kept) => kept.every(Boolean) && showKept());
  keep.addEventListener("click", async () => {
    keep.disabled = true;
    said.textContent = word(`${area}.makerKeeping`);
    try {
      await keepForOffline(files, ({ kept, of }) => (said.textContent = word(`${area}.makerKeepingCount`, { kept, of })));
      showKept();
    } catch (error) {
      said.textContent = word(`${area}.makerNotKept`, { reason: (error as Error).message });
    } finally {
      keep.disabled = false;
    }
  });
  return files;
}

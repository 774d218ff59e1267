// The offer to keep an on-device renderer (its code, the cards and the print fonts) for use without a
// connection: the box the build wrote (data-maker-offline lists the files), shown where the browser can keep files.
import { canKeepFiles, isKept, keepForOffline } from "./offline-files.js";

/** The files the box lists, as addresses under `base`; and the box wired up, when this browser can keep files. */
export function offerKeeping(box: HTMLElement | null, base: URL, what: string): string[] {
  const files = (box?.dataset.makerOffline ?? "").split(" ").filter(Boolean).map((path) => new URL(path, base).href);
  if (!box || !files.length || !canKeepFiles()) return files;
  const keep = box.querySelector<HTMLButtonElement>("[data-keep-maker]")!;
  const said = box.querySelector<HTMLElement>("[data-maker-status]")!;
  const showKept = () => {
    keep.hidden = true;
    said.textContent = `The ${what} is kept on this device: it works without a connection.`;
  };
  box.hidden = false;
  void Promise.all(files.map(isKept)).then((kept) => kept.every(Boolean) && showKept());
  keep.addEventListener("click", async () => {
    keep.disabled = true;
    said.textContent = `Keeping the ${what}…`;
    try {
      await keepForOffline(files, ({ kept, of }) => (said.textContent = `Keeping the ${what}… ${kept} of ${of}`));
      showKept();
    } catch (error) {
      said.textContent = `The ${what} could not be kept (${(error as Error).message}). Try again when the connection is back.`;
    } finally {
      keep.disabled = false;
    }
  });
  return files;
}

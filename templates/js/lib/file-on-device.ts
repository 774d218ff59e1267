// Makes a PDF on this device with the deck's renderer (loaded on first use, about 220 KB; nothing is
// sent anywhere) and offers it as a download: the corrected deck, or our plan as a card.
import { siteBase } from "./site-base.js";

export type Maker = typeof import("../custom-deck.js");

export interface FileOnDevice {
  /** The form asking for it: its button waits while the file is made; data-maker names the renderer. */
  form: HTMLFormElement;
  status: HTMLElement;
  /** Where the download link goes. */
  result: HTMLElement;
  working: string;
  make: (maker: Maker, base: URL) => Promise<{ blob: Blob; fileName: string; ready: string; /** The link's words (default: "Download <file>"). */ download?: string }>;
  /** The sentence when it fails, given what went wrong (a TypeError when the renderer could not load). */
  failed: (error: Error) => string | Promise<string>;
}

let maker: Promise<Maker> | undefined;
let fileUrl: string | undefined;

/** Takes a made file away (its inputs changed): the link goes and its memory is freed. */
export function discardMadeFile(result: HTMLElement): boolean {
  const had = fileUrl !== undefined || result.childElementCount > 0;
  if (fileUrl) URL.revokeObjectURL(fileUrl);
  fileUrl = undefined;
  result.textContent = "";
  return had;
}

export async function makeOnDevice({ form, status, result, working, make, failed }: FileOnDevice): Promise<void> {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]') ?? form.querySelector("button")!;
  button.disabled = true;
  result.textContent = "";
  status.textContent = working;
  try {
    const base = siteBase();
    maker ??= import(new URL(form.dataset.maker!, base).href) as Promise<Maker>;
    const made = await make(await maker, base);
    if (fileUrl) URL.revokeObjectURL(fileUrl);
    fileUrl = URL.createObjectURL(made.blob);
    const link = Object.assign(document.createElement("a"), { href: fileUrl, download: made.fileName, className: "button", textContent: made.download ?? `Download ${made.fileName}` });
    result.append(link);
    status.textContent = made.ready;
    link.focus();
  } catch (error) {
    maker = undefined; // a renderer that failed to load is fetched again next time
    status.textContent = await failed(error as Error);
  } finally {
    button.disabled = false;
  }
}

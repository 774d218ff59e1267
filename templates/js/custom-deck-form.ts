// The "make a corrected file" form on the how-to-print page. The deck maker (about 220 KB) and the
// fonts load only when someone asks for a file; the PDF is made on this device and never sent anywhere.
import { siteBase } from "./lib/site-base.js";

type Maker = typeof import("./custom-deck.js");

const form = document.querySelector<HTMLFormElement>("[data-custom-deck]")!;
const status = form.querySelector<HTMLElement>("[data-custom-deck-status]")!;
const result = form.querySelector<HTMLElement>("[data-custom-deck-result]")!;
const button = form.querySelector<HTMLButtonElement>("button")!;
const base = siteBase();
let maker: Promise<Maker> | undefined;
let fileUrl: string | undefined;

form.hidden = false;
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  button.disabled = true;
  result.textContent = "";
  status.textContent = "Making your file…";
  try {
    maker ??= import(new URL(form.dataset.maker!, base).href) as Promise<Maker>;
    const { makeCustomDeck } = await maker;
    const made = await makeCustomDeck(new URL(form.dataset.input!, base), String(data.get("file")), { x: Number(data.get("x")), y: Number(data.get("y")) });
    if (fileUrl) URL.revokeObjectURL(fileUrl);
    fileUrl = URL.createObjectURL(made.blob);
    const link = document.createElement("a");
    link.href = fileUrl;
    link.download = made.fileName;
    link.className = "button";
    link.textContent = `Download ${made.fileName}`;
    result.append(link);
    status.textContent = `Your file is ready: ${made.pages} pages.`;
    link.focus();
  } catch (error) {
    maker = undefined;
    status.textContent = `The file could not be made here (${(error as Error).message}). The files above still work; print the one for your paper.`;
  } finally {
    button.disabled = false;
  }
});

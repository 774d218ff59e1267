// The "make a corrected file" form on the how-to-print page. The deck maker (about 220 KB) and the
// fonts load only when someone asks for a file; the PDF is made on this device and never sent anywhere.
import { makeOnDevice } from "./lib/file-on-device.js";

const form = document.querySelector<HTMLFormElement>("[data-custom-deck]")!;
const status = form.querySelector<HTMLElement>("[data-custom-deck-status]")!;
const result = form.querySelector<HTMLElement>("[data-custom-deck-result]")!;

form.hidden = false;
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const data = new FormData(form);
  void makeOnDevice({
    form,
    status,
    result,
    working: "Making your file…",
    make: async (maker, base) => {
      const made = await maker.makeCustomDeck(new URL(form.dataset.input!, base), String(data.get("file")), { x: Number(data.get("x")), y: Number(data.get("y")) });
      return { ...made, ready: `Your file is ready: ${made.pages} pages.` };
    },
    failed: (reason) => `The file could not be made here (${reason}). The files above still work; print the one for your paper.`,
  });
});

// What can be done with a shown card (card, draw and Tonight pages): save it to favourites, mark it
// "not for us", and share it: the system's share sheet where there is one, else copy its link.
import { readDeviceData, updateDeviceData } from "./device-store.js";
import { languageBase } from "./site-base.js";
import { word } from "./words.js";

/** A toggle kept in the device data: its words for off and on, how to read it and how to flip it. */
function toggle(selector: string, words: [string, string], isOn: (id: string) => boolean, flip: (id: string, on: boolean) => void): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(selector)) {
    const id = button.dataset.fav ?? button.dataset.notForUs!;
    const sync = () => {
      const on = isOn(id);
      button.setAttribute("aria-pressed", String(on));
      button.textContent = words[on ? 1 : 0];
    };
    sync();
    button.hidden = false;
    button.addEventListener("click", () => {
      flip(id, button.getAttribute("aria-pressed") !== "true");
      sync();
    });
  }
}

function say(button: HTMLElement, words: string): void {
  const status = button.closest("[data-card-actions]")?.querySelector("[data-action-status]");
  if (status) status.textContent = words;
}

export function setUpCardActions(): void {
  toggle("[data-fav]", [word("save"), word("saved")], (id) => readDeviceData().favourites.some((item) => item.id === id), (id, on) =>
    updateDeviceData((data) => {
      data.favourites = data.favourites.filter((item) => item.id !== id);
      if (on) data.favourites.push({ id, savedAt: Date.now() });
    }),
  );
  toggle("[data-not-for-us]", [word("notForUs"), word("markedNotForUs")], (id) => readDeviceData().hidden.includes(id), (id, on) =>
    updateDeviceData((data) => {
      data.hidden = data.hidden.filter((other) => other !== id);
      if (on) data.hidden.push(id);
    }),
  );
  const canShare = typeof navigator.share === "function";
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-share]")) {
    button.textContent = canShare ? word("share") : word("copyLink");
    button.hidden = false;
    button.addEventListener("click", async () => {
      const url = new URL(button.dataset.share!.replace(/^\//, ""), languageBase()).href;
      // The title as shown: in discreet mode that is its neutral stand-in.
      const title = (button.closest("[data-card-actions]")?.previousElementSibling?.querySelector(".title") as HTMLElement | null)?.innerText;
      if (canShare) {
        try {
          await navigator.share({ title, url });
          return;
        } catch (error) {
          if ((error as DOMException).name === "AbortError") return; // the reader closed the sheet
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        say(button, word("linkCopied"));
      } catch {
        say(button, word("copyThisLink", { url }));
      }
    });
  }
}

// A private note on a card page, kept on this device only (saved as the reader types; an empty note is
// removed; one that looks like code is not kept, and the reader is told).
import { scriptLike } from "../../scripts/content/card-rules.js";
import { limits } from "./lib/device-data.js";
import { readDeviceData, updateDeviceData } from "./lib/device-store.js";
import { word } from "./lib/words.js";

const box = document.querySelector<HTMLElement>("[data-card-note]");
if (box) {
  const id = box.dataset.cardNote!;
  const area = box.querySelector("textarea")!;
  const status = box.querySelector<HTMLElement>("[data-note-status]")!;
  const notes = readDeviceData().notes;
  area.value = Object.hasOwn(notes, id) ? notes[id].text : "";
  box.hidden = false;
  let saved = area.value;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    const text = area.value.slice(0, limits.noteCharacters);
    if (text === saved) return;
    // A note that looks like code is not kept (the schema refuses it): said here, saved once it is taken out.
    const found = scriptLike.exec(text);
    if (found) return void (status.textContent = word("yourData.typed.markup", { found: found[0] }));
    saved = text;
    updateDeviceData((data) => {
      if (text.trim()) data.notes[id] = { text, updatedAt: Date.now() };
      else delete data.notes[id];
    });
    status.textContent = text.trim() ? word("noteSaved") : word("noteRemoved");
  };
  area.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  });
  area.addEventListener("blur", save);
}

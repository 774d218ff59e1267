// Breathing pacers keep the pace the reader picked, on every pacer of the page and next time too.
// The pacer itself is CSS (css/extras.css); without JavaScript the pick works but is not remembered.
import { breathPaces, nearestPace } from "../../../scripts/site/card-extras.js";
import { readDeviceData, updateDeviceData } from "./device-store.js";

export function setUpPacers(): void {
  const radios = [...document.querySelectorAll<HTMLInputElement>("[data-pacer] input[type=radio]")];
  if (!radios.length) return;
  const show = (id: string) => radios.forEach((radio) => void (radio.checked = radio.value === id));
  show(nearestPace(readDeviceData().preferences.breath).id);
  for (const radio of radios) {
    radio.addEventListener("change", () => {
      const pace = breathPaces.find((p) => p.id === radio.value)!;
      updateDeviceData((data) => void (data.preferences.breath = { inSeconds: pace.inSeconds, outSeconds: pace.outSeconds }));
      show(pace.id);
    });
  }
}

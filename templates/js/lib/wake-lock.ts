// "Keep the screen on" (Screen Wake Lock): off until the reader turns it on, remembered on this
// device, asked for again when the page comes back into view, and hidden where browsers lack it.
import { readDeviceData, updateDeviceData } from "./device-store.js";

let held: WakeLockSentinel | undefined;
/** Whether this page wants the lock now (Tonight lets it go once the run has ended). */
let active = true;

const wanted = () => active && readDeviceData().preferences.wakeLock === true;

async function hold(): Promise<void> {
  if (held || !wanted() || document.visibilityState !== "visible") return;
  try {
    held = await navigator.wakeLock.request("screen");
    held.addEventListener("release", () => void (held = undefined));
  } catch {
    // Refused (a battery saver, say): the screen may sleep as usual.
  }
}

function release(): void {
  void held?.release();
  held = undefined;
}

/** Lets the page say when the lock is wanted at all (a run in progress) or not (the run ended). */
export function setWakeLockActive(on: boolean): void {
  active = on;
  if (on) void hold();
  else release();
}

export function setUpWakeLock(): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>("[data-wake-lock]")];
  if (!buttons.length || !("wakeLock" in navigator)) return;
  const sync = () => {
    for (const button of buttons) button.setAttribute("aria-pressed", String(readDeviceData().preferences.wakeLock === true));
  };
  for (const button of buttons) {
    button.closest<HTMLElement>("[data-wake-row]")!.hidden = false;
    button.addEventListener("click", () => {
      const on = button.getAttribute("aria-pressed") !== "true";
      updateDeviceData((data) => void (data.preferences.wakeLock = on));
      sync();
      if (on) void hold();
      else release();
    });
  }
  sync();
  document.addEventListener("visibilitychange", () => void hold());
  void hold();
}

// The "make a corrected file" form on the how-to-print page. The deck maker (about 220 KB) and the
// fonts load only when someone asks for a file; the PDF is made on this device and never sent anywhere.
// Offsets are read as typed ("1,5" or "1.5"); a file made with other numbers is taken away the moment
// a number changes; offline, the form says so plainly and offers to keep the maker for next time.
import { formatDecimal, parseDecimal } from "./lib/decimal.js";
import { discardMadeFile, makeOnDevice } from "./lib/file-on-device.js";
import { offerKeeping } from "./lib/keep-renderer.js";
import { isKept } from "./lib/offline-files.js";
import { siteBase } from "./lib/site-base.js";

const form = document.querySelector<HTMLFormElement>("[data-custom-deck]")!;
const status = form.querySelector<HTMLElement>("[data-custom-deck-status]")!;
const result = form.querySelector<HTMLElement>("[data-custom-deck-result]")!;
const offsets = [...form.querySelectorAll<HTMLInputElement>("input[data-step]")];
// Keeping the maker (its script, the cards and the print fonts) for use without a connection.
const makerFiles = offerKeeping(document.querySelector<HTMLElement>("[data-maker-offline]"), siteBase(), "file maker");

form.hidden = false;

/** The offset in a field, or a sentence saying what is wrong with it (and the field marked). */
function readOffset(input: HTMLInputElement): number | string {
  const value = parseDecimal(input.value);
  const [min, max, step] = ["min", "max", "step"].map((key) => Number(input.dataset[key]));
  const name = input.labels?.[0]?.textContent ?? input.name;
  let problem: string | undefined;
  if (value === undefined) problem = `${name}: enter a number, like 1.5 or 1,5.`;
  else if (value < min || value > max) problem = `${name}: enter a number from −${max} to ${max}.`;
  else if (Math.abs(value / step - Math.round(value / step)) > 1e-9) problem = `${name}: use steps of ${step} mm, like ${formatDecimal(1.5, input.value)}.`;
  input.setAttribute("aria-invalid", String(Boolean(problem)));
  return problem ?? value!;
}

/** Takes a made file away: it was made with numbers that are no longer in the form. */
function stale(): void {
  if (discardMadeFile(result)) status.textContent = "The numbers changed: make the file again to use them.";
}
form.addEventListener("input", stale);
form.addEventListener("change", stale);

for (const step of form.querySelectorAll<HTMLButtonElement>("button.step")) {
  step.addEventListener("click", () => {
    const input = step.parentElement!.querySelector("input")!;
    const now = parseDecimal(input.value) ?? 0;
    const limit = Number(input.dataset.max);
    const next = Math.max(-limit, Math.min(limit, now + Number(step.dataset.step)));
    input.value = formatDecimal(next, input.value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const [x, y] = offsets.map(readOffset);
  const problem = [x, y].find((value): value is string => typeof value === "string");
  if (problem) {
    status.textContent = problem;
    offsets.find((input) => input.getAttribute("aria-invalid") === "true")?.focus();
    return;
  }
  const data = new FormData(form);
  void makeOnDevice({
    form,
    status,
    result,
    working: "Making your file…",
    make: async (maker, base) => {
      const made = await maker.makeCustomDeck(new URL(form.dataset.input!, base), String(data.get("file")), { x: x as number, y: y as number });
      return { ...made, ready: `Your file is ready: ${made.pages} pages.` };
    },
    failed: async (error) => {
      const keptHere = makerFiles.length > 0 && (await isKept(makerFiles[0]));
      return !keptHere && (!navigator.onLine || error instanceof TypeError)
        ? "You seem to be offline, and the file maker is not kept on this device, so it cannot make a file now. Once you are online again, it works here; to make files offline next time, keep it with the button below."
        : `The file could not be made here (${error.message}). The ready-made files listed below still download as they are.`;
    },
  });
});

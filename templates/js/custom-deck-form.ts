// The "make a corrected file" form on the how-to-print page. The deck maker (about 220 KB) and the
// fonts load only when someone asks for a file; the PDF is made on this device and never sent anywhere.
// Offsets are read as typed ("1,5" or "1.5"); a file made with other numbers is taken away the moment
// a number changes; offline, the form says so plainly and offers to keep the maker for next time.
import { formatDecimal, parseDecimal } from "./lib/decimal.js";
import { discardMadeFile, makeOnDevice } from "./lib/file-on-device.js";
import { offerKeeping } from "./lib/keep-renderer.js";
import { isKept } from "./lib/offline-files.js";
import { siteBase } from "./lib/site-base.js";
import { word } from "./lib/words.js";

const form = document.querySelector<HTMLFormElement>("[data-custom-deck]")!;
const status = form.querySelector<HTMLElement>("[data-custom-deck-status]")!;
const result = form.querySelector<HTMLElement>("[data-custom-deck-result]")!;
const offsets = [...form.querySelectorAll<HTMLInputElement>("input[data-step]")];
// Keeping the maker (its script, the cards and the print fonts) for use without a connection.
const makerFiles = offerKeeping(document.querySelector<HTMLElement>("[data-maker-offline]"), siteBase(), "print");

form.hidden = false;

/** The offset in a field, or a sentence saying what is wrong with it (and the field marked). */
function readOffset(input: HTMLInputElement): number | string {
  const value = parseDecimal(input.value);
  const [min, max, step] = ["min", "max", "step"].map((key) => Number(input.dataset[key]));
  const name = input.labels?.[0]?.textContent ?? input.name;
  let problem: string | undefined;
  if (value === undefined) problem = word("print.notANumber", { name });
  else if (value < min || value > max) problem = word("print.outOfRange", { name, max: formatDecimal(max, input.value) });
  else if (Math.abs(value / step - Math.round(value / step)) > 1e-9) problem = word("print.steps", { name, step: formatDecimal(step, input.value), example: formatDecimal(1.5, input.value) });
  input.setAttribute("aria-invalid", String(Boolean(problem)));
  return problem ?? value!;
}

/** Takes a made file away: it was made with numbers that are no longer in the form. */
function stale(): void {
  if (discardMadeFile(result)) status.textContent = word("print.changed");
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
    working: word("print.working"),
    make: async (maker, base) => {
      const made = await maker.makeCustomDeck(new URL(form.dataset.input!, base), String(data.get("file")), { x: x as number, y: y as number });
      return { ...made, ready: word("print.ready", { pages: made.pages }), download: word("print.download", { file: made.fileName }) };
    },
    failed: async (error) => {
      const keptHere = makerFiles.length > 0 && (await isKept(makerFiles[0]));
      return !keptHere && (!navigator.onLine || error instanceof TypeError)
        ? word("print.offline")
        : word("print.failed", { reason: error.message });
    },
  });
});

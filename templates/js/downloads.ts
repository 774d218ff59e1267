// The downloads page: "Keep the decks for offline" keeps every PDF on this device (the service worker
// fetches them), marks each file that is kept, and can remove the copies again.
import { canKeepFiles, forgetOffline, isKept, keepForOffline } from "./lib/offline-files.js";
import { word } from "./lib/words.js";

const section = document.querySelector<HTMLElement>("[data-keep-decks]");
const links = [...document.querySelectorAll<HTMLAnchorElement>('.decks a[href$=".pdf"]')];

if (section && links.length && canKeepFiles()) {
  const keep = section.querySelector<HTMLButtonElement>("[data-keep]")!;
  const forget = section.querySelector<HTMLButtonElement>("[data-forget]")!;
  const status = section.querySelector<HTMLElement>("[data-keep-status]")!;
  const urls = links.map((link) => link.href);
  section.hidden = false;

  /** Marks each kept file in the list; returns how many are kept. */
  const mark = async (): Promise<number> => {
    let kept = 0;
    for (const link of links) {
      const here = await isKept(link.href);
      kept += Number(here);
      const meta = link.closest("li")?.querySelector(".meta");
      let badge = meta?.querySelector<HTMLElement>(".kept");
      if (meta && here && !badge) {
        badge = document.createElement("span");
        badge.className = "kept";
        badge.textContent = word("downloads.kept");
        meta.append(badge);
      }
      if (badge) badge.hidden = !here;
    }
    forget.hidden = kept === 0;
    return kept;
  };

  keep.addEventListener("click", async () => {
    keep.disabled = true;
    status.textContent = word("downloads.keeping");
    try {
      await navigator.storage?.persist?.().catch(() => false);
      await keepForOffline(urls, ({ kept, of }) => (status.textContent = word("downloads.keepingCount", { kept, of })));
      const kept = await mark();
      status.textContent = word("downloads.allKept", { count: kept });
    } catch (error) {
      await mark();
      status.textContent = word("downloads.notAllKept", { reason: (error as Error).message });
    } finally {
      keep.disabled = false;
    }
  });
  forget.addEventListener("click", async () => {
    await forgetOffline(urls);
    await mark();
    status.textContent = word("downloads.removed");
    keep.focus();
  });
  void mark();
}

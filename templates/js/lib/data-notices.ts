// What went wrong with the data on this device, said on "Your data" (loaded after the page's own
// script): a change this browser would not save, and every record set aside by any page, each with
// when it was set aside, to download as a file as it was stored, or to delete after asking.
import { deviceDataNotSaved, removeStored, storedEntries } from "./device-store.js";
import { setAsidePrefix } from "./storage-key.js";
import { word } from "./words.js";

/** Says whether changes are not being saved, and lists every set-aside record in the page's [data-aside] section (hidden when there is none). */
export function showDataNotices(site: string): void {
  Object.assign(document.querySelector("[data-notice]")!, { textContent: word("yourData.notice.notSaved"), hidden: !deviceDataNotSaved() });
  const section = document.querySelector<HTMLElement>("[data-aside]")!;
  const list = section.querySelector("ul")!;
  const status = document.querySelector<HTMLElement>("[data-aside-status]")!;
  const row = document.querySelector<HTMLTemplateElement>("template[data-aside-row]")!;
  // Newest first; each key ends with the time it was set aside.
  const records = storedEntries(setAsidePrefix)
    .map(([key, text]) => ({ key, text, time: Number(key.slice(setAsidePrefix.length)) }))
    .sort((a, b) => b.time - a.time);
  section.hidden = records.length === 0;
  list.replaceChildren(
    ...records.map(({ key, time, text }, i) => {
      const li = row.content.firstElementChild!.cloneNode(true) as HTMLElement;
      const part = <T extends HTMLElement>(name: string) => li.querySelector<T>(`[data-${name}]`)!;
      const when = part("when");
      when.id = `aside-${i}`;
      when.textContent = word("yourData.asideWhen", { time: new Date(time).toLocaleString(word("plan.date.locale"), { dateStyle: "long", timeStyle: "short" }) });
      for (const button of li.querySelectorAll("button")) button.setAttribute("aria-describedby", when.id);
      const ask = part("ask");
      part("download").addEventListener("click", () => {
        const link = Object.assign(document.createElement("a"), {
          href: URL.createObjectURL(new Blob([text], { type: "text/plain" })),
          download: word("yourData.asideFile", { site, time: new Date(time).toISOString().slice(0, 19).replace(/\D/g, "") }),
        });
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      });
      part("delete").addEventListener("click", () => {
        ask.hidden = false;
        part("no").focus();
      });
      part("no").addEventListener("click", () => {
        ask.hidden = true;
        part("delete").focus();
      });
      part("yes").addEventListener("click", () => {
        removeStored(key);
        showDataNotices(site);
        status.textContent = word("yourData.asideDeleted");
        // Focus stays in the list, or (the last one gone) moves to the next part of the page.
        const next = document.querySelector<HTMLElement>(section.hidden ? "[data-your-data] > h2:not(#aside-h)" : "#aside-h")!;
        next.tabIndex = -1;
        next.focus();
      });
      return li;
    }),
  );
}

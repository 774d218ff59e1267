// Puts a link in front of the reader to send: in a read-only field, with Copy (and Share where the
// device has a share sheet). Nothing is sent by this page; the reader chooses where the link goes.
import { linkWord } from "./transfer-words.js";

/** Shows `url` in `scope`'s [data-link] field and wires its [data-copy], [data-share] (titled `title`) and [data-copy-status]. */
export function offerLink(scope: Element, url: string, title: string): void {
  const field = scope.querySelector<HTMLInputElement>("[data-link]")!;
  const status = scope.querySelector<HTMLElement>("[data-copy-status]")!;
  const copy = scope.querySelector<HTMLButtonElement>("[data-copy]");
  const share = scope.querySelector<HTMLButtonElement>("[data-share]");
  field.value = url;
  status.textContent = "";
  field.onfocus = () => field.select();
  if (copy) {
    copy.onclick = () =>
      navigator.clipboard.writeText(url).then(
        () => void (status.textContent = linkWord("copied")),
        () => {
          field.focus();
          status.textContent = linkWord("copyRefused");
        },
      );
  }
  if (share && "share" in navigator) {
    share.hidden = false;
    share.onclick = () => void navigator.share({ title, url }).catch(() => {});
  }
}

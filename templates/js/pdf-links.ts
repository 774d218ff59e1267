// PDF links that work offline. A browser saves a `download` link without asking the service worker,
// so nothing would be kept and, offline, nothing would happen. Here the file is fetched through the
// worker instead (which keeps it, or answers with the kept copy) and saved from that; when it cannot
// be fetched at all, the link is followed as a page, which the worker answers with the honest
// "not saved for offline use yet" page.

const fileName = (link: HTMLAnchorElement) => link.getAttribute("download") || decodeURIComponent(link.pathname.split("/").pop() ?? "deck.pdf");

async function save(link: HTMLAnchorElement): Promise<void> {
  try {
    const response = await fetch(link.href, { signal: AbortSignal.timeout(20_000) });
    if (!response.ok) throw new Error(String(response.status));
    const url = URL.createObjectURL(await response.blob());
    const saver = document.createElement("a");
    saver.href = url;
    saver.download = fileName(link);
    saver.click();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  } catch {
    location.assign(link.href);
  } finally {
    link.removeAttribute("aria-busy");
  }
}

if ("serviceWorker" in navigator) {
  document.addEventListener("click", (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[download][href$=".pdf"]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (link.hasAttribute("aria-busy")) return;
    link.setAttribute("aria-busy", "true");
    void save(link);
  });
}

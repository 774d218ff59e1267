// The home page: the deck on the reader's likely paper first (the one they picked here before, else
// from the browser's language), the other paper one tap away. Without JavaScript both are shown.
import { readDeviceData, updateDeviceData } from "./lib/device-store.js";
import { likelyPaper } from "./lib/paper.js";
import { word } from "./lib/words.js";

const choice = document.querySelector<HTMLElement>("[data-paper-choice]");
const links = choice ? [...choice.querySelectorAll<HTMLAnchorElement>("a[data-paper]")] : [];

if (choice && links.length === 2) {
  const paper = readDeviceData().preferences.paper ?? likelyPaper(navigator.languages?.[0] ?? navigator.language);
  const primary = links.find((link) => link.dataset.paper === paper) ?? links[0];
  const other = links.find((link) => link !== primary)!;
  const facts = document.createElement("span");
  facts.className = "meta";
  facts.textContent = word("downloads.home.paperFacts", { paper: primary.dataset.paperName!, size: primary.dataset.size! });
  primary.textContent = word("downloads.home.download");
  other.className = "";
  other.textContent = word("downloads.home.otherPaper", { paper: other.dataset.paperName! });
  choice.replaceChildren(primary, " ", facts, " ", other);
  for (const link of links) {
    link.addEventListener("click", () => {
      const picked = link.dataset.paper;
      if (picked === "letter" || picked === "a4") updateDeviceData((data) => void (data.preferences.paper = picked));
    });
  }
}

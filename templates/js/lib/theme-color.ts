// The phone's browser bar (<meta name="theme-color">) follows the theme the reader chose, not only the system's.

/**
 * Every theme-color tag shows the chosen theme's colour ("light" or "dark"), or its own again when none
 * is chosen. A night-first page (Tonight) is dim unless light is chosen: its light tag names that colour in data-chosen.
 */
export function applyThemeColor(theme: string | null): void {
  const metas = [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')];
  for (const meta of metas) meta.dataset.own ??= meta.content;
  const chosen = theme ? metas.find((meta) => meta.media.includes(theme)) : undefined;
  const colour = chosen && (chosen.dataset.chosen ?? chosen.dataset.own);
  for (const meta of metas) meta.content = colour || meta.dataset.own!;
}

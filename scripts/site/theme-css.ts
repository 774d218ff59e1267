// The site's colour custom properties as CSS, from the settings' colours (content/site.yaml): the day theme,
// the night theme when the system asks for it (unless the reader chose day) and when the reader chose it.
import { kindColours, sitePalette, type Theme } from "../content/palette.js";
import type { Settings } from "../content/types.js";

const properties = (settings: Settings, theme: Theme) => {
  const colours = { ...sitePalette(settings.colours[theme], theme), ...Object.fromEntries(Object.entries(kindColours[theme]).map(([kind, colour]) => [`k-${kind}`, colour])) };
  return `${Object.entries(colours).map(([name, value]) => `--${name}:${value}`).join(";")};color-scheme:${theme === "light" ? "light" : "dark"}`;
};

/** The theme's stylesheet, first in the bundle: base.css and the rest read only var(--…). */
export function themeCss(settings: Settings): string {
  const night = properties(settings, "night");
  return [
    "/* Colours: content/site.yaml */",
    `:root{${properties(settings, "light")}}`,
    `@media (prefers-color-scheme:dark){:root:not([data-theme=light]){${night}}}`,
    `:root[data-theme=dark]{${night}}`,
    "",
  ].join("\n");
}

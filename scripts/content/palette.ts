// The site's and the printed deck's colours, derived from the settings' three per theme (paper, ink,
// accent) as data, with every text pair they put on screen or paper, for the contrast check.
import { mix } from "./contrast.js";

export interface ThemeColours {
  paper: string;
  ink: string;
  accent: string;
}

export type Theme = "light" | "night";
export /** A colour and the words an error uses for it. */
type Named = [colour: string, name: string];

const themes: readonly Theme[] = ["light", "night"];

/** The kind accents are design constants (one per kind, distinct in lightness), per theme and for print. */
export const kindColours = {
  light: { start: "#7a5511", ritual: "#8c3546", conversation: "#2c5d66", "check-in": "#4a5b25", affirmation: "#77386b" },
  night: { start: "#e3bf78", ritual: "#f0b3a8", conversation: "#a3cdd2", "check-in": "#c3d196", affirmation: "#dfb0d4" },
  print: { start: "#9a6510", ritual: "#a4445c", conversation: "#5e4a86", "check-in": "#2f6b63", affirmation: "#b0522e" },
} as const;

/** How far the raised surface (tiles, boxes) moves from the paper toward white: a lot by day, a touch by night. */
const surfaceLift: Record<Theme, number> = { light: 0.6, night: 0.05 };

/** The site's colour custom properties for one theme (base.css reads them as var(--name)). */
export function sitePalette(colours: ThemeColours, theme: Theme) {
  const { paper, ink, accent } = colours;
  return {
    bg: paper,
    surface: mix(paper, "#ffffff", surfaceLift[theme]),
    ink,
    muted: mix(ink, paper, 0.22),
    line: mix(paper, ink, 0.18),
    link: accent,
    focus: accent,
    btn: mix(accent, "#000000", 0.1),
    "btn-ink": paper,
  };
}
export type SitePalette = ReturnType<typeof sitePalette>;

/** The printed deck's colours, from the day theme: lighter paper for the card, the back tinted with the accent. */
export function printPalette({ paper, ink, accent }: ThemeColours) {
  const cardPaper = mix(paper, "#ffffff", 0.5);
  return {
    ink,
    muted: mix(ink, cardPaper, 0.3),
    rule: mix(cardPaper, ink, 0.22),
    paper: cardPaper,
    backField: mix(paper, accent, 0.1),
    backPattern: mix(paper, accent, 0.27),
    backEmblem: mix(accent, "#ffffff", 0.15),
    backWord: mix(accent, "#000000", 0.2),
    marks: "#000000",
  };
}
export type PrintPalette = ReturnType<typeof printPalette>;

/** A text colour on a background, with the settings fields each comes from, for the message. */
export interface TextPair {
  text: string;
  background: string;
  /** "colours.night.accent", or a derived colour: "the muted ink (from colours.light.ink and colours.light.paper)". */
  textName: string;
  backgroundName: string;
  /** The settings field whose line the problem is reported at. */
  field: string;
  minimum: number;
}

/** Normal-size text needs 4.5:1 (WCAG 1.4.3); the card labels print at 6.5 pt, so nothing here is "large". */
const aa = 4.5;

/** Every text pair the site (both themes) and the printed deck (from the day theme) draw. */
export function textPairs(colours: Record<Theme, ThemeColours>): TextPair[] {
  const pairs: TextPair[] = [];
  for (const theme of themes) {
    const site = sitePalette(colours[theme], theme);
    const field = (name: keyof ThemeColours) => `colours.${theme}.${name}`;
    const surface = `the raised paper (${field("paper")} lightened)`;
    const muted = `the muted ink (${field("ink")} mixed with ${field("paper")})`;
    // [colour, what the message calls it] for the text and its background; `at` is the field a failure names.
    const pair = ([text, textName]: Named, [background, backgroundName]: Named, at: keyof ThemeColours) =>
      pairs.push({ text, background, textName, backgroundName, field: field(at), minimum: aa });
    pair([site.ink, field("ink")], [site.bg, field("paper")], "ink");
    pair([site.ink, field("ink")], [site.surface, surface], "ink");
    pair([site.muted, muted], [site.bg, field("paper")], "ink");
    pair([site.muted, muted], [site.surface, surface], "ink");
    pair([site.link, field("accent")], [site.bg, field("paper")], "accent");
    pair([site.link, field("accent")], [site.surface, surface], "accent");
    pair([site["btn-ink"], `the buttons' text (${field("paper")})`], [site.btn, `the button colour (${field("accent")} darkened)`], "accent");
    for (const [kind, colour] of Object.entries(kindColours[theme])) pair([colour, `the ${kind} cards' colour ${colour} (a design constant)`], [site.surface, surface], "paper");
  }
  const print = printPalette(colours.light);
  const card = "the printed card's paper (colours.light.paper lightened)";
  const printed = ([text, textName]: Named, [background, backgroundName]: Named, at: keyof ThemeColours) =>
    pairs.push({ text, background, textName, backgroundName, field: `colours.light.${at}`, minimum: aa });
  printed([print.ink, "colours.light.ink"], [print.paper, card], "ink");
  printed([print.muted, "the printed labels' ink (colours.light.ink mixed with the card's paper)"], [print.paper, card], "ink");
  printed([print.backWord, "the name on the card's back (colours.light.accent darkened)"], [print.backField, "the back's field (colours.light.paper tinted with colours.light.accent)"], "accent");
  for (const [kind, colour] of Object.entries(kindColours.print)) printed([colour, `the printed ${kind} cards' colour ${colour} (a design constant)`], [print.paper, card], "paper");
  return pairs;
}

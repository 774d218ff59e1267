// Discreet mode's words: which titles could tell an onlooker what the site is about, and what shows
// instead (CSS swaps them in before the first paint: templates/css/discreet.css). No imports, so the
// head script can share the brand's stand-in.

/** Words that name the site's subject or the site itself. A title with one of them gets a stand-in. */
const revealing = /\b(sex\w*|intima\w*|orgasm\w*|naked|nude|aftercare|afterglow|in bed)\b/i;

/** What the brand and every tab title read in discreet mode. */
export const neutralBrand = "Notes";

/** The stand-in for a title that could reveal the topic, or undefined when the title is harmless. */
export function neutralTitle(title: string, standIn: string): string | undefined {
  return revealing.test(title) ? standIn : undefined;
}

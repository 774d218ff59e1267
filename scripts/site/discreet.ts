// Discreet mode's words: which titles could tell an onlooker what the site is about, and what shows
// instead (CSS swaps them in before the first paint: templates/css/discreet.css). The brand's own stand-in
// is the settings' discreetTitle (content/site.yaml), on <html data-discreet-title> for the scripts.

/** Words that name the site's subject. A title with one of them gets a stand-in. */
const revealing = /\b(sex\w*|intima\w*|orgasm\w*|naked|nude|aftercare|in bed)\b/i;

/** The stand-in for a title that could reveal the topic, or undefined when the title is harmless. */
export function neutralTitle(title: string, standIn: string): string | undefined {
  return revealing.test(title) ? standIn : undefined;
}

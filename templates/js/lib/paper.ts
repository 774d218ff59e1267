// The paper a reader most likely has: US Letter where it is the norm, A4 everywhere else.

/** Regions that use US Letter (CLDR's paper-size data); a language without a region counts as its likeliest one. */
const letterRegions = new Set(["US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR", "SV", "NI", "BZ"]);

/** From the browser's first language, e.g. "en-US" → letter, "en-GB" → a4, "fr" → a4, "en" → letter (likely US). */
export function likelyPaper(language: string | undefined): "letter" | "a4" {
  if (!language) return "a4";
  try {
    const region = new Intl.Locale(language).maximize().region;
    return region && letterRegions.has(region) ? "letter" : "a4";
  } catch {
    return "a4";
  }
}

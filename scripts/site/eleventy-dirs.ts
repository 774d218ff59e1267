// Where Eleventy writes this build, read from its config (typed here once: Eleventy's JSDoc types leave it open).
import type UserConfig from "@11ty/eleventy/UserConfig";

export function outputDirOf(eleventyConfig: UserConfig): string {
  return (eleventyConfig.directories as { output: string }).output;
}

// Eleventy plugin: `{% once "name" %}…{% endonce %}` renders its body on the first page that reaches it
// in a build and gives every later page that same string. For text that reads only what is the same on
// every page (the site's stylesheet: ~16 KB of CSS from eight includes), this saves rendering it per page
// and, since the bundle plugin keeps each page's CSS until the build ends, holding a copy per page
// (measured: 51 MB of identical stylesheets in one 4,900-page pass at 10,000 cards). Forgotten before
// each build, so the dev server's next pass renders it from its own data.
import type UserConfig from "@11ty/eleventy/UserConfig";

type Callback = (error: unknown, result?: unknown) => void;
type Body = (callback: Callback) => void;

interface NunjucksParser {
  nextToken(): { value: string };
  parseSignature(throwErrors: null, noParens: boolean): unknown;
  advanceAfterBlockEnd(name?: string): void;
  parseUntilBlocks(...names: string[]): unknown;
}
interface NunjucksNodes {
  CallExtensionAsync: new (extension: object, method: string, args: unknown, contentArgs: unknown[]) => unknown;
}
interface NunjucksLib {
  runtime: { SafeString: new (text: string) => unknown };
}

export default function renderOnce(eleventyConfig: UserConfig): void {
  const rendered = new Map<string, Promise<string>>();
  eleventyConfig.on("eleventy.before", () => rendered.clear());
  eleventyConfig.addNunjucksTag("once", (nunjucks: NunjucksLib) => ({
    tags: ["once"],
    parse(parser: NunjucksParser, nodes: NunjucksNodes) {
      const token = parser.nextToken();
      const args = parser.parseSignature(null, true);
      parser.advanceAfterBlockEnd(token.value);
      const body = parser.parseUntilBlocks("endonce");
      parser.advanceAfterBlockEnd();
      return new nodes.CallExtensionAsync(this, "run", args, [body]);
    },
    run(_context: unknown, name: string, body: Body, callback: Callback) {
      let text = rendered.get(name);
      if (!text) {
        text = new Promise<string>((resolve, reject) => body((error, output) => (error ? reject(error) : resolve(String(output)))));
        rendered.set(name, text);
        text.catch(() => rendered.delete(name)); // a failed render is tried again, not repeated as a failure
      }
      text.then((output) => callback(null, new nunjucks.runtime.SafeString(output)), callback);
    },
  }));
}

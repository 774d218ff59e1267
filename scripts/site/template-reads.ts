// What a page template reads, found in its Nunjucks source and in everything it includes and its layout:
// the top-level names its tags use, the filters and shortcodes it calls, and whether it reads its own
// pagination. Pure: the caller hands in the source of each file by its path. Over-counting is harmless
// (a page is rebuilt when it need not be); missing a name is not, so anything unrecognised counts.

/** Nunjucks' own statement tags: not shortcodes. */
const statements = new Set(
  "if elif elseif else endif for endfor asyncEach endeach asyncAll endall set endset include import from macro endmacro call endcall raw endraw verbatim endverbatim filter endfilter block endblock extends".split(" "),
);
/** Words inside expressions that are not data: operators, literals, loop helpers. */
const keywords = new Set("and or not in is if else true false null none undefined loop".split(" "));

export interface TemplateReads {
  /** What expressions read, as dotted paths from a top-level name ("cards.length", "filters.nav", "card"). */
  paths: Set<string>;
  /** Filters and shortcodes called. */
  helpers: Set<string>;
  /** Whether it reads `pagination` (its page number, the other pages): then it must see every page. */
  readsPagination: boolean;
}

const tagPattern = /\{\{([\s\S]*?)\}\}|\{%-?\s*(\w+)([\s\S]*?)-?%\}/g;
const stringPattern = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g;

/** What `path` and the files it includes read; `source(path)` gives a file's text. */
export function templateReads(path: string, source: (path: string) => string): TemplateReads {
  const reads: TemplateReads = { paths: new Set(), helpers: new Set(), readsPagination: false };
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, expression, tag, rest] of source(file).matchAll(tagPattern)) {
      if (tag === "include" || tag === "extends" || tag === "import" || tag === "from") {
        const target = /["']([^"']+)["']/.exec(rest)?.[1];
        if (target) visit(target);
        continue;
      }
      // A shortcode; a paired one's closing tag ("endcss") is the same shortcode.
      if (tag && !statements.has(tag) && !(tag.startsWith("end") && reads.helpers.has(tag.slice(3)))) reads.helpers.add(tag);
      scanExpression(expression ?? rest, reads);
    }
  };
  visit(path);
  return reads;
}

function scanExpression(text: string, reads: TemplateReads): void {
  let code = text.replace(stringPattern, '""');
  for (const match of code.matchAll(/\|\s*(\w+)/g)) reads.helpers.add(match[1]);
  code = code.replace(/\|\s*\w+/g, " ~ "); // filters out, so "x | f(y)" does not read as a call of x
  // A name not after "." (then it is a property of something already counted), with its properties.
  for (const match of code.matchAll(/(?<![.\w])([A-Za-z_]\w*)((?:\s*\.\s*\w+)*)(\s*\()?/g)) {
    const [, name, properties, call] = match;
    if (keywords.has(name)) continue;
    if (call && !properties) reads.helpers.add(name);
    reads.paths.add(name + properties.replace(/\s+/g, ""));
    if (name === "pagination") reads.readsPagination = true;
  }
}

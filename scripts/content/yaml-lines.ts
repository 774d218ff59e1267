// Finds the line a field of YAML text is written on, from the yaml package's parse tree, for error messages.
import { isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from "yaml";

/** The 1-based line of a field, given its path as validation reports it (["sources", 2, "year"]). */
export type LineOf = (path: readonly PropertyKey[]) => number;

export interface ParsedYaml {
  document: Document.Parsed;
  /** The line of a text offset. */
  lineAt: (offset: number) => number;
}

/**
 * Parses of recent texts, by text, the most recently used last. `npm start` loads the content again on
 * every save, and its YAML files (the interface words, every language's) rarely change between two saves,
 * yet parsing them was about 100 ms of each reload. Bounded, so a big load keeps no more than this.
 * Callers only read a parse (toJS makes new values each time), so one can be handed out again.
 */
const recentParses = new Map<string, ParsedYaml>();
const keptParses = 256;

export function parseYaml(text: string): ParsedYaml {
  const recent = recentParses.get(text);
  if (recent) {
    recentParses.delete(text);
    recentParses.set(text, recent);
    return recent;
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const parsed: ParsedYaml = { document, lineAt: (offset) => lineCounter.linePos(offset).line };
  recentParses.set(text, parsed);
  if (recentParses.size > keptParses) recentParses.delete(recentParses.keys().next().value!);
  return parsed;
}

/**
 * Lines of fields in parsed YAML: a key's own line; a list entry's first line; for a key that is not there,
 * the line of the entry that should hold it, or line 1 at the top level. An empty path is the whole value.
 */
export function fieldLines({ document, lineAt }: ParsedYaml): LineOf {
  return (path) => {
    let node: unknown = document.contents;
    if (path.length === 0) return isNodeWithRange(node) ? lineAt(node.range[0]) : 1;
    let line = 1;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
        if (!pair || !isNodeWithRange(pair.key)) break;
        line = lineAt(pair.key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof step === "number") {
        const item = node.items[step];
        if (!isNodeWithRange(item)) break;
        line = lineAt(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };
}

/**
 * The line of a syntax error at a text offset. A quote or bracket left open runs on to where the parser
 * gives up (often the end), so for one that ends exactly there, the line where it was opened.
 */
export function syntaxErrorLine({ document, lineAt }: ParsedYaml, offset: number): number {
  let opened: number | undefined;
  visit(document, (_key, node) => {
    const open = (isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE")) || (isCollection(node) && node.flow);
    if (open && node.range?.[1] === offset) {
      opened = node.range[0];
      return visit.BREAK;
    }
  });
  return lineAt(opened ?? offset);
}

/** Lines of fields in YAML text, parsed only when a line is first asked for (most files have no problem). */
export function lazyFieldLines(text: string): LineOf {
  let lineOf: LineOf | undefined;
  return (path) => (lineOf ??= fieldLines(parseYaml(text)))(path);
}

const isNodeWithRange = (node: unknown): node is { range: [number, number, number] } =>
  typeof node === "object" && node !== null && Array.isArray((node as { range?: unknown }).range);

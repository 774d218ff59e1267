// The project's modules import one another in one direction only: no module waits, through others, on itself.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const folders = ["scripts", "templates/js"];

/** Every TypeScript module under scripts/ and templates/js/ (and the config) and the project modules it imports, type-only imports included. */
function importGraph(): Map<string, string[]> {
  const files = [
    join(root, "eleventy.config.ts"),
    ...folders.flatMap((folder) =>
      (readdirSync(join(root, folder), { recursive: true }) as string[]).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")).map((f) => join(root, folder, f)),
    ),
  ];
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    const specifiers = [...source.matchAll(/^(?:import|export)\s[\s\S]*?\sfrom\s+"(\.[^"]+)";/gm), ...source.matchAll(/\bimport\("(\.[^"]+)"\)/g)].map((m) => m[1]);
    graph.set(file, specifiers.map((s) => join(dirname(file), s.replace(/\.js$/, ".ts"))).filter((f) => files.includes(f)));
  }
  return graph;
}

function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const state = new Map<string, "open" | "done">();
  const visit = (file: string, path: string[]) => {
    state.set(file, "open");
    const stack = [...path, file];
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(root, f)).join(" → "));
      else if (!state.has(next)) visit(next, stack);
    }
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file, []);
  return found;
}

describe("imports of scripts/, templates/js/ and the config", () => {
  it("form no cycle", () => {
    const graph = importGraph();
    // Every folder is in the graph, and its edges are real (a broken pattern would find no cycle in nothing).
    expect(graph.size).toBeGreaterThan(180);
    expect([...graph.values()].flat().length).toBeGreaterThan(400);
    expect(cycles(graph)).toEqual([]);
  });
});

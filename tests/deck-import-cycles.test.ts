// The deck's modules import one another in one direction only: no module waits, through others, on itself.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const deck = join(process.cwd(), "scripts/deck");

/** Every TypeScript module under scripts/deck and the deck modules it imports, type-only imports included. */
function importGraph(): Map<string, string[]> {
  const files = (readdirSync(deck, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")).map((f) => join(deck, f));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const specifiers = [...readFileSync(file, "utf8").matchAll(/^(?:import|export)\s[\s\S]*?\sfrom\s+"(\.[^"]+)";/gm)].map((m) => m[1]);
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
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(deck, f)).join(" → "));
      else if (!state.has(next)) visit(next, stack);
    }
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file, []);
  return found;
}

describe("scripts/deck imports", () => {
  it("form no cycle", () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(20);
    expect(cycles(graph)).toEqual([]);
  });
});

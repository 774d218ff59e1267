// The renderer's import graph stays free of Node APIs, so the same code can render a deck in a browser.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/** Every module reachable from `entry` through value imports (type-only imports vanish at runtime). */
function valueImportGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const source = readFileSync(file, "utf8");
    const specifiers = [...source.matchAll(/^(?:import|export)\s+(?!type\s)[\s\S]*?\sfrom\s+"([^"]+)";/gm)].map((m) => m[1]);
    graph.set(file, specifiers);
    for (const specifier of specifiers) {
      if (!specifier.startsWith(".")) continue;
      const path = join(dirname(file), specifier);
      // A module is TypeScript unless a JavaScript file of that name exists (pdfkit-version.js).
      visit(existsSync(path) ? path : path.replace(/\.js$/, ".ts"));
    }
  };
  visit(entry);
  return graph;
}

describe("the deck renderer is portable", () => {
  it("render.ts and everything it imports use no node: modules", () => {
    const graph = valueImportGraph(join(process.cwd(), "scripts/deck/render.ts"));
    expect(graph.size).toBeGreaterThan(8);
    const offending = [...graph].flatMap(([file, specifiers]) =>
      specifiers.filter((s) => s.startsWith("node:") || ["fs", "path", "os", "worker_threads"].includes(s)).map((s) => `${relative(process.cwd(), file)} imports ${s}`),
    );
    expect(offending).toEqual([]);
  });

  it("the graph includes geometry, layouts, fitting and drawing (the check reaches them)", () => {
    const files = [...valueImportGraph(join(process.cwd(), "scripts/deck/render.ts")).keys()].map((f) => relative(process.cwd(), f));
    expect(files).toEqual(expect.arrayContaining(["scripts/deck/geometry.ts", "scripts/deck/plan-deck.ts", "scripts/deck/fit.ts", "scripts/deck/draw/face.ts", "scripts/deck/draw/back.ts"]));
  });
});

// Tests live in tests/; one global setup builds the site and deck once, at the root and under a sub-path.
import { defineConfig } from "vitest/config";

const timeouts = { testTimeout: 120_000, hookTimeout: 300_000 };
// Lighthouse scores performance from timings it observes, so it runs on its own, after everything
// else: on two shared cores, a neighbouring browser test could cost the page a point.
const alone = ["tests/browser-lighthouse.test.ts"];

export default defineConfig({
  test: {
    // Set once here, not in the projects: each project would otherwise build the site again.
    globalSetup: ["tests/support/global-setup.ts"],
    // Builds and browsers are heavy: two cores, so at most two test files at once.
    maxWorkers: 2,
    reporters: process.env.VITEST_JSON ? ["default", ["json", { outputFile: process.env.VITEST_JSON }]] : ["default"],
    projects: [
      { test: { name: "suite", include: ["tests/**/*.test.ts"], exclude: alone, maxWorkers: 2, sequence: { groupOrder: 0 }, ...timeouts } },
      { test: { name: "alone", include: alone, maxWorkers: 1, sequence: { groupOrder: 1 }, ...timeouts } },
    ],
  },
});

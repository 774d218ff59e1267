// Builds the real site and deck once per test run, twice: at a domain root and under a path prefix.
// Tests read the folders through inject("distDir") and inject("prefixedDistDir").
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type {} from "vitest";
import type { TestProject } from "vitest/node";

const run = promisify(execFile);
export const pathPrefix = "/afterglow/";

declare module "vitest" {
  export interface ProvidedContext {
    distDir: string;
    prefixedDistDir: string;
    pathPrefix: string;
  }
}

export default async function setup(project: TestProject) {
  const root = await mkdtemp(join(tmpdir(), "afterglow-test-"));
  const distDir = join(root, "dist");
  const prefixedDistDir = join(root, "dist-prefixed");
  const build = (out: string, env: NodeJS.ProcessEnv) =>
    run("npx", ["tsx", "scripts/build.ts", "--out", out], { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  await Promise.all([build(distDir, {}), build(prefixedDistDir, { PATH_PREFIX: pathPrefix })]);
  project.provide("distDir", distDir);
  project.provide("prefixedDistDir", prefixedDistDir);
  project.provide("pathPrefix", pathPrefix);
  return async () => {
    await rm(root, { recursive: true, force: true });
  };
}

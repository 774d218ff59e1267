// Atomic output: build into a staging folder beside the target and swap it in only on success,
// so a failed build leaves the last good folder exactly as it was.
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export async function buildAtomically<T>(outDir: string, build: (stagingDir: string) => Promise<T>): Promise<T> {
  const parent = dirname(outDir);
  const name = basename(outDir);
  // Same parent folder, so both renames stay on one file system and are atomic.
  const staging = join(parent, `.${name}-staging-${process.pid}`);
  const retired = join(parent, `.${name}-retired-${process.pid}`);
  await mkdir(parent, { recursive: true });
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  let result: T;
  try {
    result = await build(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await rm(retired, { recursive: true, force: true });
  try {
    await rename(outDir, retired);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error; // first build: nothing to retire
  }
  await rename(staging, outDir);
  await rm(retired, { recursive: true, force: true });
  return result;
}

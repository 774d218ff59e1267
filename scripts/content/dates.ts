// The content's reproducible "last updated" date: never the clock, so two builds of one commit agree byte for byte.
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";

/** SOURCE_DATE_EPOCH when set, else the newest commit touching the content folder, else the newest file. */
export function contentDate(contentDir: string, files: string[]): Date {
  return contentDateOf(contentDir, files).date;
}

/** The date and where it came from: files' modification times are then part of what the build is made from. */
export function contentDateOf(contentDir: string, files: string[]): { date: Date; from: "epoch" | "git" | "files" } {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return { date: new Date(Number(epoch) * 1000), from: "epoch" };
  try {
    const out = execFileSync("git", ["log", "-1", "--format=%ct", "--", "."], { cwd: contentDir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (/^\d+$/.test(out)) return { date: new Date(Number(out) * 1000), from: "git" };
  } catch {
    // not a git checkout: fall through to the files themselves
  }
  const newest = Math.max(0, ...files.map((file) => statSync(file).mtimeMs));
  return { date: new Date(Math.floor(newest / 1000) * 1000), from: "files" };
}

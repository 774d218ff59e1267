// Watches folders for saved files and hands over each burst of changes once it settles: an editor's
// save is often several events (write, rename, a temporary file), and one rebuild serves them all.
// Every folder is watched on its own (Node's recursive watch on Linux lost files replaced by rename,
// the way many editors save), and a folder that appears is watched from then on.
import { readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import { join } from "node:path";

/** How long a burst of events must stay quiet before it is handed over. */
const settleMs = 15;

/** Editors' swap, backup and temporary files: never content. */
const isScratch = (name: string) => /^[.#]|~$|\.(swp|swx|tmp)$/.test(name);

export interface ChangedFiles {
  /** Absolute paths that changed, appeared or went away. */
  files: string[];
  /** performance.now() of the first event of the burst: what "after the save" is measured from. */
  since: number;
}

const foldersUnder = (root: string): string[] => [
  root,
  ...readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => join(entry.parentPath, entry.name)),
];

export function watchFolders(roots: readonly string[], onChange: (changed: ChangedFiles) => void): { close(): void } {
  const watchers = new Map<string, FSWatcher>();
  let pending = new Set<string>();
  let since = 0;
  let timer: NodeJS.Timeout | undefined;
  const add = (folder: string) => {
    if (watchers.has(folder)) return;
    const watcher = watch(folder, (_event, name) => {
      if (!name || isScratch(name)) return;
      const path = join(folder, name);
      if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) foldersUnder(path).forEach(add);
      if (pending.size === 0) since = performance.now();
      pending.add(path);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const files = [...pending];
        pending = new Set();
        onChange({ files, since });
      }, settleMs);
    });
    watcher.on("error", () => {
      watcher.close(); // the folder went away
      watchers.delete(folder);
    });
    watchers.set(folder, watcher);
  };
  for (const root of roots) foldersUnder(root).forEach(add);
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
    },
  };
}

// Eleventy keeps compiled templates and layouts in module-level caches that every Eleventy in a process
// shares: a second one (the dev server's, after the first build in the same process) would render with
// the first one's shortcodes and bundles (pages lost their stylesheet). This clears them, through the
// events Eleventy's own watch mode uses, before an Eleventy is configured.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

interface EventBus {
  emit(event: string, ...args: unknown[]): unknown;
}

const require = createRequire(import.meta.url);
// Not in the package's exports: reached by its file, the same module Eleventy itself imports.
const eventBusFile = pathToFileURL(join(dirname(require.resolve("@11ty/eleventy")), "EventBus.js")).href;
const { default: eventBus } = (await import(eventBusFile)) as { default: EventBus };
if (typeof eventBus?.emit !== "function") throw new Error(`@11ty/eleventy changed: ${eventBusFile} no longer exports its event bus; see scripts/site/eleventy-caches.ts`);

/** Forgets every compiled template and layout, so the next Eleventy compiles its own. */
export function clearEleventyCaches(): void {
  void eventBus.emit("eleventy.compileCacheReset");
  void eventBus.emit("eleventy.resourceModified", "", [], { viaConfigReset: true, relevantLayouts: [] });
}

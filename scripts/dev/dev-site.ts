// The dev server's site: one Eleventy that stays up, serves the output folder with live reload, and
// renders in each pass only the pages whose inputs changed (selective-pages.ts, against the ledger
// the first full build filled). Pages of deleted or renamed content are removed in the same pass.
import Eleventy from "@11ty/eleventy";
import type { SiteInputs } from "../../eleventy.config.js";
import { afterglowSite } from "../../eleventy.config.js";
import type { PageLedger } from "../site/page-ledger.js";
import { forgetSourceVersions } from "../cache/source-version.js";

/** A page a pass wrote. */
export interface WrittenPage {
  url: string;
  inputPath: string;
  outputPath: string | false;
}

interface EleventyServe {
  reload(event: { files: string[]; build: { templates: unknown[] } }): Promise<void>;
  sendError(event: { error: unknown }): void;
}

export interface DevSite {
  serve(port: number): Promise<void>;
  /** Renders what changed; reloads the browser when anything was written. Throws what Eleventy threw. */
  pass(changedFiles: string[]): Promise<WrittenPage[]>;
  /** The templates themselves changed: the next pass reads them anew and renders every page. */
  templatesChanged(): void;
  /** Shows a build error in the browser's error overlay (the last good pages stay served). */
  showError(error: unknown): void;
}

/** The default language's site serves the output folder; a translation's renders into its folder inside it. */
export function devSite(contentDir: string, outDir: string, inputs: SiteInputs & { pages: PageLedger }): DevSite {
  // No config file: the site's wiring, handed the content and the manifest as they are at each pass.
  const runMode = inputs.translation ? "build" : "serve";
  const site = new Eleventy(contentDir, outDir, { configPath: "", runMode, pathPrefix: inputs.pathPrefix, quietMode: true, config: afterglowSite(inputs) });
  const server = () => (site as unknown as { eleventyServe: EleventyServe }).eleventyServe;
  const ready = site.init();
  let resetConfig = false;
  return {
    async serve(port) {
      await ready;
      await site.serve(port);
    },
    async pass(changedFiles) {
      await ready;
      await site.restart();
      await site.init({ viaConfigReset: resetConfig });
      resetConfig = false;
      const [, templates] = (await site.write()) as unknown as [unknown, WrittenPage[]];
      const written = templates.flat().filter(Boolean);
      if (written.length && !inputs.translation) await server().reload({ files: changedFiles, build: { templates: [] } });
      return written;
    },
    templatesChanged() {
      forgetSourceVersions();
      inputs.pages.forget();
      site.resetConfig();
      resetConfig = true;
    },
    showError(error) {
      server().sendError({ error });
    },
  };
}

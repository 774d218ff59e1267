// The PDFs behind the dev server's pages: rendered in the background on a warm pool of workers when
// the cards they print changed, beside the live downloads, and swapped in when complete (the last good
// PDFs stay until then). Saves made meanwhile are folded into one more render with the newest cards.
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { hashOf } from "../cache/build-cache.js";
import { deckSources, sourceVersion } from "../cache/source-version.js";
import type { Content } from "../content/index.js";
import { deckBrandOfContent, settingsDeckFiles } from "../deck/settings-deck-files.js";
import { startDeckPool } from "../deck/worker.js";
import { readFontBytes } from "../fonts/fonts.js";
import type { DeckManifest } from "../manifest/deck-manifest.js";
import { coalesced } from "./queue.js";

export interface DeckFollowerOptions {
  workers: number;
  outDir: string;
  cacheDir: string | null;
  /** The content the output folder's PDFs were made from (the first build's). */
  initial: Promise<Content>;
  /** The new PDFs are in place, each language's manifest by its code; `start` is when the save that asked for them happened. */
  onDone: (manifests: ReadonlyMap<string, DeckManifest>, start: number) => Promise<void>;
  onError: (error: unknown) => void;
}

/** What the PDFs are made from: the cards as printed (not their markdown), the settings (names, colours, files) and the date. */
const editionInputs = (model: Content) => hashOf(JSON.stringify(model.cards.map(({ body: _source, ...card }) => card)), JSON.stringify(model.settings), JSON.stringify(model.strings), model.updated.toISOString());
/** Every language's, in one key: the default language's deck and each translation's (under /<lang>/). */
const deckInputs = (model: Content) => hashOf(...[model, ...model.translations].map(editionInputs));

export function deckFollower(options: DeckFollowerOptions) {
  const pool = startDeckPool(options.workers);
  pool.warm(); // ready for the first save
  let held: string | undefined;
  options.initial.then((model) => (held = deckInputs(model)), () => {});
  let latest: { model: Content; start: number } | undefined;

  let rendering = false;
  const render = coalesced(async () => {
    rendering = true;
    await draw().finally(() => (rendering = false));
  });
  async function draw() {
    const { model, start } = latest!;
    const inputs = deckInputs(model);
    if (inputs === held) return;
    try {
      const manifests = new Map<string, DeckManifest>();
      for (const edition of [model, ...model.translations]) {
        const outDir = edition === model ? options.outDir : join(options.outDir, edition.lang);
        manifests.set(edition.lang, await drawEdition(edition, outDir));
      }
      held = inputs;
      await options.onDone(manifests, start);
    } catch (error) {
      options.onError(error);
    }
  }

  /** One language's PDFs, drawn beside its live downloads and swapped in when complete. */
  async function drawEdition(edition: Content, outDir: string): Promise<DeckManifest> {
    const downloads = join(outDir, "downloads");
    const next = join(outDir, ".downloads-next");
    await rm(next, { recursive: true, force: true });
    const brand = deckBrandOfContent(edition);
    const { manifest } = await pool.render({
      cards: edition.cards,
      brand,
      options: { files: settingsDeckFiles(edition.settings, brand) },
      outDir: next,
      updated: edition.updated.toISOString(),
      fonts: await readFontBytes(),
      cache: { dir: options.cacheDir, codeVersion: sourceVersion(deckSources) },
    });
    await mkdir(downloads, { recursive: true });
    for (const name of await readdir(next)) await rename(join(next, name), join(downloads, name));
    await rm(next, { recursive: true, force: true });
    return manifest;
  }

  return {
    /** The site now shows `model`: bring the PDFs up to it; false when they already are (nothing to do). */
    follow(model: Content, start: number): boolean {
      if (!rendering && deckInputs(model) === held) return false;
      latest = { model, start };
      render();
      return true;
    },
  };
}

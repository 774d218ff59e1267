// A publisher's own settings file rebrands everything: a fixture with another name and colours builds a
// site and PDFs that never name the project, carry its colours, and make only the deck files it lists.
import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHex } from "../scripts/content/contrast.js";
import { printPalette } from "../scripts/content/palette.js";
import { writeFixture } from "./support/content-fixture.js";
import { formContents, pageContents, pdfText } from "./support/pdf.js";
import { runBuild } from "./support/run-build.js";

const light = { paper: "#eef3f8", ink: "#1d2733", accent: "#1f5f8b" };
const night = { paper: "#0f1720", ink: "#e6edf5", accent: "#8cc4ee" };
const settings = `name: Moonrise Notes
shortName: Moonrise
languages: [en]
text:
  en:
    tagline: Small kindnesses for after.
    description: A short guide and a deck of cards for the minutes after.
    deckTitle: Moonrise cards
    backText: Moonrise
    discreetTitle: Jottings
colours:
  light: { paper: "${light.paper}", ink: "${light.ink}", accent: "${light.accent}" }
  night: { paper: "${night.paper}", ink: "${night.ink}", accent: "${night.accent}" }
deck:
  files: [home-duplex-letter, screen, tuck-box-letter, calibration-letter]
`;

/** The names stored on readers' devices (templates/js/lib/storage-key.ts, sw.js): data, never shown. */
const storedNames = /"afterglow(-set-aside-|-device-data|-favourites|-theme|-discreet|-site-|-files)?"/gi;
const project = /afterglow/i;

/** A colour as pdfkit writes it into a content stream (channels over 255). */
const pdfColour = (hex: string) => parseHex(hex).map((c) => String(c / 255)).join(" ");

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe("a fixture settings file with another name and colours", () => {
  let root: string;
  let out: string;
  let built: string[];

  beforeAll(async () => {
    root = await writeFixture({ "site.yaml": settings });
    out = join(await mkdtemp(join(tmpdir(), "rebrand-")), "dist");
    const run = await runBuild(["--content", join(root, "content"), "--out", out], { AFTERGLOW_CACHE: "off" });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    built = await files(out);
  }, 120_000);
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("names the publisher and never the project in any page, stylesheet, script or data file", async () => {
    const home = await readFile(join(out, "index.html"), "utf8");
    expect(home).toMatch(/<title>Moonrise Notes<\/title>/);
    expect(home).toContain("A short guide and a deck of cards for the minutes after.");
    expect(home).toContain("Jottings");
    const manifest = JSON.parse(await readFile(join(out, "manifest.webmanifest"), "utf8"));
    expect(manifest).toMatchObject({ name: "Moonrise Notes", short_name: "Moonrise", background_color: light.paper, theme_color: night.paper });
    const texts = built.filter((file) => /\.(html|css|js|json|svg|webmanifest|txt|xml)$/.test(file) || file.endsWith("_headers"));
    expect(texts.length).toBeGreaterThan(20);
    const naming: string[] = [];
    for (const file of texts) {
      const text = (await readFile(file, "utf8")).replace(file.endsWith(".js") ? storedNames : /$^/, "");
      if (project.test(text)) naming.push(`${file.slice(out.length)}: …${text.slice(Math.max(0, text.search(project) - 40), text.search(project) + 40)}…`);
    }
    expect(naming).toEqual([]);
  });

  it("puts its colours in the CSS, for both themes", async () => {
    const css = (await Promise.all(built.filter((file) => file.endsWith(".css")).map((file) => readFile(file, "utf8")))).join("\n");
    for (const colour of [light.paper, light.ink, light.accent]) expect(css).toMatch(new RegExp(`:root\\{[^}]*${colour}`));
    for (const colour of [night.paper, night.ink, night.accent]) expect(css).toMatch(new RegExp(`:root\\[data-theme=dark\\]\\{[^}]*${colour}`));
    expect(css).not.toContain("#f6eee6");
  });

  it("makes only the deck files it lists, named from its name, titled and authored by it, in its colours", async () => {
    const decks = JSON.parse(await readFile(join(out, "downloads", "decks.json"), "utf8")) as { decks: { file: string; title: string }[] };
    expect(decks.decks.map((deck) => deck.file)).toEqual(["moonrise-notes-poker-letter-duplex.pdf", "moonrise-notes-poker-screen.pdf", "moonrise-notes-calibration-letter.pdf", "moonrise-notes-tuck-box-letter.pdf"]);
    const print = printPalette(light);
    for (const deck of decks.decks) {
      const path = join(out, "downloads", deck.file);
      const bytes = new Uint8Array(await readFile(path));
      const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
      expect(info).toMatch(/Author:\s+Moonrise Notes/);
      expect(info.match(/^Title:\s+(.*)$/m)?.[1]).toBe(deck.title);
      expect(deck.title).toMatch(/^Moonrise (cards|Notes) /);
      const text = await pdfText(bytes);
      expect(`${info}\n${text}`).not.toMatch(project);
      const ink = [...pageContents(bytes), ...formContents(bytes)].join("\n");
      expect(ink).not.toContain(pdfColour("#3a2e2b")); // the project's ink
      if (deck.file.endsWith("-duplex.pdf")) {
        expect(text).toContain("Moonrise"); // the word on the backs
        expect(ink).toContain(`${pdfColour(print.backField)} scn`);
        expect(ink).toContain(`${pdfColour(print.backEmblem)} SCN`);
      }
      if (deck.file.includes("-calibration-")) expect(text).toContain("How to print page of the Moonrise Notes site");
    }
  });
});

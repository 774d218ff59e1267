// A draft (`draft: true` on a card or chapter) is in the model only when asked for (npm start): a build's
// model has no trace of it, a published file that links to one is told so, and nothing cached for one
// mode can be taken for the other.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { snapshotKey } from "../scripts/build/snapshot.js";
import { loadContent } from "../scripts/content/index.js";
import { validCard, validChapter, writeFixture, type FixtureFiles, problemsFor } from "./support/content-fixture.js";

const draftCard = validCard("A lantern walk").replace("---\nWould", "draft: true\n---\nWould");
const draftChapter = `---
title: Notes by moonlight
order: 2
summary: A chapter still being written.
draft: true
---
## A slow walk

A few minutes outside, together. Try [the lantern walk](/cards/lantern-walk/).
`;
const drafts: FixtureFiles = { "cards/lantern-walk.md": draftCard, "guide/moonlight-notes.md": draftChapter };

describe("drafts in the content model", () => {
  it("are left out of the model by default, as a build reads it", async () => {
    const content = await loadContent({ root: await writeFixture(drafts) });
    expect(content.cards.map((card) => card.id)).toEqual(["glass-of-water"]);
    expect(content.chapters.map((chapter) => chapter.slug)).toEqual(["ideas"]);
    expect(content.cards[0].number).toBe(1);
    expect(content.drafts).toBe(false);
  });

  it("are in the model, each marked as a draft, when npm start asks for them", async () => {
    const content = await loadContent({ root: await writeFixture(drafts), includeDrafts: true });
    expect(content.cards.find((card) => card.id === "lantern-walk")?.draft).toBe(true);
    expect(content.chapters.find((chapter) => chapter.slug === "moonlight-notes")?.draft).toBe(true);
    expect(content.cards.find((card) => card.id === "glass-of-water")?.draft).toBeUndefined();
    expect(content.drafts).toBe(true);
  });

  it("makes a published chapter's link to a draft card an error naming the chapter and the draft", async () => {
    const linking = validChapter.replace("See [the cards](/cards/)", "See [the lantern walk](/cards/lantern-walk/)");
    const problems = await problemsFor({ ...drafts, "guide/ideas.md": linking });
    expect(problems).toEqual([
      "content/guide/ideas.md:8: link points to /cards/lantern-walk/, a draft (content/cards/lantern-walk.md says draft: true) that the built site leaves out; remove the link or publish the draft",
    ]);
    // With drafts in the model (npm start), the same link is fine.
    await expect(loadContent({ root: await writeFixture({ ...drafts, "guide/ideas.md": linking }), includeDrafts: true })).resolves.toBeDefined();
  });

  it("makes a published card's guide reference to a draft chapter an error naming the card and the draft", async () => {
    const problems = await problemsFor({ ...drafts, "cards/glass-of-water.md": validCard().replace("guide: ideas#care", "guide: moonlight-notes#a-slow-walk") });
    expect(problems).toEqual([
      "content/cards/glass-of-water.md:9: guide points to /guide/moonlight-notes/#a-slow-walk, a draft (content/guide/moonlight-notes.md says draft: true) that the built site leaves out; remove the link or publish the draft",
    ]);
  });

  it("takes draft as true or false only, so a misspelt draft is never published by mistake", async () => {
    const problems = await problemsFor({ "cards/lantern-walk.md": draftCard.replace("draft: true", "draft: yes") });
    expect(problems).toEqual(['content/cards/lantern-walk.md:10: draft must be a boolean (found "yes")']);
  });

  it("says the deck would be empty when every card is a draft", async () => {
    const problems = await problemsFor({ "cards/glass-of-water.md": null, "cards/lantern-walk.md": draftCard });
    expect(problems).toEqual(["content/cards: has no cards: the deck would be empty once its drafts are left out"]);
  });

  it("keeps a whole build with drafts under another key than one without", async () => {
    const root = await writeFixture(drafts);
    const key = (includeDrafts: boolean) => snapshotKey(root, join(root, "content"), { pathPrefix: "/", siteUrl: "", includeDrafts });
    expect(await key(true)).not.toBe(await key(false));
    expect(await key(false)).toBe(await key(false));
  });
});

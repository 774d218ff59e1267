// Moving the device data as a file: export it, read an import (capped, schema-checked, migrated),
// and merge two sets without losing either side's newer entries. Favourites alone travel in a
// smaller file of their own, to share a list between two phones.
import * as v from "valibot";
import { deviceDataSchema, favouriteSchema, limits, refusedMarkup, type DeviceData, type Favourite } from "./device-data.js";
import { migrateToCurrent } from "./device-migrations.js";
import { parseSafeJson, UnsafeInput } from "./safe-json.js";
import { exportFormat, favouritesFormat } from "./storage-key.js";
import { transferWord, unsafeWhy } from "./transfer-words.js";

export { exportFormat, favouritesFormat };
export const importMaxBytes = 512 * 1024;

/** The file's text: the data with a label saying what it is. */
export function exportText(data: DeviceData, exportedAt: number): string {
  return `${JSON.stringify({ format: exportFormat, exportedAt, data }, null, 1)}\n`;
}

export type ImportResult = { ok: true; data: DeviceData } | { ok: false; message: string };

const noKeys = { getItem: () => null, removeItem: () => {} };

/** Reads an exported file's text; every way it can be wrong becomes one sentence for the reader. */
export function readImport(text: string): ImportResult {
  let parsed: unknown;
  try {
    parsed = parseSafeJson(text, importMaxBytes);
  } catch (error) {
    return { ok: false, message: transferWord("cannotImport", { why: unsafeWhy(error as UnsafeInput) }) };
  }
  const wrapper = parsed as { format?: unknown; data?: unknown } | null;
  if (!wrapper || typeof wrapper !== "object" || wrapper.format !== exportFormat) {
    return { ok: false, message: transferWord("cannotImport", { why: transferWord("notExported") }) };
  }
  const migrated = migrateToCurrent(wrapper.data ?? null, noKeys);
  const checked = migrated && v.safeParse(deviceDataSchema, migrated);
  if (!checked || !checked.success) return { ok: false, message: transferWord("cannotImport", { why: transferWord(checked && refusedMarkup(checked.issues) ? "markup" : "newerOrChanged") }) };
  return { ok: true, data: checked.output };
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

/** Both lists together: what is here stays as it is (with its date), what is new is added after it. */
export function mergeFavourites(here: Favourite[], incoming: Favourite[]): Favourite[] {
  const favourites = byId(here);
  for (const item of incoming) if (!favourites.has(item.id)) favourites.set(item.id, item);
  return [...favourites.values()].slice(0, limits.cardsListed);
}

/** Both sets together: lists joined, and where both have an entry, the newer one. Preferences stay as they are here. */
export function mergeDeviceData(here: DeviceData, incoming: DeviceData): DeviceData {
  const ownCards = byId(here.ownCards);
  for (const card of incoming.ownCards) {
    const mine = ownCards.get(card.id);
    if (!mine || mine.updatedAt < card.updatedAt) ownCards.set(card.id, card);
  }
  const notes = { ...here.notes };
  for (const [id, note] of Object.entries(incoming.notes)) if (!notes[id] || notes[id].updatedAt < note.updatedAt) notes[id] = note;
  const plans = [...here.plans];
  for (const plan of incoming.plans) if (!plans.some((p) => p.createdAt === plan.createdAt)) plans.push(plan);
  plans.sort((a, b) => b.createdAt - a.createdAt);
  return {
    ...here,
    favourites: mergeFavourites(here.favourites, incoming.favourites),
    hidden: [...new Set([...here.hidden, ...incoming.hidden])].slice(0, limits.cardsListed),
    ownCards: [...ownCards.values()].slice(0, limits.ownCards),
    notes,
    planDraft: here.planDraft ?? incoming.planDraft,
    plans: plans.slice(0, limits.plansKept),
  };
}

export const favouritesVersion = 1;

/** The favourites file's text: the list (ids and when each was saved) and nothing else from this device. */
export function favouritesText(favourites: Favourite[], exportedAt: number): string {
  return `${JSON.stringify({ format: favouritesFormat, version: favouritesVersion, exportedAt, favourites })}\n`;
}

const favouritesFileSchema = v.pipe(v.array(favouriteSchema), v.maxLength(limits.cardsListed));

export type FavouritesImport = { ok: true; favourites: Favourite[] } | { ok: false; message: string };

/**
 * Reads a favourites file (or a full export, taking only its favourites). `name` is the file's name,
 * said in the message when it cannot be read.
 */
export function readFavouritesImport(text: string, name: string): FavouritesImport {
  const refuse = (why: string): FavouritesImport => ({ ok: false, message: transferWord("notFavourites", { file: name, why }) });
  let parsed: unknown;
  try {
    parsed = parseSafeJson(text, importMaxBytes);
  } catch (error) {
    return refuse(unsafeWhy(error as UnsafeInput));
  }
  const file = parsed as { format?: unknown; version?: unknown; favourites?: unknown } | null;
  if (file && typeof file === "object" && file.format === exportFormat) {
    const full = readImport(text);
    return full.ok ? { ok: true, favourites: full.data.favourites } : refuse(transferWord("fullNewer"));
  }
  if (!file || typeof file !== "object" || file.format !== favouritesFormat) return refuse(transferWord("notAFavouritesFile"));
  if (typeof file.version !== "number" || file.version > favouritesVersion) return refuse(transferWord("favouritesNewer"));
  const checked = v.safeParse(favouritesFileSchema, file.favourites);
  if (!checked.success) return refuse(transferWord("notAList"));
  return { ok: true, favourites: checked.output };
}

// Data carried in a link's fragment (the part after "#", which browsers never send to a server):
// JSON, deflate-raw compressed, base64url, labelled with a kind and a version. Decoding is for data
// from a stranger: the fragment and what it inflates to are capped (a deflate bomb stops at the cap),
// prototype keys are refused, and the caller's check decides what the data may be.
import { parseSafeJson, UnsafeInput } from "./safe-json.js";
import { linkKind, linkWord, unsafeWhy } from "./transfer-words.js";

export interface LinkFormat<T> {
  /** A short word naming what the link carries, e.g. "deck" or "plan". */
  kind: string;
  version: number;
  /** Longest fragment accepted, in characters. */
  maxFragment: number;
  /** Most bytes the data may inflate to. */
  maxDecoded: number;
  /** Checks the decoded JSON; returns the value, or a sentence saying what is wrong. */
  check: (value: unknown) => { ok: true; value: T } | { ok: false; message: string };
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; message: string };

const toBase64Url = (bytes: Uint8Array) => {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, cap = Infinity): Promise<Uint8Array | undefined> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > cap) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) out.set(chunk, (at += chunk.length) - chunk.length);
  return out;
}

/** The fragment (without "#") that carries `value` in `format`. */
export async function encodeLink<T>(format: LinkFormat<T>, value: T): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  const packed = await pipe(json, new CompressionStream("deflate-raw"));
  return `${format.kind}${format.version}.${toBase64Url(packed!)}`;
}

/** Reads a fragment (with or without "#"); every way it can be wrong is one sentence for the reader. */
export async function decodeLink<T>(format: LinkFormat<T>, fragment: string): Promise<Decoded<T>> {
  const text = fragment.replace(/^#/, "");
  const refuse = (why: string): Decoded<T> => ({ ok: false, message: linkWord("linkRefused", { why }) });
  if (text.length > format.maxFragment) return refuse(linkWord("linkTooLong"));
  const match = /^([a-z]+)(\d+)\.(.*)$/s.exec(text);
  if (!match || match[1] !== format.kind) return refuse(linkWord("notKind", { kind: linkKind(format.kind) }));
  if (Number(match[2]) !== format.version) return refuse(linkWord(Number(match[2]) > format.version ? "newerVersion" : "olderVersion"));
  const packed = fromBase64Url(match[3]);
  if (!packed) return refuse(linkWord("cutShort"));
  let json: Uint8Array | undefined;
  try {
    json = await pipe(packed, new DecompressionStream("deflate-raw"), format.maxDecoded);
  } catch {
    return refuse(linkWord("cutShort"));
  }
  if (!json) return refuse(linkWord("holdsTooMuch"));
  let value: unknown;
  try {
    value = parseSafeJson(new TextDecoder("utf-8", { fatal: true }).decode(json), format.maxDecoded);
  } catch (error) {
    return refuse(error instanceof UnsafeInput ? unsafeWhy(error) : linkWord("notReadable"));
  }
  const checked = format.check(value);
  return checked.ok ? checked : refuse(checked.message);
}

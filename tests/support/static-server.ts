// A tiny static file server for tests: serves a build folder on 127.0.0.1, optionally under a path
// prefix, with the headers its _headers file declares (so browser tests run under the real CSP).
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".pdf": "application/pdf",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Parses the Netlify/Cloudflare _headers format: a path line, then indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp("^" + line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*") + "$");
      rules.push({ pattern, headers: [] });
    } else if (rules.length) {
      const at = line.indexOf(":");
      rules[rules.length - 1].headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

export interface StaticServer {
  origin: string;
  /** origin + prefix, ending in "/". */
  url: string;
  close: () => Promise<void>;
  /** Stops answering at once, open connections included: the network is gone, as far as a browser can tell. */
  cut: () => Promise<void>;
}

export async function serveStatic(dir: string, options: { prefix?: string; headers?: boolean } = {}): Promise<StaticServer> {
  const prefix = options.prefix ?? "/";
  const rules = options.headers === false ? [] : parseHeadersFile(await readFile(join(dir, "_headers"), "utf8").catch(() => ""));
  const send = async (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse, path: string, status: number, requestPath: string) => {
    let body = await readFile(path);
    res.statusCode = status;
    const type = types[extname(path)] ?? "application/octet-stream";
    res.setHeader("Content-Type", type);
    for (const rule of rules) if (rule.pattern.test(requestPath)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    // Compressed like any real host would, so weights and Lighthouse see what readers get.
    if (/text|json|svg|xml|javascript/.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      body = gzipSync(body);
      res.setHeader("Content-Encoding", "gzip");
      res.setHeader("Vary", "Accept-Encoding");
    }
    res.end(body);
  };
  const server: Server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      const notFound = () => send(req, res, join(dir, "404.html"), 404, pathname).catch(() => { res.statusCode = 404; res.end("not found"); });
      if (!pathname.startsWith(prefix)) return void (await notFound());
      const relative = normalize(pathname.slice(prefix.length)).replace(/^(\.\.(\/|$))+/, "");
      let file = join(dir, relative);
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!pathname.endsWith("/")) { res.statusCode = 301; res.setHeader("Location", pathname + "/"); return void res.end(); }
        file = join(file, "index.html");
      }
      if (!(await stat(file).catch(() => null))?.isFile()) return void (await notFound());
      await send(req, res, file, 200, pathname);
    } catch {
      res.statusCode = 500;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  const cut = () => {
    const closed = close();
    server.closeAllConnections();
    return closed;
  };
  return { origin, url: origin + prefix, close, cut };
}

/** Every file under a build folder, as "/"-separated paths relative to it, sorted. */
export async function listBuildFiles(dir: string): Promise<string[]> {
  const { readdir } = await import("node:fs/promises");
  const { relative, sep } = await import("node:path");
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** The URL path a built file is served at, e.g. "guide/ideas/index.html" → "/guide/ideas/". */
export const urlOfFile = (path: string, prefix = "/") => prefix + path.replace(/(^|\/)index\.html$/, "$1");

// Page weight per page type: gzip bytes of the HTML, of the CSS and JS it loads, as a phone would fetch them.
import { readFile } from "node:fs/promises";
import { join, posix } from "node:path";
import { gzipSync } from "node:zlib";

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

const gz = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

/** Reads `pagePath` (relative to distDir) and the stylesheets and scripts it links, all from distDir. */
export async function pageWeight(distDir: string, pagePath: string, pathPrefix = "/"): Promise<PageWeight> {
  const html = await readFile(join(distDir, pagePath));
  const text = html.toString("utf8");
  const local = (url: string) => url.startsWith(pathPrefix) ? url.slice(pathPrefix.length) : url.replace(/^\//, "");
  const assets = async (pattern: RegExp) => {
    let total = 0;
    for (const match of text.matchAll(pattern)) {
      const url = match[1];
      if (/^(https?:)?\/\//.test(url)) continue; // never expected; the privacy tests catch it
      total += gz(await readFile(join(distDir, local(url.split(/[?#]/)[0]))));
    }
    return total;
  };
  const css = await assets(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g);
  const js = await scriptWeight(distDir, [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => local(match[1].split(/[?#]/)[0])));
  const htmlBytes = gz(html);
  return { page: pagePath, html: htmlBytes, css, js, total: htmlBytes + css + js };
}

/**
 * Scripts with the modules they import statically (what the browser fetches before running them),
 * each counted once; a dynamic import() loads later, on demand, and is not counted.
 */
async function scriptWeight(distDir: string, entries: string[]): Promise<number> {
  const seen = new Set<string>();
  let total = 0;
  const visit = async (path: string): Promise<void> => {
    if (seen.has(path)) return;
    seen.add(path);
    const bytes = await readFile(join(distDir, path));
    total += gz(bytes);
    const code = bytes.toString("utf8");
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+)"/g)) await visit(posix.join(posix.dirname(path), match[1]));
  };
  for (const entry of entries) await visit(entry);
  return total;
}

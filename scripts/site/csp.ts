// The Content-Security-Policy, in one place: the _headers file and every page's <meta> both use it.

/** Search runs Pagefind's WebAssembly; only that page may compile it. */
export function contentSecurityPolicy(options: { wasm?: boolean; frameAncestors?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self'${options.wasm ? " 'wasm-unsafe-eval'" : ""}`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  // frame-ancestors is ignored (and warned about) in a <meta> policy, so only headers carry it.
  if (options.frameAncestors) directives.push("frame-ancestors 'none'");
  return directives.join("; ");
}

/** Headers for every file on hosts that read a _headers file (Netlify, Cloudflare Pages). */
export function headersFile(pathPrefix: string): string {
  const common = [
    "Strict-Transport-Security: max-age=31536000; includeSubDomains",
    "X-Content-Type-Options: nosniff",
    "Referrer-Policy: no-referrer",
    "Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy: same-origin",
  ];
  const block = (path: string, lines: string[]) => [path, ...lines.map((line) => `  ${line}`)].join("\n");
  return [
    // The header allows WebAssembly so that search works; every page's own <meta> policy is enforced
    // as well (browsers apply both), and only the search page's <meta> allows it, so elsewhere it is off.
    block(`${pathPrefix}*`, [`Content-Security-Policy: ${contentSecurityPolicy({ wasm: true, frameAncestors: true })}`, ...common]),
    block(`${pathPrefix}sw.js`, ["Cache-Control: no-cache"]),
    "",
  ].join("\n");
}

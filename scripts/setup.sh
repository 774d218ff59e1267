#!/usr/bin/env bash
# Sets up a fresh machine and builds everything: the Debian packages the tests need (npm cannot
# download browsers here), the npm packages from the lockfile, then the site and the deck into dist/.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each system package the tests need, installed only when missing: Chromium (browser tests), DejaVu
# (a font Chromium falls back on) and poppler-utils (pdftoppm, which renders PDF pages to images).
missing=()
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 && [ -z "${CHROMIUM_PATH:-}" ]; then
  missing+=(chromium)
fi
if ! [ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] && ! { command -v dpkg-query >/dev/null 2>&1 && dpkg-query -W -f='${Status}' fonts-dejavu-core 2>/dev/null | grep -q "ok installed"; }; then
  missing+=(fonts-dejavu-core)
fi
if ! command -v pdftoppm >/dev/null 2>&1; then
  missing+=(poppler-utils)
fi

if [ "${#missing[@]}" -gt 0 ]; then
  as_root=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && as_root="sudo"
  if { [ "$(id -u)" -eq 0 ] || [ -n "$as_root" ]; } && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} with apt-get…"
    DEBIAN_FRONTEND=noninteractive $as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "warning: missing ${missing[*]}, and apt-get needs root; install them (apt-get install ${missing[*]}): the browser tests need Chromium, the PDF rendering tests need pdftoppm." >&2
  fi
fi

npm ci --no-audit --no-fund
npm run build

#!/usr/bin/env bash
# Sets up a fresh machine and builds everything: Debian's Chromium for the browser tests (npm cannot
# download browsers here), the npm packages from the lockfile, then the site and the deck into dist/.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 && [ -z "${CHROMIUM_PATH:-}" ]; then
  as_root=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && as_root="sudo"
  if [ "$(id -u)" -eq 0 ] || [ -n "$as_root" ]; then
    echo "Installing Chromium (for the browser tests) with apt-get…"
    DEBIAN_FRONTEND=noninteractive $as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  else
    echo "warning: Chromium is missing and apt-get needs root; the browser tests will be skipped (install it: apt-get install chromium)." >&2
  fi
fi

npm ci --no-audit --no-fund
npm run build

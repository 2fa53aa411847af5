#!/usr/bin/env bash
# Playwright suite against `next build && next start`, on Debian's Chromium (or $CHROMIUM_PATH). Never downloads a browser.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "e2e: installing Debian's chromium with apt-get" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "e2e: no Chromium found. Install Debian's 'chromium' package or set CHROMIUM_PATH." >&2
    exit 2
  fi
fi
if [ "${E2E_SKIP_BUILD:-}" != 1 ]; then
  npx next build
fi
exec npx playwright test "$@"

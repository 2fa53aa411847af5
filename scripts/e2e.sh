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
# A free port unless one is given, so a stray server on the default port cannot fail the run.
if [ -z "${E2E_PORT:-}" ]; then
  E2E_PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  export E2E_PORT
fi
exec npx playwright test "$@"

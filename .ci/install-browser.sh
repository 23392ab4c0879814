#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the web page's end-to-end tests
# (src/test/java/dev/ami/server/web). Idempotent and quiet: nothing happens when both binaries
# are present; apt's output is shown only when the installation fails.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "install-browser: could not install chromium and chromium-driver" >&2
  exit 1
fi
echo "install-browser: $(/usr/bin/chromium --version 2>/dev/null | head -1), $(/usr/bin/chromedriver --version | head -1)"

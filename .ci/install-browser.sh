#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the web page's end-to-end tests.
# Idempotent and quiet: does nothing when both binaries are already present.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null

/usr/bin/chromium --version
/usr/bin/chromedriver --version

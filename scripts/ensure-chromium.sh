#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (tools that download their own browser cannot run here).
# Installs it when missing and we are root on Debian; otherwise says what to do.
set -euo pipefail
bin="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$bin" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  exit 0
fi
echo "Browser tests need Chromium at $bin: run 'sudo apt-get install -y chromium' or set CHROMIUM=/path/to/chromium." >&2
exit 1

#!/usr/bin/env bash
# The browser tests drive Debian's Chromium headless shell (package chromium-headless-shell;
# scripts/lib/chromium.ts says why). Install it when missing and we can (root with apt-get);
# otherwise stop with one line saying what to do.
set -euo pipefail
chromium_path="${TEST_CHROMIUM_PATH:-/usr/lib/chromium/chromium-headless-shell}"
[ -x "$chromium_path" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium's headless shell is missing: installing Debian's chromium-headless-shell package (one time)..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null
  [ -x "$chromium_path" ] && exit 0
fi
echo "Chromium's headless shell not found at $chromium_path: install it with 'sudo apt-get install chromium-headless-shell' (or set TEST_CHROMIUM_PATH), then run npm test again." >&2
exit 1

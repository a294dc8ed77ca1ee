#!/usr/bin/env bash
# The browser tests drive Debian's Chromium. Install it when missing and we can (root with
# apt-get); otherwise stop with one line saying what to do.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package (one time)..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$chromium_path" ] && exit 0
fi
echo "Chromium not found at $chromium_path: install it with 'sudo apt-get install chromium' (or set CHROMIUM_PATH), then run npm test again." >&2
exit 1

#!/usr/bin/env bash
# The Nu HTML Checker (vnu.jar) needs Java 11 or newer. Install Debian's default-jre-headless
# when it is missing and we can (root with apt-get); otherwise stop with one line saying what to do.
set -euo pipefail
java_bin="${JAVA:-java}"
command -v "$java_bin" >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Java is missing: installing Debian's default-jre-headless for the HTML checker (one time)..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  command -v "$java_bin" >/dev/null 2>&1 && exit 0
fi
echo "Java not found: install it with 'sudo apt-get install default-jre-headless' (or set JAVA), then run npm test again." >&2
exit 1

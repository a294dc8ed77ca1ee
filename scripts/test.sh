#!/usr/bin/env bash
# npm test: everything that must hold, in the order DECISIONS.md sets. Each Vitest run writes a
# JSON report to test-results/ so .ci/run can print one plain "N passed, N failed" line.
set -euo pipefail
export ASTRO_TELEMETRY_DISABLED=1
rm -rf test-results && mkdir -p test-results

node scripts/check-node.mjs
bash scripts/ensure-chromium.sh
bash scripts/ensure-java.sh
echo "== astro check"
astro check --minimumSeverity warning
echo "== unit and content tests"
vitest run --project unit --project content --reporter=default --reporter=json --outputFile.json=test-results/unit-content.json
echo "== build (for publishing, at a production URL: tests serve it locally and rewrite that origin)"
# A publishing build (PUBLISH=1) at a reserved .example address unless SITE_URL is given, so the
# tests check what a deploy ships: check:deploy (tests/postbuild/deploy.test.ts) finds no localhost.
export SITE_URL="${SITE_URL:-https://who-protects-my-scans.example}"
PUBLISH=1 astro build
pagefind --site dist
# Both stages below check the same build, so the second runs even when the first fails.
status=0
echo "== browser tests (Chromium against dist/: pages, axe in both color schemes, keyboard, privacy, CSP)"
vitest run --project e2e --reporter=default --reporter=json --outputFile.json=test-results/e2e.json || status=$?
echo "== post-build checks over dist/: links (report in test-results/external-links.txt), Nu HTML Checker, CSP rules"
vitest run --project postbuild --reporter=default --reporter=json --outputFile.json=test-results/postbuild.json || status=$?
exit $status

#!/usr/bin/env bash
# npm test: everything that must hold, in the order DECISIONS.md sets. Each Vitest run writes a
# JSON report to test-results/ so .ci/run can print one plain "N passed, N failed" line.
set -euo pipefail
export ASTRO_TELEMETRY_DISABLED=1
rm -rf test-results && mkdir -p test-results

node scripts/check-node.mjs
bash scripts/ensure-chromium.sh
echo "== astro check"
astro check --minimumSeverity warning
echo "== unit and content tests"
vitest run --project unit --project content --reporter=default --reporter=json --outputFile.json=test-results/unit-content.json
echo "== build"
astro build
pagefind --site dist
echo "== browser tests (Chromium against dist/)"
vitest run --project e2e --reporter=default --reporter=json --outputFile.json=test-results/e2e.json

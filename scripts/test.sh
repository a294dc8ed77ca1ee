#!/usr/bin/env bash
# npm test: every check that must hold. Each stage records its exit status, wall time and (for
# Vitest) its JSON report in test-results/stages.tsv; scripts/test-summary.mjs turns that into the
# per-stage table and the closing "N passed, N failed, N skipped" line.
# Order: cheap checks first; the file-system checks over dist/ before the browser sweep, so a
# broken link fails in a minute rather than after the sweep.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
export ASTRO_TELEMETRY_DISABLED=1
rm -rf test-results && mkdir -p test-results
started=$EPOCHREALTIME

# stage <name> <report file or -> <command...>: run one stage and record it.
stage() {
  local name=$1 report=$2
  shift 2
  echo "== $name"
  local start=$EPOCHREALTIME
  "$@"
  local code=$?
  local seconds
  seconds=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
  [ "$report" = "-" ] && report=""
  printf '%s\t%s\t%s\t%s\n' "$name" "$code" "$seconds" "$report" >>test-results/stages.tsv
  if [ $code -eq 0 ]; then echo "== $name: ok in ${seconds}s"; else echo "== $name: FAILED (status $code) in ${seconds}s"; fi
  return $code
}

# Stop here (after printing the summary) when a stage failed.
finish() {
  local code=$1
  local total
  total=$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }')
  echo "== npm test: ${total}s wall"
  # .ci/run prints the summary itself, with its npm ci stage; run alone, npm test prints it here.
  [ -n "${CI_SUMMARY_LATER:-}" ] || node scripts/test-summary.mjs --exit "$code"
  exit "$code"
}

vitest_stage() {
  local name=$1 report=$2
  shift 2
  stage "$name" "$report" vitest run "$@" --reporter=default --reporter=json --outputFile.json="$report"
}

stage 'node guard' - node scripts/check-node.mjs || finish 1
stage 'system tools' - bash -c 'bash scripts/ensure-chromium.sh && bash scripts/ensure-java.sh' || finish 1
stage 'lint' - bash -c 'eslint . && prettier --check --log-level warn .' || finish 1
stage 'astro check' - astro check --minimumSeverity warning || finish 1
vitest_stage 'unit and content' test-results/unit-content.json --project unit --project content || finish 1
# The build is for publishing (PUBLISH=1) at a reserved .example address unless SITE_URL is given,
# so the tests check what a deploy ships; they serve it locally and rewrite that origin, and
# check:deploy (tests/postbuild/deploy.test.ts) finds no localhost address in it.
export SITE_URL="${SITE_URL:-https://who-protects-my-scans.example}"
stage 'build' - bash -c 'PUBLISH=1 astro build && pagefind --site dist' || finish 1
vitest_stage 'post-build checks' test-results/postbuild.json --project postbuild || finish 1
vitest_stage 'browser' test-results/e2e.json --project e2e || finish 1
finish 0

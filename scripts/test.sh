#!/usr/bin/env bash
# npm test: every check that must hold. Each stage records its exit status, wall time, CPU time and
# (for Vitest) its JSON report in test-results/stages.tsv; scripts/test-summary.mjs turns that into
# the per-stage table and the closing "N passed, N failed, N skipped" line.
#
# Order and overlap (two cores): stages that do not depend on each other run side by side.
#   1. node guard, system tools
#   2. lint | unit and content | build            (independent; the build writes .astro/ and dist/)
#   3. astro check | post-build checks             (start as soon as the build ends, beside whatever
#                                                   of step 2 still runs: check reads the .astro/ types
#                                                   the build wrote; file-system checks over dist/
#                                                   fail fast here)
#   4. browser                                      (only when everything before passed)
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
export ASTRO_TELEMETRY_DISABLED=1
rm -rf test-results && mkdir -p test-results/logs
started=$EPOCHREALTIME

# stage <name> <report file or -> <command...>: run one stage and record it.
stage() {
  local name=$1 report=$2
  shift 2
  local start=$EPOCHREALTIME cpu
  cpu_now
  local cpu_before=$cpu
  "$@"
  local code=$?
  local seconds
  seconds=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
  cpu_now
  cpu=$(awk -v a="$cpu_before" -v b="$cpu" 'BEGIN { printf "%.1f", b - a }')
  [ "$report" = "-" ] && report=""
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$code" "$seconds" "$report" "$cpu" >>test-results/stages.tsv
  if [ $code -eq 0 ]; then
    echo "== $name: ok in ${seconds}s (CPU ${cpu}s)"
  else
    echo "== $name: FAILED (status $code) in ${seconds}s (CPU ${cpu}s)"
  fi
  return $code
}

# Set $cpu to the user + system CPU seconds of this shell's finished children (bash's `times`,
# second line; `times` must run in this shell, not in a $(...) subshell).
cpu_now() {
  local file="test-results/logs/times.$BASHPID"
  times >"$file"
  cpu=$(awk 'NR == 2 { n = split($0, f, /[ms]+ */); t = 0; for (i = 1; i < n; i += 2) t += f[i] * 60 + f[i + 1]; printf "%.2f", t }' "$file")
}

vitest_stage() {
  local name=$1 report=$2
  shift 2
  stage "$name" "$report" vitest run "$@" --reporter=default --reporter=json --outputFile.json="$report"
}

# in_background <function>: start it with its output in test-results/logs/<function>.log.
background_pids=()
logs=()
in_background() {
  ("$1") >"test-results/logs/$1.log" 2>&1 &
  background_pids+=($!)
  logs+=("$1")
}

# wait_all: wait for every stage started in the background, then print their logs one after
# another; returns 1 if any failed.
wait_all() {
  local status=0
  for pid in "${background_pids[@]}"; do
    wait "$pid" || status=1
  done
  for fn in "${logs[@]}"; do
    echo "---- ${fn//_/ } (test-results/logs/$fn.log)"
    cat "test-results/logs/$fn.log"
  done
  return $status
}

finish() {
  local code=$1
  local total
  total=$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }')
  echo "== npm test: ${total}s wall, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
  # The time budget (docs/decisions.md, "Tests and CI"): 3.5 minutes at 170 pages, plus 0.7 s for each page more.
  # Printed, not enforced: wall time on a shared machine varies with its load.
  local pages
  pages=$(find dist -name '*.html' -not -path 'dist/pagefind/*' 2>/dev/null | wc -l)
  [ "$pages" -gt 0 ] && echo "== time budget at $pages pages: $(awk -v p="$pages" 'BEGIN { b = 210 + 0.7 * (p - 170); printf "%.0f", (b < 210 ? 210 : b) }')s"
  # .ci/run prints the summary itself, with its npm ci stage; run alone, npm test prints it here.
  [ -n "${CI_SUMMARY_LATER:-}" ] || node scripts/test-summary.mjs --exit "$code"
  exit "$code"
}

lint() { stage 'lint' - bash -c 'eslint . && prettier --check --log-level warn .'; }
unit_and_content() { vitest_stage 'unit and content' test-results/unit-content.json --project unit --project unit-mocks --project content; }
# The build is for publishing (PUBLISH=1) at a reserved .example address unless SITE_URL is given,
# so the tests check what a deploy ships; they serve it locally and rewrite that origin, and
# check:deploy (tests/postbuild/deploy.test.ts) finds no localhost address in it. The unit and
# content tests run without it, as before; the stages after the build see it.
publish_url="${SITE_URL:-https://who-protects-my-scans.example}"
# Memory settings (scripts/lib/build-env.ts): Rolldown's mimalloc hands freed memory back at once, Node's heap capped at 2.5 GB.
build() { SITE_URL="$publish_url" stage 'build' - bash -c 'PUBLISH=1 MIMALLOC_PURGE_DELAY=0 MIMALLOC_ARENA_EAGER_COMMIT=0 NODE_OPTIONS="--max-old-space-size=2560 $NODE_OPTIONS" astro build && pagefind --site dist'; }
astro_check() { stage 'astro check' - astro check --minimumSeverity warning --noSync; }
astro_check_alone() { stage 'astro check' - astro check --minimumSeverity warning; }
post_build_checks() { vitest_stage 'post-build checks' test-results/postbuild.json --project postbuild; }

stage 'node guard' - node scripts/check-node.mjs || finish 1
stage 'system tools' - bash -c 'bash scripts/ensure-chromium.sh && bash scripts/ensure-java.sh' || finish 1
echo "== side by side: lint, unit and content, build; then astro check and post-build checks once the build ends"
in_background lint
in_background unit_and_content
# The build in a subshell of its own too (each stage's CPU figure counts only its own subshell's
# children), waited for by itself, so that astro check and the post-build checks start when it ends.
(build) >test-results/logs/build.log 2>&1 &
wait $!
built=$?
logs+=(build)
export SITE_URL="$publish_url"
if [ $built -eq 0 ]; then
  in_background astro_check
  in_background post_build_checks
else
  # Without a build there are no .astro/ types to check against: let astro check make them.
  in_background astro_check_alone
fi
status=$built
wait_all || status=1
[ $status -eq 0 ] || finish 1
vitest_stage 'browser' test-results/e2e.json --project e2e || finish 1
finish 0

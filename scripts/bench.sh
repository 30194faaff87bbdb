#!/usr/bin/env bash
# Benchmarks (release build, this machine): loading/checking, rules, analytics and the full
# site build for a synthetic 10,000-employee × 36-month company, the example site build,
# and the home page's weight. Usage: scripts/bench.sh [EMPLOYEES] [MONTHS]
set -euo pipefail
cd "$(dirname "$0")/.."
EMPLOYEES=${1:-10000}
MONTHS=${2:-36}
scripts/ensure-deps.sh
echo "==> bench: release build"
swift build -c release --product jixiao >/dev/null
BIN="$(swift build -c release --show-bin-path)/jixiao"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "==> bench: generating a synthetic company ($EMPLOYEES employees × $MONTHS months)"
"$BIN" generate --employees "$EMPLOYEES" --months "$MONTHS" --policies content/policies --output "$WORK/content" 2>&1
du -sh "$WORK/content" | sed 's/^/    content size: /'
measure() { # label, command…  (standard output is discarded, messages kept in $WORK/out)
  local label=$1; shift
  /usr/bin/time -f "%e s, %M KB peak" -o "$WORK/time" "$@" > /dev/null 2> "$WORK/out" || { cat "$WORK/out"; exit 1; }
  printf '%-48s %s\n' "$label" "$(cat "$WORK/time")"
}
echo "==> bench: results"
measure "check (load + validate + rules), $EMPLOYEES × $MONTHS" "$BIN" check "$WORK/content"
measure "results JSON (all stages), $EMPLOYEES × $MONTHS" "$BIN" results "$WORK/content" --timings
sed 's/^/    /' "$WORK/out" | grep -E ' s$'
measure "site build (managers), $EMPLOYEES × $MONTHS" "$BIN" build "$WORK/content" --output "$WORK/site"
grep -E '^==>' "$WORK/out" | sed 's/^/    /'
measure "example site build (managers, zh-CN)" "$BIN" build content --output "$WORK/example"
home=$(( $(stat -c %s "$WORK/example/index.html") + $(stat -c %s "$WORK/example/assets/jixiao.css") + $(stat -c %s "$WORK/example/assets/jixiao.js") ))
echo "example home page + CSS + JS: $home bytes"

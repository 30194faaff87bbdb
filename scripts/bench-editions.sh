#!/usr/bin/env bash
# --all-editions against one managers' build, alternating runs, medians.
# Usage: scripts/bench-editions.sh [EMPLOYEES] [MONTHS] [RUNS] [debug|release]
# (default 2000 × 12, 3 runs, the debug build already in .build; pass release for release
# numbers, which builds the release binary first). Prints the median wall time of each and
# the ratio; the target is --all-editions ≤ 1.5 × one managers' build.
set -euo pipefail
cd "$(dirname "$0")/.."
EMPLOYEES=${1:-2000}
MONTHS=${2:-12}
RUNS=${3:-3}
CONFIG=${4:-debug}
if [ "$CONFIG" = release ]; then swift build -c release --product jixiao >/dev/null; fi
BIN="$(swift build -c "$CONFIG" --show-bin-path)/jixiao"
[ -x "$BIN" ] || { echo "no $BIN: run swift build first" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$BIN" generate --employees "$EMPLOYEES" --months "$MONTHS" --policies content/policies --output "$WORK/generated" >/dev/null 2>&1
seconds() { # command… → wall seconds
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for company in content "$WORK/generated"; do
  label=$([ "$company" = content ] && echo "example company" || echo "generated $EMPLOYEES × $MONTHS")
  : > "$WORK/one"; : > "$WORK/all"
  for _ in $(seq "$RUNS"); do
    seconds "$BIN" build "$company" --quiet -o "$WORK/one-site" >> "$WORK/one"
    seconds "$BIN" build "$company" --quiet --all-editions -o "$WORK/all-site" >> "$WORK/all"
  done
  one=$(median < "$WORK/one"); all=$(median < "$WORK/all")
  editions=$(find "$WORK/all-site" -mindepth 1 -maxdepth 1 -type d ! -name '.*' | wc -l)
  printf '%-26s managers: %6.2f s   --all-editions (%d editions): %6.2f s   ratio %.2f  (%s, median of %d)\n' \
    "$label" "$one" "$editions" "$all" "$(echo "$all / $one" | bc -l)" "$CONFIG" "$RUNS"
done

#!/usr/bin/env bash
# --all-editions against one managers' build, alternating runs, medians of wall and CPU time.
# Usage: scripts/bench-editions.sh [EMPLOYEES|CONTENT-DIR] [MONTHS] [RUNS] [debug|release|BINARY]
# The example company and a second company: a generated EMPLOYEES × MONTHS one (default
# 2000 × 12), or the content folder given (e.g. /tmp/g10k, left untouched). 3 runs by default;
# debug uses the build already in .build, release builds the release binary first, or give a
# jixiao binary's path. Every run builds from scratch into an emptied folder (--rebuild, so the
# up-to-date check and file reuse do not shorten it). CPU is user + system time of the process
# (/usr/bin/time), which other load on the machine disturbs less than wall time. Prints the
# medians and the ratios; the target is --all-editions ≤ 1.5 × one managers' build.
set -euo pipefail
cd "$(dirname "$0")/.."
SECOND=${1:-2000}
MONTHS=${2:-12}
RUNS=${3:-3}
CONFIG=${4:-debug}
if [ -x "$CONFIG" ] && [ -f "$CONFIG" ]; then
  BIN=$CONFIG
else
  if [ "$CONFIG" = release ]; then swift build -c release --product jixiao >/dev/null; fi
  BIN="$(swift build -c "$CONFIG" --show-bin-path)/jixiao"
fi
[ -x "$BIN" ] || { echo "no $BIN: run swift build first" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ -d "$SECOND" ]; then
  GENERATED=$SECOND
  SECOND_LABEL="$(basename "$SECOND")"
else
  "$BIN" generate --employees "$SECOND" --months "$MONTHS" --policies content/policies --output "$WORK/generated" >/dev/null 2>&1
  GENERATED="$WORK/generated"
  SECOND_LABEL="generated $SECOND × $MONTHS"
fi
measure() { # output-folder command… → "wall cpu" seconds
  rm -rf "$1"
  local out=$1
  shift
  /usr/bin/time -f "%e %U %S" -o "$WORK/time" "$@" -o "$out" --rebuild --quiet >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$WORK/time"
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for company in content "$GENERATED"; do
  label=$([ "$company" = content ] && echo "example company" || echo "$SECOND_LABEL")
  : > "$WORK/one"; : > "$WORK/all"
  for _ in $(seq "$RUNS"); do
    measure "$WORK/one-site" "$BIN" build "$company" >> "$WORK/one"
    measure "$WORK/all-site" "$BIN" build "$company" --all-editions >> "$WORK/all"
  done
  one_wall=$(cut -d' ' -f1 "$WORK/one" | median); one_cpu=$(cut -d' ' -f2 "$WORK/one" | median)
  all_wall=$(cut -d' ' -f1 "$WORK/all" | median); all_cpu=$(cut -d' ' -f2 "$WORK/all" | median)
  editions=$(find "$WORK/all-site" -mindepth 1 -maxdepth 1 -type d ! -name '.*' | wc -l)
  printf '%-22s managers: %7.2f s wall %7.2f s CPU   --all-editions (%d): %7.2f s wall %7.2f s CPU   ratio wall %.2f  CPU %.2f  (median of %d)\n' \
    "$label" "$one_wall" "$one_cpu" "$editions" "$all_wall" "$all_cpu" \
    "$(echo "$all_wall / $one_wall" | bc -l)" "$(echo "$all_cpu / $one_cpu" | bc -l)" "$RUNS"
done

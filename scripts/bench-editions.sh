#!/usr/bin/env bash
# --all-editions against one managers' build, alternating runs, medians of wall and CPU time.
# Usage: scripts/bench-editions.sh [EMPLOYEES|CONTENT-DIR] [MONTHS] [RUNS] [debug|release|BINARY]
# The example company and a second company: a generated EMPLOYEES × MONTHS one (default
# 2000 × 12), or the content folder given (e.g. /tmp/g10k, left untouched). 3 runs by default;
# debug uses the build already in .build, release builds the release binary first, or give a
# jixiao binary's path. Every run builds from scratch (--rebuild) into a new, empty folder, so
# the up-to-date check and file reuse do not shorten it. The folders are deleted only when the
# script ends: on a file system without a journal (ext4 here), ext4 skips an inode deleted in
# the last 5–10 s when it allocates one, reading inode tables to find out, so creating files
# right after deleting thousands of them costs seconds of system time that grow with both
# counts (measured: 0.1–0.9 s of system time for the same --all-editions run of the example);
# deleting between runs would measure that, not the build. CPU is user + system time of the
# process (/usr/bin/time), which other load on the machine disturbs less than wall time; user
# time alone is printed too, since system time still depends on what else the machine
# creates and deletes. Prints the medians, the ratios and the load average before and after;
# the target is --all-editions ≤ 1.5 × one managers' build.
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
measure() { # output-folder command… → "wall cpu user" seconds
  local out=$1
  shift
  /usr/bin/time -f "%e %U %S" -o "$WORK/time" "$@" -o "$out" --rebuild --quiet >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  awk '{ printf "%s %.2f %.2f\n", $1, $2 + $3, $2 }' "$WORK/time"
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "load before: $(uptime | sed 's/.*load average: //')"
c=0
for company in content "$GENERATED"; do
  c=$((c + 1))
  label=$([ "$company" = content ] && echo "example company" || echo "$SECOND_LABEL")
  : > "$WORK/one"; : > "$WORK/all"
  for run in $(seq "$RUNS"); do
    measure "$WORK/one-$c-$run" "$BIN" build "$company" >> "$WORK/one"
    measure "$WORK/all-$c-$run" "$BIN" build "$company" --all-editions >> "$WORK/all"
  done
  one_wall=$(cut -d' ' -f1 "$WORK/one" | median); one_cpu=$(cut -d' ' -f2 "$WORK/one" | median); one_user=$(cut -d' ' -f3 "$WORK/one" | median)
  all_wall=$(cut -d' ' -f1 "$WORK/all" | median); all_cpu=$(cut -d' ' -f2 "$WORK/all" | median); all_user=$(cut -d' ' -f3 "$WORK/all" | median)
  editions=$(find "$WORK/all-$c-1" -mindepth 1 -maxdepth 1 -type d ! -name '.*' | wc -l)
  printf '%-22s managers: %7.2f s wall %7.2f s CPU %7.2f s user   --all-editions (%d): %7.2f s wall %7.2f s CPU %7.2f s user   ratio wall %.2f  CPU %.2f  user %.2f  (median of %d)\n' \
    "$label" "$one_wall" "$one_cpu" "$one_user" "$editions" "$all_wall" "$all_cpu" "$all_user" \
    "$(echo "$all_wall / $one_wall" | bc -l)" "$(echo "$all_cpu / $one_cpu" | bc -l)" "$(echo "$all_user / $one_user" | bc -l)" "$RUNS"
done
echo "load after: $(uptime | sed 's/.*load average: //')"

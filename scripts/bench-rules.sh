#!/usr/bin/env bash
# The rules stage (content loaded → every person-month evaluated), old binary beside new.
#
# Runs `jixiao results COMPANY --timings` alternately with the OLD and the NEW binary (so a
# noisy shared machine affects both alike), reads the "rules:" line each prints to standard
# error, and prints the median of each, the ratio new/old and a small Markdown table (the
# one in docs/rules.md, "Speed"). The results JSON of the last run of each is compared too:
# a faster rules stage must not change a byte.
#
# Usage: scripts/bench-rules.sh OLD-BINARY [NEW-BINARY] [COMPANY] [RUNS]
#   NEW-BINARY  default: this checkout's release build (built first when missing)
#   COMPANY     default: a generated 10,000 × 36 company (`jixiao generate`), made once in
#               a temporary folder when not given
#   RUNS        default 5 (each binary)
set -euo pipefail
cd "$(dirname "$0")/.."
OLD=${1:?usage: scripts/bench-rules.sh OLD-BINARY [NEW-BINARY] [COMPANY] [RUNS]}
NEW=${2:-}
COMPANY=${3:-}
RUNS=${4:-5}
if [ -z "$NEW" ]; then
  NEW="$(swift build -c release --show-bin-path)/jixiao"
  [ -x "$NEW" ] || swift build -c release --product jixiao >/dev/null
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ -z "$COMPANY" ]; then
  COMPANY="$WORK/company"
  "$NEW" generate --employees 10000 --months 36 --policies content/policies --output "$COMPANY" >/dev/null 2>&1
fi
rules_seconds() { # binary label → appends the rules stage's seconds to $WORK/label
  "$1" results "$COMPANY" --timings >"$WORK/$2.json" 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  sed -n 's/^rules: \([0-9.]*\) s$/\1/p' "$WORK/err" >>"$WORK/$2"
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
: >"$WORK/old"
: >"$WORK/new"
for _ in $(seq "$RUNS"); do
  rules_seconds "$OLD" old
  rules_seconds "$NEW" new
done
old=$(median <"$WORK/old")
new=$(median <"$WORK/new")
same=$(cmp -s "$WORK/old.json" "$WORK/new.json" && echo "byte-identical" || echo "DIFFERENT")
people=$(awk -F, 'NR > 1' "$COMPANY/employees.csv" 2>/dev/null | wc -l)
echo "rules stage, $(basename "$COMPANY") ($people people), median of $RUNS alternating runs, $(nproc) cores"
echo
echo "| binary | runs (s) | median (s) |"
echo "|---|---|---|"
printf '| old (%s) | %s | %.3f |\n' "$OLD" "$(paste -sd' ' "$WORK/old")" "$old"
printf '| new (%s) | %s | %.3f |\n' "$NEW" "$(paste -sd' ' "$WORK/new")" "$new"
echo
printf 'new / old = %.2f; results JSON %s\n' "$(echo "$new / $old" | bc -l)" "$same"

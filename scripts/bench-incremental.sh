#!/usr/bin/env bash
# Incremental rebuilds (issue 14 item 3): a generated company, alternating runs, medians.
# Usage: scripts/bench-incremental.sh [EMPLOYEES] [MONTHS] [RUNS] [release|debug]
# (default 2000 × 12, 3 runs, release: builds the release binary first). Each round, in
# this order, into one output folder:
#   full        build into an empty folder
#   unchanged   the same input again (up to date: nothing rendered or written)
#   --rebuild   the same input, rendered again (every file's bytes equal: all reused)
#   policy      after appending a sentence to one policy's body (a bodies-only rebuild:
#               no CSV read, no rule evaluated, the other files hard-linked)
#   KPI         after changing one department's KPI rows for the last month
# and prints each one's median wall time, files written / reused and its ratio to the full
# build. The table in docs/site.md ("Speed", "Rebuilds") comes from this script.
set -euo pipefail
cd "$(dirname "$0")/.."
EMPLOYEES=${1:-2000}
MONTHS=${2:-12}
RUNS=${3:-3}
CONFIG=${4:-release}
if [ "$CONFIG" = release ] && [ -z "${NO_BUILD:-}" ]; then swift build -c release --product jixiao >/dev/null; fi
BIN="$(swift build -c "$CONFIG" --show-bin-path)/jixiao"
[ -x "$BIN" ] || { echo "no $BIN: run swift build first" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
COMPANY="$WORK/company"
"$BIN" generate --employees "$EMPLOYEES" --months "$MONTHS" --policies content/policies --output "$COMPANY" >/dev/null 2>&1
LAST=$(ls "$COMPANY/data" | sort | tail -1)

edit_policy() { # appends a numbered sentence to the body of one policy
  printf '\n修订说明 %s：本条款措辞已更新。\n' "$1" >> "$COMPANY/policies/attendance.md"
}

edit_kpi() { # one warehouse team's delayed_shipments in the last month: +1 on odd runs, −1 on even ones
  python3 - "$COMPANY" "$LAST" "$1" <<'PY'
import csv, io, sys
root, month, run = sys.argv[1], sys.argv[2], int(sys.argv[3])
people = list(csv.DictReader(open(f"{root}/employees.csv", encoding="utf-8-sig")))
path = f"{root}/data/{month}/logistics.csv"
rows = list(csv.reader(open(path, encoding="utf-8-sig")))
head = rows[0]
department = {p["id"]: p["department"] for p in people}
role = {p["id"]: p["role"] for p in people}
target = next(department[row[0]] for row in rows[1:] if role.get(row[0]) == "warehouse")
column = head.index("delayed_shipments")
for row in rows[1:]:
    if department.get(row[0]) == target:
        row[column] = str(int(row[column]) + (1 if run % 2 else -1))
out = io.StringIO()
csv.writer(out, lineterminator="\n").writerows(rows)
open(path, "w", encoding="utf-8").write(out.getvalue())
PY
}

run() { # NAME ARGS… → appends "seconds written reused" to $WORK/NAME
  local name=$1 start end line written reused
  shift
  start=$(date +%s.%N)
  "$BIN" build "$COMPANY" -o "$WORK/site" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  end=$(date +%s.%N)
  line=$(grep '^jixiao build:' "$WORK/err" | tail -1)
  if [[ "$line" == *" files ("* ]]; then # "… files (12 files written, 1230 reused), …"
    local numbers=($(echo "$line" | sed -E 's/^[^(]* files \(([^)]*)\).*/\1/' | grep -oE '[0-9]+'))
    written=${numbers[0]} reused=${numbers[1]}
  else
    written=0 reused=0 # up to date: nothing rendered, nothing written
  fi
  echo "$(echo "$end - $start" | bc -l) $written $reused" >> "$WORK/$name"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

LOAD_BEFORE=$(uptime)
for i in $(seq "$RUNS"); do
  rm -rf "$WORK/site"
  run full
  run unchanged
  run rebuild --rebuild
  edit_policy "$i"
  run policy
  edit_kpi "$i"
  run kpi
done

full=$(cut -d' ' -f1 "$WORK/full" | median)
printf '%s × %s months, %s build, median of %s alternating rounds\n' "$EMPLOYEES" "$MONTHS" "$CONFIG" "$RUNS"
printf 'load before: %s\nload after:  %s\n' "$LOAD_BEFORE" "$(uptime)"
printf '| rebuild | time (s) | files written | files reused | of a full build |\n|---|---:|---:|---:|---:|\n'
for name in full unchanged rebuild policy kpi; do
  case $name in
    full) label="full build into an empty folder" ;;
    unchanged) label="unchanged input (up to date)" ;;
    rebuild) label="unchanged input, --rebuild" ;;
    policy) label="one policy's body edited" ;;
    kpi) label="one department's KPI rows, one month" ;;
  esac
  t=$(cut -d' ' -f1 "$WORK/$name" | median)
  w=$(cut -d' ' -f2 "$WORK/$name" | median)
  r=$(cut -d' ' -f3 "$WORK/$name" | median)
  printf '| %s | %.2f | %d | %d | %.1f %% |\n' "$label" "$t" "$w" "$r" "$(echo "100 * $t / $full" | bc -l)"
done

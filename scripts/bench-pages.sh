#!/usr/bin/env bash
# Before/after of a whole-site build, stage by stage: two binaries build the same company in
# alternating runs (old, new, old, new, …), each into a fresh folder; prints the medians of
# every stage line, wall time, CPU time (user + system) and peak memory, with the ratio
# new / old, as a Markdown table, and the load average before and after.
# Usage: scripts/bench-pages.sh OLD_BIN NEW_BIN CONTENT [RUNS] [extra build options…]
# KEEP=<folder> keeps the last run's sites as <folder>/old and <folder>/new (to compare with diff -r).
set -euo pipefail
OLD=$1; NEW=$2; CONTENT=$3; RUNS=${4:-3}; shift 4 2>/dev/null || shift $#
WORK=$(mktemp -d)
trap 'rm -rf "$WORK/site"' EXIT
echo "load before: $(uptime | sed 's/.*load average: //')"
for run in $(seq 1 "$RUNS"); do
  for which in old new; do
    bin=$OLD; [ "$which" = new ] && bin=$NEW
    rm -rf "$WORK/site"
    /usr/bin/time -f "TIME %e %U %S %M" -o "$WORK/time" "$bin" build "$CONTENT" -o "$WORK/site" "$@" > "$WORK/out" 2>&1 \
      || { cat "$WORK/out"; exit 1; }
    { grep -E '^==>' "$WORK/out"; cat "$WORK/time"; } > "$WORK/$which-$run.txt"
    echo "run $run $which: $(cat "$WORK/time") (stage lines in $WORK/$which-$run.txt)"
    if [ -n "${KEEP:-}" ] && [ "$run" = "$RUNS" ]; then mkdir -p "$KEEP"; rm -rf "${KEEP:?}/$which"; mv "$WORK/site" "$KEEP/$which"; fi
  done
done
echo "load after: $(uptime | sed 's/.*load average: //')"
python3 - "$WORK" "$RUNS" <<'PY'
import re, statistics, sys
work, runs = sys.argv[1], int(sys.argv[2])
def read(which):
    rows = {}
    for run in range(1, runs + 1):
        for line in open(f"{work}/{which}-{run}.txt"):
            if line.startswith("TIME"):
                wall, user, sys_, peak = map(float, line.split()[1:])
                for k, v in (("wall time (s)", wall), ("CPU time, user + system (s)", user + sys_), ("peak memory (MiB)", peak / 1024)):
                    rows.setdefault(k, []).append(v)
            else:
                m = re.match(r"==> ([^:(]+?)(?::.*)? \(([\d.]+) s\)", line.strip())
                if m: rows.setdefault("stage " + m.group(1) + " (s)", []).append(float(m.group(2)))
    return {k: statistics.median(v) for k, v in rows.items()}
old, new = read("old"), read("new")
print(f"\n| median of {runs} alternating runs | old | new | new / old |\n|---|---:|---:|---:|")
for k in old:
    if k in new:
        print(f"| {k} | {old[k]:.2f} | {new[k]:.2f} | {new[k] / old[k]:.2f}× |" if old[k] else f"| {k} | {old[k]:.2f} | {new[k]:.2f} | |")
PY

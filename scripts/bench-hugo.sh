#!/usr/bin/env bash
# Jixiao beside Hugo, measured in the same run (release build, this machine).
#
# The anchor is Hugo (Debian's package) building one page per person of the same synthetic
# company — a table of the person's months with scores and grades and an SVG trend line,
# from front matter (scripts/bench/make-hugo-anchor.py). Jixiao builds its whole managers'
# site (every page, all computation, the results data) from the CSV content.
# Runs alternate (Jixiao, Hugo, Jixiao, Hugo …) so that a noisy shared machine affects
# both alike; each run writes a fresh output folder, removed outside the timing.
# Prints medians of wall time, CPU time (user + system) and peak memory, and the ratios.
#
# Usage: scripts/bench-hugo.sh [EMPLOYEES] [MONTHS] [RUNS]     (default 10000 36 3)
# NO_BUILD=1 skips the release build; BIN=<binary> measures another build; CONTENT=<folder> uses a company generated before
# (EMPLOYEES and MONTHS are then only labels). The stage lines of the first Jixiao run are printed last.
set -euo pipefail
cd "$(dirname "$0")/.."
EMPLOYEES=${1:-10000}
MONTHS=${2:-36}
RUNS=${3:-3}
scripts/ensure-deps.sh
if ! command -v hugo >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "==> bench-hugo: installing hugo from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null
  else
    echo "hugo is missing: sudo apt-get install -y hugo" >&2; exit 1
  fi
fi
echo "==> bench-hugo: release build"
if [ -n "${BIN:-}" ]; then NO_BUILD=1; fi # BIN=<binary> measures that binary (e.g. an older build)
[ -n "${NO_BUILD:-}" ] || swift build -c release --product jixiao >/dev/null
BIN="${BIN:-$(swift build -c release --show-bin-path)/jixiao}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "==> bench-hugo: synthetic company, $EMPLOYEES employees × $MONTHS months"
if [ -n "${CONTENT:-}" ]; then # an already generated company (read only), e.g. CONTENT=/tmp/g10k
  ln -s "$CONTENT" "$WORK/content"
else
  "$BIN" generate --employees "$EMPLOYEES" --months "$MONTHS" --policies content/policies --output "$WORK/content" >/dev/null 2>&1
fi
"$BIN" results "$WORK/content" > "$WORK/results.json"
python3 scripts/bench/make-hugo-anchor.py "$WORK/results.json" "$WORK/hugo"
rm -f "$WORK/results.json"
echo "==> bench-hugo: $(hugo version | cut -d' ' -f1-2), $RUNS alternating runs"

run() { # name, output, command… → appends "wall cpu rss_kb" to $WORK/<name>.times
  local name=$1 out=$2; shift 2
  rm -rf "$out"; sync
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/t" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err"; exit 1; }
  awk '{printf "%.3f %.3f %d\n", $1, $2 + $3, $4}' "$WORK/t" >> "$WORK/$name.times"
  echo "    $name run: $(tail -1 "$WORK/$name.times" | awk '{printf "%s s wall, %s s CPU, %d MiB", $1, $2, $3/1024}')"
}
for i in $(seq "$RUNS"); do
  run jixiao "$WORK/site" "$BIN" build "$WORK/content" --output "$WORK/site"
  [ "$i" = 1 ] && cp "$WORK/err" "$WORK/stages" # the stage lines jixiao prints, of the first run
  jixiao_files=$(find "$WORK/site" -type f | wc -l); jixiao_size=$(du -sm "$WORK/site" | cut -f1)
  rm -rf "$WORK/site"
  run hugo "$WORK/hugo/public" hugo --quiet --source "$WORK/hugo" --destination "$WORK/hugo/public"
  hugo_files=$(find "$WORK/hugo/public" -type f | wc -l); hugo_size=$(du -sm "$WORK/hugo/public" | cut -f1)
  rm -rf "$WORK/hugo/public"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
col() { awk -v c="$2" '{print $c}' "$WORK/$1.times" | median; }
jw=$(col jixiao 1); jc=$(col jixiao 2); jm=$(col jixiao 3)
hw=$(col hugo 1); hc=$(col hugo 2); hm=$(col hugo 3)
echo
echo "| $EMPLOYEES × $MONTHS, median of $RUNS | Jixiao (whole site) | Hugo (person pages) | ratio |"
echo "|---|---|---|---|"
awk -v j="$jw" -v h="$hw" 'BEGIN {printf "| wall time | %.2f s | %.2f s | %.2f× |\n", j, h, j / h}'
awk -v j="$jc" -v h="$hc" 'BEGIN {printf "| CPU time (user + system) | %.2f s | %.2f s | %.2f× |\n", j, h, j / h}'
awk -v j="$jm" -v h="$hm" 'BEGIN {printf "| peak memory | %d MiB | %d MiB | %.2f× |\n", j / 1024, h / 1024, j / h}'
echo "| output | $jixiao_files files, $jixiao_size MB | $hugo_files files, $hugo_size MB | |"
echo
echo "Stages of the first Jixiao run ($BIN):"
grep -E '^(==>|jixiao build)' "$WORK/stages" | sed 's/^/    /'

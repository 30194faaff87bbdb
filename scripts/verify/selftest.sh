#!/usr/bin/env bash
# Self-test of the verification suite: run.py must pass on the good mock site (and on a mock
# full of correctly escaped hostile data), and must fail, naming the right check, on each
# deliberately broken variant made by make_variant.py.
# usage: scripts/verify/selftest.sh [VARIANT...]      (default: all)
set -u
cd "$(dirname "$0")/../.."
PY=.tools/venv/bin/python
if [ ! -x "$PY" ]; then echo "selftest: $PY missing; run scripts/verify/setup.sh first" >&2; exit 2; fi
SRC=Tests/browser-mock/site
WORK=$(mktemp -d "${TMPDIR:-/tmp}/jixiao-selftest.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
START=$(date +%s)
pass=0; fail=0

make() { "$PY" scripts/verify/make_variant.py "$SRC" "$WORK/$1" "$1" >/dev/null || { echo "selftest: cannot make $1"; exit 2; }; }

# expect CHECK VARIANT [run.py options...]   (CHECK "-" = must pass)
expect() {
  local check=$1 name=$2; shift 2
  make "$name"
  local log="$WORK/$name.log" t0=$(date +%s)
  "$PY" scripts/verify/run.py "$@" >"$log" 2>&1
  local rc=$? dt=$(( $(date +%s) - t0 ))
  local summary; summary=$(tail -n 1 "$log")
  if [ "$check" = "-" ]; then
    if [ $rc -eq 0 ]; then echo "ok   $name passes (${dt}s; $summary)"; pass=$((pass+1))
    else echo "FAIL $name should pass but exit=$rc (${dt}s):"; grep -E '^(FAIL|    -)' "$log" | head -30; fail=$((fail+1)); fi
  else
    local failed; failed=$(grep '^failed checks:' "$log" || true)
    if [ $rc -eq 1 ] && printf '%s\n' "$failed" | grep -qE "[:,] $check \("; then
      echo "ok   $name fails with [$check] (${dt}s; $summary)"; pass=$((pass+1))
    else echo "FAIL $name: expected failure of [$check], got exit=$rc; ${failed:-no failed checks}"; tail -n 25 "$log"; fail=$((fail+1)); fi
  fi
}

ALL="good hostile-ok broken-link bad-fragment external root-absolute invalid-html no-skip-link axe-light axe-dark-only
console-error sort-as-text sort-no-aria filter-noop search-wrong-root search-no-live hostile-raw hostile-innerhtml"
for v in ${@:-$ALL}; do
  case $v in
    good)          make hostile-ok; expect - good --site "mock=$WORK/good" --hostile "$WORK/hostile-ok" --screenshots "$WORK/screenshots" ;;
    hostile-ok)    ;;  # exercised by "good" (as --hostile)
    broken-link|bad-fragment|external|root-absolute) expect links "$v" --no-browser --site "mock=$WORK/$v" ;;
    invalid-html)  expect html "$v" --no-browser --site "mock=$WORK/$v" ;;
    no-skip-link)  expect contract "$v" --no-browser --no-html --site "mock=$WORK/$v" ;;
    axe-light)     expect axe-light "$v" --no-html --site "mock=$WORK/$v" ;;
    axe-dark-only) expect axe-dark "$v" --no-html --site "mock=$WORK/$v" ;;
    console-error) expect console:file "$v" --no-html --site "mock=$WORK/$v" ;;
    sort-as-text|sort-no-aria) expect sort:file "$v" --no-html --site "mock=$WORK/$v" ;;
    filter-noop)   expect filter:file "$v" --no-html --site "mock=$WORK/$v" ;;
    search-wrong-root|search-no-live) expect search:file "$v" --no-html --site "mock=$WORK/$v" ;;
    hostile-raw|hostile-innerhtml) expect hostile "$v" --no-html --hostile "$WORK/$v" ;;
    *) echo "selftest: unknown variant $v" >&2; exit 2 ;;
  esac
done
[ -d "$WORK/screenshots" ] && n=$(ls "$WORK/screenshots" | wc -l) && echo "screenshots written for the good mock: $n"
echo "selftest time: $(( $(date +%s) - START ))s"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]

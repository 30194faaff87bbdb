#!/usr/bin/env bash
# Builds the example site for both audiences and both languages, plus a site from hostile
# data, and checks them as a user would: Nu HTML checker, links, a real browser (file:// and
# a sub-path server), axe-core, hostile data, screenshots (kept in artifacts/screenshots).
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "==> verify: installing the browser test tools when missing"
scripts/verify/setup.sh
# The debug build that `make unit-test` already made (VERIFY_CONFIG=release to check that
# one): a second, release build of every dependency would add minutes to CI.
CONFIG=${VERIFY_CONFIG:-debug}
swift build -c "$CONFIG" --product jixiao >/dev/null
JIXIAO="$(swift build -c "$CONFIG" --show-bin-path)/jixiao"
OUT=.build/verify
rm -rf "$OUT" && mkdir -p "$OUT"
step() { echo "==> verify [$SECONDS s]: $*"; }
# The six builds are independent: they run side by side (each in the background, its log kept),
# and every one must succeed.
pids=()
start() { local log="$OUT/$1.log"; shift; "$@" >"$log" 2>&1 & pids+=("$!:$log"); }
for audience in managers staff; do
  for locale in zh-CN en; do
    step "building the example site ($audience, $locale)"
    start "$audience-$locale" "$JIXIAO" build content --audience "$audience" --locale "$locale" --output "$OUT/$audience-$locale" --quiet
  done
done
step "building a site from hostile data"
python3 scripts/make-hostile-content.py content "$OUT/hostile-content"
start hostile "$JIXIAO" build "$OUT/hostile-content" --output "$OUT/hostile" --quiet
step "all editions at once, served by nginx (links per edition, nginx -t, logins)"
start editions "$JIXIAO" build content --all-editions --output "$OUT/editions" --quiet
failed=0
for job in "${pids[@]}"; do
  if ! wait "${job%%:*}"; then failed=1; echo "verify: a build failed (${job#*:}):"; fi
  cat "${job#*:}"  # what the build printed (nothing with --quiet unless it warns or fails)
done
[ "$failed" -eq 0 ]
step "sites built"
.tools/venv/bin/python scripts/verify/check_editions.py "$OUT/editions"
mkdir -p artifacts/screenshots
step "HTML checker, links, browser, accessibility, hostile data, screenshots"
.tools/venv/bin/python scripts/verify/run.py \
  --site managers-zh="$OUT/managers-zh-CN" --site managers-en="$OUT/managers-en" \
  --site staff-zh="$OUT/staff-zh-CN" --site staff-en="$OUT/staff-en" \
  --hostile "$OUT/hostile" --screenshots artifacts/screenshots
step "done"

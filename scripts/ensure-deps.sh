#!/usr/bin/env bash
# Makes sure the C library Jixiao renders Markdown with (libcmark, Debian's libcmark-dev)
# is installed. As root it installs it with apt; otherwise it prints the command to run.
set -euo pipefail
if pkg-config --exists libcmark 2>/dev/null; then
  exit 0
fi
echo "==> libcmark-dev is missing: Jixiao renders Markdown with libcmark."
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "==> Installing libcmark-dev with apt-get (running as root)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq libcmark-dev pkg-config >/dev/null
  echo "==> libcmark-dev installed: $(pkg-config --modversion libcmark)"
else
  echo "Run this once, then try again:" >&2
  echo "    sudo apt-get update && sudo apt-get install -y libcmark-dev pkg-config" >&2
  exit 1
fi

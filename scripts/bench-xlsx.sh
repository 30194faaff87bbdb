#!/bin/bash
# Times reading a 10,000-row Excel sheet (release build): the issue asks for ≤ 1 s.
# Usage: scripts/bench-xlsx.sh [ROWS] [RUNS]   (exits 2 when the median is over 1 s)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product jixiao-xlsx-bench >/dev/null
"$(swift build -c release --show-bin-path)/jixiao-xlsx-bench" "${1:-10000}" "${2:-5}"

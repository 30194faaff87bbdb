#!/usr/bin/env bash
# Benchmark: Jixiao's Markdown rendering vs the cmark CLI on the same 1,000 policy-like
# Markdown files (Chinese text, headings, lists, a ```table block each, links between them).
#
#   scripts/bench-markdown.sh [COUNT] [DIR]
#
# Prints: cmark CLI over all files in one process, cmark CLI once per file, and Jixiao's
# in-process time (MarkdownBenchmark test, release build, gated by JIXIAO_BENCH=1).
set -euo pipefail

count="${1:-1000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${2:-$root/.build/bench-markdown}"
cmark_opts=(--smart --validate-utf8)

command -v cmark >/dev/null || { echo "cmark CLI not found (apt-get install cmark)" >&2; exit 1; }

rm -rf "$dir"
mkdir -p "$dir"

# Generate the files with awk (no other tool needed).
awk -v n="$count" -v dir="$dir" 'BEGIN {
  srand(42)
  split("员工 考核 绩效 部门 主管 月度 季度 评分 奖金 出勤 迟到 早退 投诉 培训 安全 质量 效率 配送 仓储 客户", w, " ")
  nw = 20
  for (i = 0; i < n; i++) {
    f = sprintf("%s/policy-%04d.md", dir, i)
    next1 = sprintf("policy-%04d.md", (i + 1) % n)
    next2 = sprintf("policy-%04d.md", (i + 7) % n)
    printf "# 第%d号制度：物流部月度绩效考核办法\n\n", i > f
    printf "## 一、总则\n\n" > f
    for (p = 0; p < 3; p++) {
      line = ""
      for (k = 0; k < 40; k++) line = line w[int(rand() * nw) + 1]
      printf "%s，**%s**，详见[%s](%s#二-考核项目)。\n\"%s\"的说明--以本制度为准...\n\n", line, w[p + 1], "相关制度", next1, w[p + 3] > f
    }
    printf "## 二、考核项目\n\n### 2.1 出勤\n\n" > f
    for (k = 1; k <= 6; k++) printf "- 第%d项：%s%s按*月*统计，见 [说明](#一-总则)\n", k, w[k], w[k + 6] > f
    printf "\n### 2.2 扣分\n\n```table 扣分标准\n项目,扣分,说明\n" > f
    for (k = 1; k <= 8; k++) printf "%s,%d,\"每次, %s\"\n", w[k + 2], k, w[k + 10] > f
    printf "```\n\n## 三、等级\n\n" > f
    for (k = 1; k <= 4; k++) printf "%d. 等级 %c：得分不低于 %d 分，参见[制度](%s)\n", k, 64 + k, 100 - 10 * k, next2 > f
    printf "\n> 注意：%s%s%s的认定由人力资源部负责。\n\n", w[5], w[6], w[7] > f
    printf "## 四、附则\n\n本办法自 `2025-12` 起施行，由[人力资源部](https://example.com/hr)解释。\n" > f
    close(f)
  }
}'

files=("$dir"/policy-*.md)
echo "files: ${#files[@]} in $dir ($(cat "${files[@]}" | wc -c) bytes)"

t0=$(date +%s.%N)
cmark "${cmark_opts[@]}" "${files[@]}" > /dev/null
t1=$(date +%s.%N)
one=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
printf 'cmark CLI, one process, all files : %.3f s\n' "$one"

t0=$(date +%s.%N)
for f in "${files[@]}"; do cmark "${cmark_opts[@]}" "$f" > /dev/null; done
t1=$(date +%s.%N)
loop=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
printf 'cmark CLI, one process per file   : %.3f s\n' "$loop"

cd "$root"
JIXIAO_BENCH=1 JIXIAO_BENCH_DIR="$dir" JIXIAO_BENCH_CMARK_SECONDS="$one" \
  swift test -c release --filter MarkdownBenchmark 2>&1 | grep -E '^(jixiao|ratio)|✘|error:' || true

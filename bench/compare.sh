#!/usr/bin/env bash
# Runs the reference C loop and momentum4j's BenchRunner on the same workloads, one after the other in the
# same run, and prints the ratio of their median items per second as a table.
#
#   bench/compare.sh [--no-build] [WORKLOAD ...]       (default workloads: W1 W2)
#
# The C source is looked up at ../shared/reference/online_mlp.c relative to the repository root (override
# with M4J_C_REFERENCE=/path/to/dir); if it is missing, the C column is skipped with a message.
# Only ratios measured in one run mean anything: the machine's load changes absolute numbers.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=1
workloads=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    W1|W2|w1|w2) workloads+=("${arg^^}") ;;
    *) echo "compare.sh: unknown argument '$arg' (expected --no-build, W1 or W2)" >&2; exit 2 ;;
  esac
done
[ ${#workloads[@]} -eq 0 ] && workloads=(W1 W2)

ref_dir=${M4J_C_REFERENCE:-$root/../shared/reference}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

c_bin=""
if [ -f "$ref_dir/online_mlp.c" ]; then
  if command -v gcc >/dev/null 2>&1; then
    gcc -O3 -march=native -o "$tmp/online_mlp" "$ref_dir/online_mlp.c" -lm
    c_bin="$tmp/online_mlp"
  else
    echo "compare.sh: gcc not found; skipping the C reference column" >&2
  fi
else
  echo "compare.sh: no C reference at $ref_dir/online_mlp.c; skipping the C column" \
       "(set M4J_C_REFERENCE to the folder that holds online_mlp.c)" >&2
fi

if [ "$build" = 1 ]; then
  (cd "$root" && ./mvnw -q -pl bench -am package -DskipTests)
fi
jar="$root/bench/target/benchmarks.jar"
[ -f "$jar" ] || { echo "compare.sh: $jar not found; run without --no-build" >&2; exit 2; }
java_cmd=${JAVA:-java}

# "median N items/s (min A, max B)" -> "N A B"
parse() { sed -n 's/^median \([0-9]*\) items\/s (min \([0-9]*\), max \([0-9]*\)).*/\1 \2 \3/p' "$1"; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//'),"\
     "$("$java_cmd" -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
rows=()
for w in "${workloads[@]}"; do
  c="-"; c_range=""
  if [ -n "$c_bin" ]; then
    echo "running C $w ..." >&2
    "$c_bin" "$w" >"$tmp/c_$w.txt" || { echo "compare.sh: C $w failed:" >&2; cat "$tmp/c_$w.txt" >&2; exit 1; }
    read -r c cmin cmax < <(parse "$tmp/c_$w.txt")
    c_range="($cmin-$cmax)"
  fi
  echo "running momentum4j $w ..." >&2
  "$java_cmd" -cp "$jar" org.momentum4j.bench.BenchRunner "$w" >"$tmp/j_$w.txt" \
    || { echo "compare.sh: momentum4j $w failed:" >&2; cat "$tmp/j_$w.txt" >&2; exit 1; }
  read -r j jmin jmax < <(parse "$tmp/j_$w.txt")
  ratio="-"
  [ "$c" != "-" ] && ratio=$(awk -v a="$j" -v b="$c" 'BEGIN { printf "%.2f", a / b }')
  rows+=("$w|$c $c_range|$j ($jmin-$jmax)|$ratio")
done

{
  echo "workload|C items/s median (min-max)|momentum4j items/s median (min-max)|momentum4j / C"
  for r in "${rows[@]}"; do echo "$r"; done
} | if command -v column >/dev/null 2>&1; then column -t -s '|'; else tr '|' '\t'; fi

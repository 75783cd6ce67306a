#!/usr/bin/env bash
# Trains the same W1 and W2 networks online with classical momentum in momentum4j, Encog and Neuroph (and,
# with --gpl, Weka and Smile), each library in a fresh JVM, plus the reference C loop when its source is
# found, and prints items per second with ratios.
#
#   bench/compare-libraries.sh [--no-build] [--no-vector] [--gpl] [--reps N] [--warmup-seconds S] [WORKLOAD ...]
#                              (default: --reps 5 --warmup-seconds 2 W1 W2)
#
# Each library: warm-up repetitions for --warmup-seconds (at least one), then N timed repetitions, each from
# fresh weights; median and range; the run fails if a library's loss did not fall. The libraries run one
# after the other per workload, so they see similar machine load; only the ratios mean anything.
# --gpl builds bench with -Pcompare-gpl too (Weka 3.8 and Smile 3.1.1 are GPL 3: fine to run locally,
# but the resulting bench/target/benchmarks.jar bundles them and must not be distributed).
# The C source is looked up at ../shared/reference/online_mlp.c relative to the repository root (override
# with M4J_C_REFERENCE=/path/to/dir); if it is missing, the C column is skipped with a message.
# Every JVM gets --add-modules jdk.incubator.vector (momentum4j's optional SIMD kernels; the other libraries
# ignore it); --no-vector leaves it out.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=1
gpl=0
reps=5
warmup=2
jvm_opts=(--add-modules jdk.incubator.vector)
workloads=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --gpl) gpl=1 ;;
    --no-vector) jvm_opts=() ;;
    --reps)
      [ $# -ge 2 ] && [[ "$2" =~ ^[1-9][0-9]*$ ]] || { echo "compare-libraries.sh: --reps expects an integer >= 1" >&2; exit 2; }
      reps=$2; shift ;;
    --warmup-seconds)
      [ $# -ge 2 ] && [[ "$2" =~ ^[0-9]+([.][0-9]+)?$ ]] || { echo "compare-libraries.sh: --warmup-seconds expects a number >= 0" >&2; exit 2; }
      warmup=$2; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    W1|W2|w1|w2) workloads+=("${1^^}") ;;
    *) echo "compare-libraries.sh: unknown argument '$1' (expected --no-build, --no-vector, --gpl, --reps N, --warmup-seconds S, W1 or W2)" >&2; exit 2 ;;
  esac
  shift
done
[ ${#workloads[@]} -eq 0 ] && workloads=(W1 W2)
libraries=(momentum4j encog neuroph)
profiles=compare-libraries
if [ "$gpl" = 1 ]; then
  libraries+=(weka smile)
  profiles=compare-libraries,compare-gpl
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
script=compare-libraries.sh
# shellcheck source=c-reference.sh
. "$here/c-reference.sh"

if [ "$build" = 1 ]; then
  (cd "$root" && ./mvnw -q -pl bench -am package -DskipTests -P"$profiles")
fi
jar="$root/bench/target/benchmarks.jar"
[ -f "$jar" ] || { echo "compare-libraries.sh: $jar not found; run without --no-build" >&2; exit 2; }
java_cmd=${JAVA:-java}

# "median N items/s (min A, max B)..." -> "N A B"
parse() { sed -n 's/^median \([0-9]*\) items\/s (min \([0-9]*\), max \([0-9]*\)).*/\1 \2 \3/p' "$1"; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//'),"\
     "$("$java_cmd" -version 2>&1 | head -1), JVM options: ${jvm_opts[*]:-none (--no-vector)}, load before $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
for w in "${workloads[@]}"; do
  if [ -n "$c_bin" ]; then
    echo "$w: C ..." >&2
    "$c_bin" "$w" >"$tmp/out.txt" || { echo "compare-libraries.sh: C $w failed:" >&2; cat "$tmp/out.txt" >&2; exit 1; }
    parse "$tmp/out.txt" >"$tmp/C_$w"
    [ -s "$tmp/C_$w" ] || echo "$(sed -n 's/^median \([0-9]*\) items\/s.*/\1 - -/p' "$tmp/out.txt")" >"$tmp/C_$w"
  fi
  for lib in "${libraries[@]}"; do
    echo "$w: $lib ..." >&2
    "$java_cmd" ${jvm_opts[@]+"${jvm_opts[@]}"} -cp "$jar" org.momentum4j.bench.compare.LibraryRunner "$lib" "$w" --reps "$reps" \
      --warmup-seconds "$warmup" >"$tmp/out.txt" \
      || { echo "compare-libraries.sh: $lib $w failed:" >&2; cat "$tmp/out.txt" >&2; exit 1; }
    parse "$tmp/out.txt" >"$tmp/${lib}_$w"
    grep '^median' "$tmp/out.txt" | sed "s/^/  $w: /" >&2
  done
done
echo "load after $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"

{
  echo "workload|library|items/s median|min|max|momentum4j / library|library / C"
  for w in "${workloads[@]}"; do
    m=$(cut -d' ' -f1 "$tmp/momentum4j_$w")
    c=""
    [ -f "$tmp/C_$w" ] && c=$(cut -d' ' -f1 "$tmp/C_$w")
    rows=("${libraries[@]}")
    [ -n "$c" ] && rows=(C "${rows[@]}")
    for lib in "${rows[@]}"; do
      read -r med lo hi <"$tmp/${lib}_$w"
      vs_m=$(awk -v a="$m" -v b="$med" 'BEGIN { printf "%.2f", a / b }')
      vs_c="-"
      [ -n "$c" ] && vs_c=$(awk -v a="$med" -v b="$c" 'BEGIN { printf "%.2f", a / b }')
      echo "$w|$lib|$med|$lo|$hi|$vs_m|$vs_c"
    done
  done
} | if command -v column >/dev/null 2>&1; then column -t -s '|'; else tr '|' '\t'; fi

#!/usr/bin/env bash
# Runs the reference C loop and momentum4j's BenchRunner on the same workloads, alternating in the same
# run, and prints the ratio of their items per second as a table.
#
#   bench/compare.sh [--no-build] [--no-vector] [--rounds N] [--scaling] [WORKLOAD ...]   (default: --rounds 3 W1 W2)
#
# Each round runs, per workload, the C program then BenchRunner (each: warm-up, 7 timed repetitions,
# median). The table shows the median over rounds of each side's median, and the median (min-max) over
# rounds of the per-round ratio momentum4j / C: alternating keeps both sides exposed to the same machine
# load, so on a shared machine the ratio is the figure to quote, never the absolute numbers.
# Each round also runs BenchRunner with --statistics off right after, the same training without each
# item's loss and accuracy (which the C loop does not compute either); the table's "no statistics" rows
# compare that with the same round's C run.
# With W2, each round also runs BenchRunner W2 --precision float right after the double run, and the table
# gets a row "W2 float" whose ratio is float / double (issue 4's single-precision target), not against C.
# --scaling adds a table of W2 mini-batch training (batch 32, 64, 128 and 256, 3 epochs) with nproc
# threads against 1 thread, alternated the same way.
# The C source is looked up at ../shared/reference/online_mlp.c relative to the repository root (override
# with M4J_C_REFERENCE=/path/to/dir); if it is missing, the C column is skipped with a message.
# momentum4j runs with --add-modules jdk.incubator.vector (its optional SIMD kernels, same results);
# --no-vector measures the plain loops instead.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=1
rounds=3
scaling=0
jvm_opts=(--add-modules jdk.incubator.vector)
scaling_batches="32 64 128 256"
workloads=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --scaling) scaling=1 ;;
    --no-vector) jvm_opts=() ;;
    --rounds)
      [ $# -ge 2 ] && [[ "$2" =~ ^[1-9][0-9]*$ ]] || { echo "compare.sh: --rounds expects an integer >= 1" >&2; exit 2; }
      rounds=$2; shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    W1|W2|w1|w2) workloads+=("${1^^}") ;;
    *) echo "compare.sh: unknown argument '$1' (expected --no-build, --no-vector, --rounds N, --scaling, W1 or W2)" >&2; exit 2 ;;
  esac
  shift
done
[ ${#workloads[@]} -eq 0 ] && workloads=(W1 W2)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
script=compare.sh
# shellcheck source=c-reference.sh
. "$here/c-reference.sh"

if [ "$build" = 1 ]; then
  (cd "$root" && ./mvnw -q -pl bench -am package -DskipTests)
fi
jar="$root/bench/target/benchmarks.jar"
[ -f "$jar" ] || { echo "compare.sh: $jar not found; run without --no-build" >&2; exit 2; }
java_cmd=${JAVA:-java}

# "median N items/s (min A, max B)..." -> "N"
parse() { sed -n 's/^median \([0-9]*\) items\/s.*/\1/p' "$1"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.6g\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//'),"\
     "$("$java_cmd" -version 2>&1 | head -1), kernels: ${jvm_opts[*]:-plain loops (--no-vector)}, load before $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
for ((r = 1; r <= rounds; r++)); do
  for w in "${workloads[@]}"; do
    c=""
    if [ -n "$c_bin" ]; then
      echo "round $r: C $w ..." >&2
      "$c_bin" "$w" >"$tmp/out.txt" || { echo "compare.sh: C $w failed:" >&2; cat "$tmp/out.txt" >&2; exit 1; }
      c=$(parse "$tmp/out.txt")
      echo "$c" >>"$tmp/c_$w"
    fi
    echo "round $r: momentum4j $w ..." >&2
    "$java_cmd" ${jvm_opts[@]+"${jvm_opts[@]}"} -cp "$jar" org.momentum4j.bench.BenchRunner "$w" >"$tmp/out.txt" \
      || { echo "compare.sh: momentum4j $w failed:" >&2; cat "$tmp/out.txt" >&2; exit 1; }
    j=$(parse "$tmp/out.txt")
    echo "$j" >>"$tmp/j_$w"
    [ -n "$c" ] && awk -v a="$j" -v b="$c" 'BEGIN { printf "%.3f\n", a / b }' >>"$tmp/r_$w"
    echo "round $r: momentum4j $w, no statistics ..." >&2
    "$java_cmd" ${jvm_opts[@]+"${jvm_opts[@]}"} -cp "$jar" org.momentum4j.bench.BenchRunner "$w" --statistics off >"$tmp/out.txt" \
      || { echo "compare.sh: momentum4j $w --statistics off failed:" >&2; cat "$tmp/out.txt" >&2; exit 1; }
    q=$(parse "$tmp/out.txt")
    echo "$q" >>"$tmp/q_$w"
    [ -n "$c" ] && awk -v a="$q" -v b="$c" 'BEGIN { printf "%.3f\n", a / b }' >>"$tmp/qr_$w"
    if [ "$w" = W2 ]; then
      echo "round $r: momentum4j W2 float ..." >&2
      "$java_cmd" ${jvm_opts[@]+"${jvm_opts[@]}"} -cp "$jar" org.momentum4j.bench.BenchRunner W2 --precision float >"$tmp/out.txt" \
        || { echo "compare.sh: momentum4j W2 float failed:" >&2; cat "$tmp/out.txt" >&2; exit 1; }
      f=$(parse "$tmp/out.txt")
      echo "$f" >>"$tmp/f_W2"
      awk -v a="$f" -v b="$j" 'BEGIN { printf "%.3f\n", a / b }' >>"$tmp/fr_W2"
    fi
  done
  if [ "$scaling" = 1 ]; then
    threads=$(nproc); [ "$threads" -lt 2 ] && threads=2
    for b in $scaling_batches; do
      for t in 1 "$threads"; do
        echo "round $r: momentum4j W2 batch $b threads $t ..." >&2
        "$java_cmd" ${jvm_opts[@]+"${jvm_opts[@]}"} -cp "$jar" org.momentum4j.bench.BenchRunner W2 --batch "$b" --threads "$t" --epochs 3 >"$tmp/out.txt" \
          || { echo "compare.sh: momentum4j W2 batch $b threads $t failed:" >&2; cat "$tmp/out.txt" >&2; exit 1; }
        parse "$tmp/out.txt" >"$tmp/s_${b}_$t.last"
        cat "$tmp/s_${b}_$t.last" >>"$tmp/s_${b}_$t"
      done
      awk -v a="$(cat "$tmp/s_${b}_$threads.last")" -v b="$(cat "$tmp/s_${b}_1.last")" \
        'BEGIN { printf "%.3f\n", a / b }' >>"$tmp/sr_$b"
    done
  fi
done
echo "load after $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null), $rounds round(s)"

{
  echo "workload|C items/s|momentum4j items/s|momentum4j / C: median (min-max) over rounds"
  for w in "${workloads[@]}"; do
    c="-"; ratio="-"
    if [ -f "$tmp/c_$w" ]; then
      c=$(median <"$tmp/c_$w")
      ratio="$(median <"$tmp/r_$w") ($(sort -g "$tmp/r_$w" | head -1)-$(sort -g "$tmp/r_$w" | tail -1))"
    fi
    echo "$w|$c|$(median <"$tmp/j_$w")|$ratio"
    ratio="-"
    [ -f "$tmp/qr_$w" ] && ratio="$(median <"$tmp/qr_$w") ($(sort -g "$tmp/qr_$w" | head -1)-$(sort -g "$tmp/qr_$w" | tail -1))"
    echo "$w, no statistics|$c|$(median <"$tmp/q_$w")|$ratio"
  done
  if [ -f "$tmp/f_W2" ]; then
    echo "W2 float|-|$(median <"$tmp/f_W2")|float / double: $(median <"$tmp/fr_W2") ($(sort -g "$tmp/fr_W2" | head -1)-$(sort -g "$tmp/fr_W2" | tail -1))"
  fi
} | if command -v column >/dev/null 2>&1; then column -t -s '|'; else tr '|' '\t'; fi

if [ "$scaling" = 1 ]; then
  echo
  {
    echo "W2 mini-batch|1 thread items/s|$threads threads items/s|$threads threads / 1 thread: median (min-max) over rounds"
    for b in $scaling_batches; do
      echo "batch $b|$(median <"$tmp/s_${b}_1")|$(median <"$tmp/s_${b}_$threads")|$(median <"$tmp/sr_$b") ($(sort -g "$tmp/sr_$b" | head -1)-$(sort -g "$tmp/sr_$b" | tail -1))"
    done
  } | if command -v column >/dev/null 2>&1; then column -t -s '|'; else tr '|' '\t'; fi
fi

#!/usr/bin/env bash
# `make bench`: the figures of docs/performance.md, all measured in one run so their
# ratios share the machine's load. Usage: bench/batch_bench.sh BINARY FLOOR [ROUNDS]
#   BINARY  build/bin/plan-adjust        FLOOR  build/bin/planadj_floor (bench/floor.cpp)
# Inputs come from bench/generate.py with a fixed seed: a 2,000-athlete × 16-week roster
# (and its first 1,000 / all 4,000 athletes for memory), a 52-week plan with 104 log
# entries and a 208-week plan with 416. Every time is the best of ROUNDS (3) runs.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-build/bin/plan-adjust}
floor=${2:-build/bin/planadj_floor}
rounds=${3:-3}
seed=20260302
as_of=2026-03-23  # inside the generated injuries, as on a real night
for b in "$bin" "$floor"; do
  [ -x "$b" ] || { echo "batch_bench: no binary at $b (run make bench)" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "batch_bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
abs() { echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
bin=$(abs "$bin") floor=$(abs "$floor")

work=$(mktemp -d "${TMPDIR:-/tmp}/plan-adjust-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date +%s)

gen() { python3 "$here/generate.py" "$@"; }
gen roster "$work/r1000" 1000 16 "$seed"  # the same seed: each roster is a prefix of the next
gen roster "$work/r2000" 2000 16 "$seed"
gen roster "$work/r4000" 4000 16 "$seed"
gen long "$work/w52" 52 104 "$seed"
gen long "$work/w208" 208 416 "$seed"

# measure NAME CMD...: one run; appends "wall cpu rss_kb" to $work/NAME. Exit codes 0
# and 1 (some athletes failed) count as a run; anything else stops the bench.
measure() {
  local name=$1 t0 t1 code=0
  shift
  rm -rf "$work/out"
  t0=$(date +%s.%N)
  /usr/bin/time -f '%U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || code=$?
  t1=$(date +%s.%N)
  if [ "$code" -gt 1 ]; then
    echo "batch_bench: '$*' exited $code:" >&2
    cat "$work/stderr" >&2
    exit 2
  fi
  read -r user sys rss < <(tail -1 "$work/time")  # after a "non-zero status" line
  awk -v a="$t0" -v b="$t1" -v u="$user" -v s="$sys" -v m="$rss" \
    'BEGIN { printf "%.4f %.3f %d\n", b - a, u + s, m }' >>"$work/$name"
}
# best NAME FIELD: the smallest value of a field (1 wall s, 2 cpu s, 3 peak RSS kB).
best() { sort -g -k"$2,$2" "$work/$1" | head -1 | awk -v f="$2" '{ print $f }'; }

batch=("$bin" batch --out "$work/out" --as-of "$as_of" --quiet)
# Peak RSS hardly varies from run to run (times do): the 5,000 athletes it costs run
# once, unless RSS_ROUNDS says otherwise; the time of those runs is not a figure.
rss_rounds=${RSS_ROUNDS:-1}
round=0
for _ in $(seq "$rounds"); do  # interleaved, so a burst of load hits every figure alike
  measure floor "$floor" "$work/r2000" "$work/out"
  measure jobs1 "${batch[@]}" "$work/r2000" --jobs 1
  measure jobs2 "${batch[@]}" "$work/r2000" --jobs 2
  if [ "$((round += 1))" -le "$rss_rounds" ]; then
    measure rss1000 "${batch[@]}" "$work/r1000" --jobs 2
    measure rss4000 "${batch[@]}" "$work/r4000" --jobs 2
  fi
  measure adjust52 "$bin" adjust "$work/w52/plan.yaml" --injuries "$work/w52/injuries.yaml" -o "$work/out.yaml"
  measure adjust208 "$bin" adjust "$work/w208/plan.yaml" --injuries "$work/w208/injuries.yaml" -o "$work/out.yaml"
done

# Instructions (callgrind) are what a shared machine cannot disturb: the robust form of
# the adjust figure. Skipped without valgrind (apt-get install valgrind).
instructions() {  # instructions NAME PLAN_DIR: appends the instruction count to $work/NAME
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" adjust "$2/plan.yaml" \
    --injuries "$2/injuries.yaml" -o "$work/out.yaml" 2>&1 |
    awk '/ refs:/ { gsub(",", "", $NF); print $NF }' >"$work/$1"
}
if command -v valgrind >/dev/null; then
  instructions ir52 "$work/w52"
  instructions ir208 "$work/w208"
fi

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "plan-adjust bench: $(nproc) cores, load average $load_before before, $load_after after;" \
  "best of $rounds; $(($(date +%s) - started)) s in all"
echo
printf '%-40s %10s %10s %12s\n' "run" "wall s" "cpu s" "peak RSS kB"
row() { printf '%-40s %10.3f %10.3f %12d\n' "$1" "$(best "$2" 1)" "$(best "$2" 2)" "$(best "$2" 3)"; }
row "floor, 2,000 athletes × 16 weeks" floor
row "batch --jobs 1, 2,000 athletes" jobs1
row "batch --jobs 2, 2,000 athletes" jobs2
row "batch --jobs 2, 1,000 athletes" rss1000
row "batch --jobs 2, 4,000 athletes" rss4000
row "adjust, 52 weeks, 104 entries" adjust52
row "adjust, 208 weeks, 416 entries" adjust208
if [ -s "$work/ir52" ] && [ -s "$work/ir208" ]; then
  printf '%-40s %10s %10s %12s\n' "adjust, 52 weeks (instructions)" "$(cat "$work/ir52")" "" ""
  printf '%-40s %10s %10s %12s\n' "adjust, 208 weeks (instructions)" "$(cat "$work/ir208")" "" ""
fi
echo
ratio() {  # ratio LABEL A B FIELD TARGET OP: prints A/B (its fields) against the target
  awk -v l="$1" -v a="$(best "$2" "$4")" -v b="$(best "$3" "$4")" -v t="$5" -v op="$6" \
    -v ca="$(best "$2" 2)" -v cb="$(best "$3" 2)" 'BEGIN {
      r = a / b; ok = (op == "<=") ? r <= t : r >= t
      printf "| %-42s | %6.2f | %s %-4s | %-4s | %6.2f |\n", l, r, op, t, ok ? "met" : "NOT", ca / cb }'
}
echo "| figure                                     | ratio  | target  | met  | cpu    |"
echo "|--------------------------------------------|--------|---------|------|--------|"
ratio "batch --jobs 1 / floor (wall)" jobs1 floor 1 0.8 "<="
ratio "--jobs 2 speed-up over --jobs 1 (wall)" jobs1 jobs2 1 1.7 ">="
ratio "peak RSS, 4,000 athletes / 1,000" rss4000 rss1000 3 1.2 "<="
ratio "adjust 208 weeks / 52 weeks (wall)" adjust208 adjust52 1 5 "<="
if [ -s "$work/ir52" ] && [ -s "$work/ir208" ]; then
  awk -v a="$(cat "$work/ir208")" -v b="$(cat "$work/ir52")" 'BEGIN { r = a / b
    printf "| %-42s | %6.2f | <= 5    | %-4s |        |\n", "adjust 208 / 52 weeks (instructions)", r,
      r <= 5 ? "met" : "NOT" }'
fi
echo
echo "cpu = the same ratio of user+system CPU seconds (less sensitive to other load);"
echo "instructions = callgrind's count for one run (not disturbed by other load at all);"
echo "peak RSS: best of $rss_rounds run(s) each."

#!/usr/bin/env bash
# Where each thread of one command spent its time, from the scheduler's own record
# (docs/performance.md#scaling-on-cores): on a CPU, waiting for a CPU (other load: a
# shared machine's share), or blocked (disk, locks, joins). Needs perf and
# kernel.perf_event_paranoid <= 1 (or root).
#   bench/threads.sh build/bin/plan-adjust batch ROSTER --out OUT --jobs 2 --quiet
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: bench/threads.sh COMMAND [ARGS...]" >&2; exit 2; }
command -v perf >/dev/null || { echo "threads.sh: needs perf (apt-get install linux-perf)" >&2; exit 2; }
data=$(mktemp "${TMPDIR:-/tmp}/threads.XXXXXX")
trap 'rm -f "$data"' EXIT
perf sched record -q -o "$data" -- "$@" >/dev/null
name=$(basename "$1" | cut -c1-15)
# timehist columns: time cpu task wait sch-delay run state. The wait before a run is
# time off the CPU; what of it was waiting for a CPU is the scheduling delay after a
# wake-up, or all of it when the task was preempted (state R).
perf sched timehist -i "$data" --state 2>/dev/null | awk -v n="$name" '
  index($3, n "[") == 1 {
    t = $3; run[t] += $6
    if (t in last) { if (last[t] == "R") cpu[t] += $4; else { cpu[t] += $5; blk[t] += $4 - $5 } }
    last[t] = $7
  }
  END { for (t in run) printf "%-28s %10.0f %12.0f %10.0f\n", t, run[t], cpu[t], blk[t] }' >"$data.txt"
printf "%-28s %10s %12s %10s\n" "thread" "run ms" "wait-cpu ms" "blocked ms"
sort -k1,1 "$data.txt"
rm -f "$data.txt"

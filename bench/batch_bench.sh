#!/usr/bin/env bash
# Times `plan-adjust batch` over a generated 2,000-athlete roster (12-week plans, half
# with injury logs) with --jobs 1 and --jobs 2 in the same run, best of 3 each, and
# prints both wall times and their ratio. Usage: bench/batch_bench.sh [BINARY] [ATHLETES]
set -euo pipefail

bin=${1:-build/bin/plan-adjust}
athletes=${2:-2000}
rounds=3
[ -x "$bin" ] || { echo "batch_bench: no binary at $bin (run make first)" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")

work=$(mktemp -d "${TMPDIR:-/tmp}/plan-adjust-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

python3 - "$work/roster" "$athletes" <<'PY'
import datetime, os, sys
root, count = sys.argv[1], int(sys.argv[2])
monday = datetime.date(2026, 3, 2)
for i in range(count):
    aid = "athlete-%04d" % i
    os.makedirs(os.path.join(root, aid))
    base = 6 + i % 5
    lines = ["version: 1", "athlete: " + aid, "name: Spring Half Marathon", "units: km",
             "sessions:"]
    for w in range(12):
        d = lambda k: (monday + datetime.timedelta(days=7 * w + k)).isoformat()
        lines += ["  - date: " + d(1), "    type: intervals", "    distance: %d" % (base + 2),
                  "    terrain: hilly", "    route: Ridge loop",
                  "    description: 6 x 800 m at 5K pace, 400 m jog",
                  "  - date: " + d(2), "    type: easy", "    distance: %d.5" % base,
                  "    terrain: flat", "    route: River path",
                  "  - date: " + d(3), "    type: tempo", "    duration: 45min",
                  "  - date: " + d(5), "    type: easy", "    distance: %d" % (base - 1),
                  "    terrain: rolling",
                  "  - date: " + d(6), "    type: long", "    distance: %d" % (base * 2 + w % 4),
                  "    terrain: hilly", "    elevation_gain: 320", "    route: Forest trails"]
    with open(os.path.join(root, aid, "plan.yaml"), "w") as f:
        f.write("\n".join(lines) + "\n")
    if i % 2 == 0:
        bone = i % 17 == 0
        kind = "stress_fracture" if bone else ("itbs" if i % 3 == 0 else "achilles_tendinopathy")
        pain = 8 if i % 10 == 0 else 2 + i % 4
        log = ["version: 1", "athlete: " + aid, "entries:",
               "  - date: 2026-03-1%d" % (i % 8), "    injury: " + kind, "    side: left",
               "    pain: %d" % pain, "    persists: %s" % ("true" if i % 4 == 0 else "false"),
               "  - date: 2026-03-2%d" % (i % 8), "    injury: " + kind, "    side: left",
               "    pain: %d" % (2 if bone else 1)]
        with open(os.path.join(root, aid, "injuries.yaml"), "w") as f:
            f.write("\n".join(log) + "\n")
PY

now() { date +%s.%N; }
# One timed run into a fresh --out, so every round does the same work.
timed() {
  rm -rf "$work/out"
  local t0 t1 code=0
  t0=$(now)
  "$bin" batch "$work/roster" --out "$work/out" --as-of 2026-03-29 --jobs "$1" --quiet || code=$?
  t1=$(now)
  [ "$code" -le 1 ] || { echo "batch_bench: plan-adjust exited $code" >&2; exit 2; }
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f\n", b - a }'
}
best() { printf '%s\n' "$@" | sort -g | head -1; }

echo "plan-adjust batch benchmark: $athletes athletes, 12-week plans, half with injuries"
echo "machine: $(nproc) cores; best of $rounds runs each, --jobs 1 and 2 interleaved"
one=() two=()
for _ in $(seq "$rounds"); do
  one+=("$(timed 1)")
  two+=("$(timed 2)")
done
b1=$(best "${one[@]}")
b2=$(best "${two[@]}")
awk -v n="$athletes" -v a="$b1" -v b="$b2" 'BEGIN {
  printf "--jobs 1: %.3f s  (%.0f athletes/s)\n", a, n / a
  printf "--jobs 2: %.3f s  (%.0f athletes/s)\n", b, n / b
  printf "speed-up --jobs 2 vs --jobs 1: %.2fx\n", a / b
}'

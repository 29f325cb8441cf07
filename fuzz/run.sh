#!/usr/bin/env bash
# `make fuzz`: each target for SECONDS under libFuzzer + ASan + UBSan, one job at a time
# (docs/reliability.md). The corpus grows in BUILD/corpus/<target>; a finding is saved
# as BUILD/findings/<target>-crash-… and fails the run: fix it, then copy the input into
# fuzz/regressions/<target>/ so `make test` replays it.
# Args: $1 build dir, $2 seconds per target, then the targets.
set -uo pipefail
build=$1 seconds=$2
shift 2
src=$(cd "$(dirname "$0")/.." && pwd)
bash "$src/fuzz/seed_corpus.sh" "$src" "$build/corpus"
mkdir -p "$build/findings" "$build/logs"
failed=0
for t in "$@"; do
  echo "== fuzz $t for ${seconds}s"
  "$build/bin/fuzz_$t" "$build/corpus/$t" "$src/fuzz/regressions/$t" \
    -dict="$src/fuzz/yaml.dict" -max_total_time="$seconds" -max_len=65536 -timeout=20 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build/findings/$t-" \
    >"$build/logs/$t.log" 2>&1
  code=$?
  grep -E '^#[0-9]+ *DONE|stat::number_of_executed_units|stat::peak_rss_mb' "$build/logs/$t.log" |
    tail -3
  if [ "$code" != 0 ]; then
    echo "FAIL: fuzz $t exited $code; see $build/logs/$t.log and $build/findings/"
    grep -E 'ERROR|SUMMARY|fuzz oracle|Test unit written' "$build/logs/$t.log" | head -5
    failed=1
  fi
done
exit "$failed"

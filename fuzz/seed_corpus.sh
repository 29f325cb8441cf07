#!/usr/bin/env bash
# Seeds for `make fuzz` (docs/reliability.md): OUT/<target>/ from samples/ and tests/data/.
# whole_path's inputs are a pick byte, then plan, log and policy separated by `%%` lines.
# Args: $1 source dir, $2 output folder.
set -euo pipefail
src=$1 out=$2
mkdir -p "$out"/{plan_reader,injury_log_reader,policy_reader,roster_reader,whole_path}
# Each seed is named for its folder as well (samples-roster.yaml, tests-data-good-roster.yaml):
# two sources with one base name would otherwise collide, and `cp` refuses that.
seed() {
  local target=$1 file
  shift
  for file in "$@"; do
    local rel=${file#"$src"/}
    cp -f "$file" "$out/$target/${rel//\//-}"
  done
}
seed plan_reader "$src"/samples/plans/*.yaml "$src"/tests/data/good/*.yaml \
  "$src"/tests/data/diff/*.yaml "$src"/tests/data/bad/*.yaml
seed injury_log_reader "$src"/samples/injuries/*.yaml "$src"/tests/data/good/injuries.yaml
seed policy_reader "$src"/samples/policies/*.yaml "$src"/tests/data/good/policy.yaml
seed roster_reader "$src"/samples/roster.yaml "$src"/tests/data/good/roster.yaml
n=0
for plan in "$src"/samples/plans/*.yaml; do
  for log in "$src"/samples/injuries/*.yaml; do
    n=$((n + 1))
    { printf "\\x$(printf %02x $((n % 256)))"; cat "$plan"; printf '\n%%%%\n'; cat "$log"; } \
      >"$out/whole_path/seed-$n"
  done
done
for policy in "$src"/samples/policies/*.yaml; do
  n=$((n + 1))
  { printf "\\x$(printf %02x $((n % 256)))"; cat "$src/samples/plans/half-marathon.yaml"; printf '\n%%%%\n'
    cat "$src/samples/injuries/multiple.yaml"; printf '\n%%%%\n'; cat "$policy"; } \
    >"$out/whole_path/seed-$n"
done

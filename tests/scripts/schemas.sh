#!/usr/bin/env bash
# The JSON Schemas in schemas/ against the samples, the writers' goldens, the tool's
# own output, and documents the readers reject. Args: $1 binary, $2 source dir,
# $3 build dir. Skips (tests/support/skip.sh) without Debian's python3-jsonschema and python3-yaml
# (`make deps` installs both); the pyenv python on PATH is deliberately not used.
set -u
# shellcheck source=../support/skip.sh
source "$(dirname "${BASH_SOURCE[0]}")/../support/skip.sh"
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") src=$2 build=$(cd "$3" && pwd)
py=/usr/bin/python3
if [ ! -x "$py" ] || ! "$py" -c 'import jsonschema, yaml' 2>/dev/null; then
  skip "$py lacks jsonschema or yaml (run: make deps)"
fi
cd "$src" || exit 1
failed=0
check() { "$py" tests/schemas/check_schemas.py schemas "$@" || failed=1; }

echo "== samples and writer goldens are valid"
check good plan samples/plans/*.yaml samples/roster/*/plan.yaml \
  tests/golden/writers/revised.yaml tests/golden/writers/revised.json
check good injury-log samples/injuries/*.yaml samples/roster/*/injuries.yaml
check good policy samples/policies/*.yaml
check good roster samples/roster.yaml

echo "== a YAML 1.1 reader (PyYAML) takes the writer's lookalike strings for strings"
"$py" - tests/golden/writers/revised.yaml <<'PY' || failed=1
import sys, yaml
sessions = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))["sessions"]
got = {
    "sessions[2].description": sessions[2]["description"],
    "sessions[3].route": sessions[3]["route"],
    "sessions[3].description": sessions[3]["description"],
    "sessions[3].adjustment.original.duration": sessions[3]["adjustment"]["original"]["duration"],
}
want = {"sessions[2].description": "no", "sessions[3].route": "010",
        "sessions[3].description": "1:30:00", "sessions[3].adjustment.original.duration": "1:30:00"}
wrong = {k: v for k, v in got.items() if v != want[k]}
for k, v in wrong.items():
    print(f"FAIL {k}: PyYAML read {v!r} ({type(v).__name__}), expected the string {want[k]!r}")
print("ok   lookalike strings stay strings" if not wrong else "")
sys.exit(1 if wrong else 0)
PY

if [ -d tests/data/good ]; then
  echo "== the readers' good fixtures are valid"
  check good plan tests/data/good/*plan.yaml
  check good injury-log tests/data/good/injuries.yaml
  check good policy tests/data/good/policy.yaml
  check good roster tests/data/good/roster.yaml
fi

echo "== documents the readers reject are rejected by the schemas too"
for kind in plan injury-log policy roster; do
  check bad "$kind" tests/data/schema-bad/"$kind"/*.yaml
done
if [ -d tests/data/bad ]; then
  # The readers' bad inputs, kind from the name prefix (plan-, log-, policy-, roster-;
  # others are tried as plans). These a JSON Schema cannot express (see
  # tests/data/schema-bad/README.md): impossible dates, duplicate keys, duplicate ids,
  # moderate_from >= severe_from, and alias bombs / cycles / deep nesting, which only a
  # reader with node and depth limits can refuse.
  skip=(plan-duplicate-key plan-impossible-date roster-duplicate-id policy-pain-thresholds
        alias-bomb alias-cycle deep-nesting)
  declare -A by_kind=()
  for file in tests/data/bad/*.yaml; do
    name=$(basename "$file" .yaml)
    [[ " ${skip[*]} " == *" $name "* ]] && continue
    case "$name" in
      plan-*) kind=plan ;; log-*) kind=injury-log ;; policy-*) kind=policy ;;
      roster-*) kind=roster ;; *) kind=plan ;;
    esac
    by_kind[$kind]+="$file "
  done
  for kind in "${!by_kind[@]}"; do
    # shellcheck disable=SC2086  # a list of paths without spaces
    check bad "$kind" ${by_kind[$kind]}
  done
fi

out=$build/schemas-test
rm -rf "$out" && mkdir -p "$out"

echo "== the tool's revised plans are valid plans"
for args in "samples/plans/half-marathon.yaml --injuries samples/injuries/achilles.yaml" \
            "samples/plans/marathon-miles.yaml --injuries samples/injuries/multiple.yaml" \
            "samples/plans/5k.yaml --injuries samples/injuries/hamstring-pop.yaml"; do
  for format in yaml json; do
    file=$out/revised-$(echo "$args" | tr -c 'a-z0-9\n' '_' | cut -c1-60).$format
    # shellcheck disable=SC2086  # $args is a list of words
    "$bin" adjust $args --format "$format" >"$file" 2>"$out/stderr"
    code=$?
    if [ "$code" != 0 ]; then
      echo "FAIL plan-adjust adjust $args --format $format exited $code:"
      cat "$out/stderr"
      failed=1
      continue
    fi
    check good plan "$file"
  done
done

echo "== the readers reject what the schemas reject"
for kind in plan injury-log policy roster; do
  for file in tests/data/schema-bad/"$kind"/*.yaml; do
    "$bin" validate --kind "$kind" "$file" >/dev/null 2>&1
    code=$?
    if [ "$code" != 1 ]; then
      echo "FAIL plan-adjust validate --kind $kind $file exited $code, expected 1"
      failed=1
    fi
  done
done

[ "$failed" = 0 ] && echo "all schema checks passed"
exit "$failed"

#!/usr/bin/env bash
# The diff's JSON output against schemas/diff.schema.json: the goldens, and the tool's
# output for the sample pair, a plan against itself, and two plans in different units.
# Args: $1 binary, $2 source dir, $3 build dir. Skips (tests/support/skip.sh) without python3-jsonschema.
set -euo pipefail
# shellcheck source=../support/skip.sh
source "$(dirname "${BASH_SOURCE[0]}")/../support/skip.sh"
bin=$1 src=$2
py=/usr/bin/python3
if [ ! -x "$py" ] || ! "$py" -c 'import jsonschema' 2>/dev/null; then
  skip "$py lacks jsonschema (run: make deps)"
fi
cd "$src"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() {  # run NAME EXPECTED-EXIT ARGS...: the diff as JSON into $work/NAME.json
  local name=$1 want=$2 code=0
  shift 2
  "$bin" diff "$@" --format json -o "$work/$name.json" || code=$?
  if [ "$code" != "$want" ]; then
    echo "FAIL: diff $* exited $code, expected $want"
    exit 1
  fi
}
run sample 1 tests/data/diff/original.yaml tests/data/diff/revised.yaml
run itself 0 samples/plans/half-marathon.yaml samples/plans/half-marathon.yaml
run units 1 samples/plans/half-marathon.yaml samples/plans/marathon-miles.yaml
"$py" - schemas/diff.schema.json tests/golden/diff/*.json "$work"/*.json <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failed = False
for path in sys.argv[2:]:
    doc = json.load(open(path, encoding="utf-8"))
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    for e in errors[:5]:
        print(f"FAIL {path}: {'/'.join(map(str, e.path))}: {e.message}")
    failed |= bool(errors)
    if not errors:
        print(f"ok   {path.split('/')[-1]}")
sys.exit(1 if failed else 0)
PY

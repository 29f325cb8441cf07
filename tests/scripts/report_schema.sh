#!/usr/bin/env bash
# The batch's report.json against schemas/report.schema.json: the reports of real runs
# over samples/roster (first night, a second night that writes nothing, a roster with a
# broken athlete, a shard) must be valid; hand-broken copies of one must be refused, so
# the schema is shown to say something. Args: $1 binary, $2 source dir, $3 build dir.
# Skips (tests/support/skip.sh) without python3-jsonschema.
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
batch() {  # batch EXPECTED-EXIT ROSTER OUT ARGS...
  local want=$1 roster=$2 out=$3 code=0
  shift 3
  "$bin" batch "$roster" --out "$out" --quiet "$@" || code=$?
  if [ "$code" != "$want" ]; then
    echo "FAIL: batch $roster exited $code, expected $want"
    exit 1
  fi
}
# 2026-05-20: injuries in several phases and a race called off in samples/roster.
batch 0 samples/roster "$work/first" --as-of 2026-05-20
cp "$work/first/report.json" "$work/first.json"
batch 0 samples/roster "$work/first" --as-of 2026-05-20   # writes no plan: all false
cp "$work/first/report.json" "$work/second.json"
batch 0 samples/roster.yaml "$work/no-date"
cp -R samples/roster "$work/roster"
printf 'version: 1\nathlete: tom-okafor\nentries:\n  - {date: 2026-05-10, injury: itbs, pain: 11}\n' \
  >"$work/roster/tom-okafor/injuries.yaml"
batch 1 "$work/roster" "$work/broken" --as-of 2026-05-20
cp "$work/broken/report.json" "$work/broken.json"
batch 0 samples/roster "$work/shard" --shard 1/2
cp "$work/shard/report.json" "$work/shard.json"
cp "$work/no-date/report.json" "$work/no-date.json"

"$py" - schemas/report.schema.json "$work" <<'PY'
import copy, json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
work = sys.argv[2]
failed = False

def errors_of(doc):
    return sorted(validator.iter_errors(doc), key=lambda e: list(e.path))

docs = {}
for name in ["first", "second", "no-date", "broken", "shard"]:
    doc = json.load(open(f"{work}/{name}.json", encoding="utf-8"))
    docs[name] = doc
    errors = errors_of(doc)
    for e in errors[:5]:
        print(f"FAIL {name}.json: {'/'.join(map(str, e.path))}: {e.message}")
    failed |= bool(errors)
    if not errors:
        print(f"ok   {name}.json")

# What the runs must hold, worked out from samples/roster by hand: five athletes; the
# first run writes every plan, the second none; tom-okafor's broken log is an error.
def changed(doc):
    return {a["id"]: a["changed_since_previous_run"] for a in doc["athletes"]}
ids = ["alex-kim", "jane-doe", "priya-shah", "sam-lee", "tom-okafor"]
checks = [
    ("first run wrote every plan", changed(docs["first"]) == {i: True for i in ids}),
    ("second run wrote none", changed(docs["second"]) == {i: False for i in ids}),
    ("totals count them", (docs["first"]["totals"]["changed_since_previous_run"],
                           docs["second"]["totals"]["changed_since_previous_run"]) == (5, 0)),
    ("broken athlete is an error",
     [a["status"] for a in docs["broken"]["athletes"] if a["id"] == "tom-okafor"] == ["error"]),
    ("some injury has a status today",
     any(a.get("injuries_today") for a in docs["first"]["athletes"])),
    # docs/batch.md#states: the first run reports every open referral and warning new,
    # the second (same inputs) every one standing; a referral closed before the first
    # run is shown closed once and is gone from the second.
    ("first run: open referrals and warnings new",
     all(r["state"] == ("closed" if "closed" in r else "new")
         for a in docs["first"]["athletes"] for r in a["referrals"]) and
     all(s == "new" for a in docs["first"]["athletes"] for s in a["warning_states"])),
    ("second run: referrals and warnings standing",
     all(r["state"] == "standing" for a in docs["second"]["athletes"] for r in a["referrals"]) and
     all(s == "standing" for a in docs["second"]["athletes"] for s in a["warning_states"])),
    ("a state per warning",
     all(len(a["warnings"]) == len(a["warning_states"]) for a in docs["first"]["athletes"])),
    ("first run lists plan and message of everyone",
     {a["id"]: a["changed_files"] for a in docs["first"]["athletes"]} ==
     {i: [f"{i}/plan.yaml", f"{i}/message.md"] for i in ids}),
]
for what, ok in checks:
    print(f"{'ok  ' if ok else 'FAIL'} {what}")
    failed |= not ok

# Hand-broken copies: each must be refused.
def broken(mutate):
    doc = copy.deepcopy(docs["broken"])
    mutate(doc)
    return doc
def athlete(doc, wanted):
    return next(a for a in doc["athletes"] if a["id"] == wanted)
cases = {
    "changed_since_previous_run missing": lambda d: athlete(d, "jane-doe").pop("changed_since_previous_run"),
    "changed_since_previous_run a string": lambda d: athlete(d, "jane-doe").update(changed_since_previous_run="yes"),
    "an error with a summary": lambda d: athlete(d, "tom-okafor").update(summary=athlete(d, "jane-doe")["summary"]),
    "an error marked changed": lambda d: athlete(d, "tom-okafor").update(changed_since_previous_run=True),
    "no injuries_today for a revised athlete": lambda d: athlete(d, "jane-doe").pop("injuries_today"),
    "a status today not in the rules": lambda d: athlete(d, "jane-doe").update(
        injuries_today=[{"injury": "itbs", "status": "limping"}]),
    "a race called off on no date": lambda d: athlete(d, "jane-doe").update(races_called_off=["soon"]),
    "a member the tool does not write": lambda d: athlete(d, "jane-doe").update(mood="fine"),
    "totals without changed_since_previous_run": lambda d: d["totals"].pop("changed_since_previous_run"),
    "an unknown athlete status": lambda d: athlete(d, "jane-doe").update(status="skipped"),
    "a referral without a state": lambda d: athlete(d, "sam-lee")["referrals"][0].pop("state"),
    "a referral state not in the list": lambda d: athlete(d, "sam-lee")["referrals"][0].update(state="old"),
    "a closed referral without its date": lambda d: athlete(d, "sam-lee")["referrals"][0].update(state="closed"),
    "an open referral with a closing date": lambda d: athlete(d, "sam-lee")["referrals"][0].update(
        closed="2026-05-20", cleared=False),
    "a warning closed that is not a string": lambda d: athlete(d, "jane-doe").update(warnings_closed=[1]),
    "a closed warning state": lambda d: athlete(d, "jane-doe").update(
        warning_states=["closed"] * len(athlete(d, "jane-doe")["warnings"])),
    "an error with changed files": lambda d: athlete(d, "tom-okafor").update(changed_files=["tom-okafor/plan.yaml"]),
    "totals without warnings_closed": lambda d: d["totals"].pop("warnings_closed"),
}
for what, mutate in cases.items():
    rejected = bool(errors_of(broken(mutate)))
    print(f"{'ok  ' if rejected else 'FAIL'} refused: {what}")
    failed |= not rejected
sys.exit(1 if failed else 0)
PY

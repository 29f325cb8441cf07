#!/usr/bin/env bash
# A calendar that imported night 1's ICS file updates what night 2 changed
# (docs/formats.md#ics-updates), checked with an independent parser (python3-icalendar):
# every UID stays, a changed event has a higher SEQUENCE, an event dated before the
# night's new log entry keeps its SEQUENCE and DTSTAMP, no SEQUENCE goes down; a session
# on the last day the readers accept (2199-12-31) is written with its DTEND.
# Args: $1 binary, $2 source dir, $3 build dir. Skips (tests/support/skip.sh) without python3-icalendar.
set -euo pipefail
# shellcheck source=../support/skip.sh
source "$(dirname "${BASH_SOURCE[0]}")/../support/skip.sh"
bin=$1 src=$2
py=/usr/bin/python3
if [ ! -x "$py" ] || ! "$py" -c 'import icalendar' 2>/dev/null; then
  skip "$py lacks icalendar (run: make deps)"
fi
cd "$src"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Night 1 knows the first entry of the Achilles log; night 2 the first two.
log=samples/injuries/achilles.yaml
awk '/^  - date:/ { n++ } n < 2' "$log" >"$work/night1.yaml"
awk '/^  - date:/ { n++ } n < 3' "$log" >"$work/night2.yaml"
new_entry=$(grep -m2 '^  - date:' "$log" | tail -1 | sed 's/.*date: //')
plan=samples/plans/half-marathon.yaml
"$bin" adjust "$plan" --injuries "$work/night1.yaml" -o "$work/night1.revised.yaml"
"$bin" adjust "$plan" --injuries "$work/night1.yaml" --format ics -o "$work/night1.ics"
# Night 2 revises night 1's revision, as the nightly run does.
"$bin" adjust "$work/night1.revised.yaml" --injuries "$work/night2.yaml" --format ics \
  -o "$work/night2.ics"

"$py" - "$work/night1.ics" "$work/night2.ics" "$new_entry" <<'PY'
import datetime, sys
import icalendar

def events(path):
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    out = {}
    for e in cal.walk("VEVENT"):
        content = tuple(str(e.get(k, "")) for k in ("SUMMARY", "DESCRIPTION", "LOCATION"))
        out[str(e["UID"])] = {
            "sequence": int(e.get("SEQUENCE", 0)),
            "stamp": e.decoded("DTSTAMP"),
            "start": e.decoded("DTSTART"),
            "content": content,
        }
    return out

one, two = events(sys.argv[1]), events(sys.argv[2])
new_entry = datetime.date.fromisoformat(sys.argv[3])
problems = []
if set(one) != set(two):
    problems.append("UIDs differ: %s" % sorted(set(one) ^ set(two)))
changed = 0
for uid in sorted(set(one) & set(two)):
    a, b = one[uid], two[uid]
    if b["sequence"] < a["sequence"]:
        problems.append("%s: SEQUENCE went down %d -> %d" % (uid, a["sequence"], b["sequence"]))
    if a["content"] != b["content"]:
        changed += 1
        if b["sequence"] <= a["sequence"]:
            problems.append("%s changed but SEQUENCE stayed %d" % (uid, a["sequence"]))
        if b["stamp"] < a["stamp"]:
            problems.append("%s changed but DTSTAMP went back" % uid)
    if a["start"] < new_entry and (a["sequence"], a["stamp"]) != (b["sequence"], b["stamp"]):
        problems.append("%s is before the new entry but its SEQUENCE/DTSTAMP moved" % uid)
if changed == 0:
    problems.append("night 2 changed no event: the test proves nothing")
for p in problems:
    print("FAIL:", p)
print("ics updates: %d events, %d changed" % (len(two), changed))
sys.exit(1 if problems else 0)
PY

# The last day the readers accept (docs/formats.md#dates) is written with its DTEND;
# the calendar's last day is refused by the reader with a located error.
cat >"$work/far.yaml" <<'YAML'
athlete: sam-lee
sessions:
  - {date: 2199-12-31, type: easy, distance: 5}
YAML
"$bin" adjust "$work/far.yaml" --format ics -o "$work/far.ics"
"$py" - "$work/far.ics" <<'PY'
import sys
import icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
(event,) = cal.walk("VEVENT")
assert str(event.decoded("DTSTART")) == "2199-12-31", event.decoded("DTSTART")
assert str(event.decoded("DTEND")) == "2200-01-01", event.decoded("DTEND")
print("ics: 2199-12-31 written with DTEND 2200-01-01")
PY
sed -i 's/2199-12-31/9999-12-31/' "$work/far.yaml"
if "$bin" validate "$work/far.yaml" >"$work/far.out" 2>&1; then
  echo "FAIL: 9999-12-31 accepted"; exit 1
fi
grep -q "far.yaml:3:12: error: date 9999-12-31 is outside the years 1900 to 2199" "$work/far.out" ||
  { echo "FAIL: unexpected message:"; cat "$work/far.out"; exit 1; }
echo "ics: 9999-12-31 refused by the reader"

#!/usr/bin/env python3
"""Writes original.yaml and revised.yaml, the sample pair of the diff tests.

Mirrors tests/unit/diff_fixture.h (the same plan built in C++ for the unit tests);
change both together. Run from this folder: python3 generate.py
"""
import datetime as dt

START = dt.date(2026, 3, 2)


def week(k):
    m = START + dt.timedelta(days=7 * k)
    day = lambda i: (m + dt.timedelta(days=i)).isoformat()
    rest = {"date": day(0), "type": "rest", "description": "Rest or mobility"}
    intervals = {"date": day(1), "type": "intervals", "distance": 10, "terrain": "hilly",
                 "description": "6 x 800 m at 5K pace, 400 m jog"}
    easy = {"date": day(2), "type": "easy", "distance": 8, "terrain": "flat",
            "route": "River path"}
    tempo = {"date": day(3), "type": "tempo", "duration": "45min"}
    sat = {"date": day(5), "type": "easy", "distance": 6, "terrain": "rolling"}
    if k == 15:
        sun = {"date": day(6), "type": "race", "distance": 21.1, "terrain": "flat"}
    else:
        sun = {"date": day(6), "type": "long", "distance": min(14 + k, 21),
               "terrain": "hilly" if k % 2 == 0 else "flat"}
    if k == 0:  # the first week is written out of order on purpose
        return [intervals, rest, tempo, easy, sun, sat]
    return [rest, intervals, easy, tempo, sat, sun]


def original():
    out = []
    for k in range(16):
        out += week(k)
    return out


R1 = ("achilles_tendinopathy (left), pain 4/10 on 2026-03-01, pain persists: "
      "rest for 3 days (acute phase)")
R2 = "achilles_tendinopathy (left), pain 4/10 on 2026-03-01: reduce load, no speedwork, flat routes"
R3 = "achilles_tendinopathy (left), pain 2/10 on 2026-03-08: reduce load, no speedwork, flat routes"
R4 = ("achilles_tendinopathy (left), resolved on 2026-03-15: return ramp stage 1 of 2, "
      "80% volume, no speedwork, flat routes")
R5 = "achilles_tendinopathy (left), resolved on 2026-03-15: return ramp stage 2 of 2, 90% volume"
NONE = object()
# date, new type, new distance (NONE: removed), new minutes, new terrain, rule, changes, reason
EDITS = [
    ("2026-03-03", "rest", NONE, None, None, "acute-rest", ["to_rest"], R1),
    ("2026-03-04", "rest", NONE, None, None, "acute-rest", ["to_rest"], R1),
    ("2026-03-05", "easy", None, 32, "flat", "reduced-load", ["speedwork_to_easy", "volume_reduced"], R2),
    ("2026-03-07", None, 4.2, None, "flat", "reduced-load", ["volume_reduced", "route_flattened"], R2),
    ("2026-03-08", None, 9.8, None, "flat", "reduced-load", ["volume_reduced", "route_flattened"], R2),
    ("2026-03-10", "easy", 8, None, "flat", "reduced-load",
     ["speedwork_to_easy", "volume_reduced", "route_flattened"], R3),
    ("2026-03-11", None, 6.4, None, None, "reduced-load", ["volume_reduced"], R3),
    ("2026-03-12", "easy", None, 36, "flat", "reduced-load", ["speedwork_to_easy", "volume_reduced"], R3),
    ("2026-03-14", None, 4.8, None, "flat", "reduced-load", ["volume_reduced", "route_flattened"], R3),
    ("2026-03-15", None, 12, None, None, "reduced-load", ["volume_reduced"], R3),
    ("2026-03-17", "easy", 8, None, "flat", "return-ramp",
     ["speedwork_to_easy", "volume_reduced", "route_flattened"], R4),
    ("2026-03-18", None, 6.4, None, None, "return-ramp", ["volume_reduced"], R4),
    ("2026-03-19", "easy", None, 36, "flat", "return-ramp", ["speedwork_to_easy", "volume_reduced"], R4),
    ("2026-03-21", None, 4.8, None, "flat", "return-ramp", ["volume_reduced", "route_flattened"], R4),
    ("2026-03-22", None, 12.8, None, "flat", "return-ramp", ["volume_reduced", "route_flattened"], R4),
    ("2026-03-24", None, 9, None, None, "return-ramp", ["volume_reduced"], R5),
    ("2026-03-25", None, 7.2, None, None, "return-ramp", ["volume_reduced"], R5),
    ("2026-03-26", None, None, 41, None, "return-ramp", ["volume_reduced"], R5),
    ("2026-03-28", None, 5.4, None, None, "return-ramp", ["volume_reduced"], R5),
    ("2026-03-29", None, 14, None, None, "return-ramp", ["volume_reduced"], R5),
]


def revised():
    sessions = original()
    by_date = {}
    for s in sessions:
        by_date.setdefault(s["date"], s)
    for date, typ, dist, minutes, terrain, rule, changes, reason in EDITS:
        s = by_date[date]
        orig = {}
        if typ is not None:
            orig["type"] = s["type"]
            s["type"] = typ
        if dist is not None:
            orig["distance"] = s["distance"]
            if dist is NONE:
                del s["distance"]
            else:
                s["distance"] = dist
        if minutes is not None:
            orig["duration"] = s["duration"]
            s["duration"] = f"{minutes}min"
        if terrain is not None:
            orig["terrain"] = s.get("terrain")  # None: the key was absent
            s["terrain"] = terrain
        s["adjustment"] = {"rule": rule, "changes": changes, "reason": reason,
                           "original": orig}
    by_date["2026-04-22"]["description"] = "Easy with 6 x 20 s strides"
    i = sessions.index(by_date["2026-04-25"])
    sessions.insert(i + 1, {"date": "2026-04-25", "type": "recovery", "distance": 3,
                            "terrain": "flat", "description": "Shake-out jog after work"})
    sessions.remove(by_date["2026-05-07"])
    return sessions


KEY_ORDER = ["date", "type", "distance", "duration", "terrain", "route", "description",
             "adjustment"]


def scalar(v):
    if v is None:
        return "null"
    if isinstance(v, str):
        if len(v) == 10 and v[4] == "-" and v[7] == "-":  # an ISO date
            return v
        if any(c in v for c in ":#,[]{}%") or v[:1] in "0123456789":
            return '"' + v.replace('"', '\\"') + '"'
        return v
    return str(v)


def emit(path, sessions, header):
    lines = ["version: 1", "athlete: jane-doe", "name: Spring Half Marathon", "units: km",
             "coach: Alex Rivera"] + header + ["sessions:"]
    for s in sessions:
        first = True
        for k in KEY_ORDER:
            if k not in s:
                continue
            lead = "  - " if first else "    "
            first = False
            if k == "adjustment":
                a = s[k]
                lines.append(lead + "adjustment:")
                lines.append(f"      rule: {a['rule']}")
                lines.append("      changes: [" + ", ".join(a["changes"]) + "]")
                lines.append(f"      reason: {scalar(a['reason'])}")
                orig = ", ".join(f"{ok}: {scalar(ov)}" for ok, ov in a["original"].items())
                lines.append("      original: {" + orig + "}")
            else:
                lines.append(f"{lead}{k}: {scalar(s[k])}")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


HEADER = """adjusted:
  by: plan-adjust 0.1.0
  notice: guidance from general running-coach advice, not medical advice
  summary: {sessions_changed: 20, rest_days_inserted: 2, speedwork_replaced: 6,
            routes_flattened: 7, volume_before: 692.1, volume_after: 646.9}
  referrals: []
  warnings: []
  injuries:
    - injury: achilles_tendinopathy
      side: left
      status: resolved
      phases:
        - {rule: acute-rest, from: 2026-03-02, to: 2026-03-04}
        - {rule: reduced-load, from: 2026-03-05, to: 2026-03-15}
        - {rule: return-ramp, from: 2026-03-16, to: 2026-03-29}
      care:
        - ice the sore area 10-15 min, 2-3 times a day while it is inflamed
        - eccentric heel drops, daily, and keep doing them after the pain is gone""".split("\n")

if __name__ == "__main__":
    emit("original.yaml", original(), [])
    emit("revised.yaml", revised(), HEADER)

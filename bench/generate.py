#!/usr/bin/env python3
"""Deterministic inputs for `make bench` (docs/performance.md).

  generate.py roster DIR ATHLETES WEEKS SEED
      DIR/<athlete-NNNN>/plan.yaml for each athlete, and injuries.yaml for every second
      one: plans of WEEKS weeks from Monday 2026-03-02, five or six sessions a week.
  generate.py long DIR WEEKS ENTRIES SEED
      DIR/plan.yaml (one athlete, WEEKS weeks) and DIR/injuries.yaml with ENTRIES
      entries spread over the whole plan, in episodes that open, ease and resolve.

Everything comes from random.Random(SEED): the same arguments give the same bytes.
"""
import datetime
import os
import random
import sys

MONDAY = datetime.date(2026, 3, 2)
SOFT = ["achilles_tendinopathy", "itbs", "runners_knee", "plantar_fasciitis"]
SIDES = ["left", "right"]
ENTRIES_PER_EPISODE = 4  # opens, eases twice, resolves: the shape of samples/injuries/


def day(week, offset):
    return (MONDAY + datetime.timedelta(days=7 * week + offset)).isoformat()


def plan_text(athlete, weeks, rng):
    base = rng.randint(5, 10)
    lines = ["version: 1", "athlete: " + athlete, "name: Generated Plan", "units: km",
             "sessions:"]
    for w in range(weeks):
        lines += ["  # week %d" % (w + 1),
                  "  - date: " + day(w, 0), "    type: rest",
                  "  - date: " + day(w, 1), "    type: " + rng.choice(["intervals", "hill_repeats", "fartlek"]),
                  "    distance: %d" % (base + 2), "    terrain: hilly", "    route: Ridge loop",
                  "    description: 6 x 800 m at 5K pace, 400 m jog",
                  "  - date: " + day(w, 2), "    type: easy", "    distance: %d.5" % base,
                  "    terrain: flat", "    route: River path",
                  "  - date: " + day(w, 3), "    type: tempo", "    duration: %dmin" % rng.choice([40, 45, 50]),
                  "    description: 20 min at threshold",
                  "  - date: " + day(w, 5), "    type: easy", "    distance: %d" % (base - 1),
                  "    terrain: rolling"]
        if rng.random() < 0.5:
            lines += ["  - date: " + day(w, 5), "    type: strength", "    duration: 30min",
                      "    description: Core and glute circuit"]
        lines += ["  - date: " + day(w, 6), "    type: long",
                  "    distance: %d" % (base * 2 + w % 4), "    terrain: hilly",
                  "    elevation_gain: %d" % rng.choice([180, 240, 320]),
                  "    route: Forest trails", "    description: Long run, easy pace"]
    return "\n".join(lines) + "\n"


def episode(injury, side, start, rng):
    """Four entries from day `start` on: pain, easing pain, mild, resolved."""
    pain = rng.randint(2, 5)
    gaps = [0, rng.randint(2, 4), rng.randint(2, 4), rng.randint(2, 4)]
    out, when = [], start
    for k in range(ENTRIES_PER_EPISODE):
        when += gaps[k]
        entry = ["  - date: " + (MONDAY + datetime.timedelta(days=when)).isoformat(),
                 "    injury: " + injury, "    side: " + side]
        if k == 0:
            entry += ["    pain: %d" % pain,
                      "    persists: %s" % ("true" if rng.random() < 0.3 else "false"),
                      "    notes: sharp at the start, eased off"]
        elif k < ENTRIES_PER_EPISODE - 1:
            entry += ["    pain: %d" % max(1, pain - k)]
        else:
            entry += ["    pain: 0", "    resolved: true"]
        out += entry
    return out, when


def log_text(athlete, episodes, span_days, rng):
    lines = ["version: 1", "athlete: " + athlete, "entries:"]
    stride = span_days // max(1, episodes)
    for e in range(episodes):
        start = e * stride + rng.randint(0, max(0, stride - 16))
        entries, _ = episode(SOFT[e % len(SOFT)], rng.choice(SIDES), start, rng)
        lines += entries
    return "\n".join(lines) + "\n"


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def roster(folder, athletes, weeks, seed):
    rng = random.Random(seed)
    for i in range(athletes):
        aid = "athlete-%04d" % i
        os.makedirs(os.path.join(folder, aid), exist_ok=True)
        write(os.path.join(folder, aid, "plan.yaml"), plan_text(aid, weeks, rng))
        if i % 2 == 0:
            # One or two episodes starting in the first four weeks; the bench's --as-of
            # (2026-03-23) falls inside them, as on a real night.
            write(os.path.join(folder, aid, "injuries.yaml"),
                  log_text(aid, rng.randint(1, 2), 4 * 7, rng))


def long_plan(folder, weeks, entries, seed):
    rng = random.Random(seed)
    os.makedirs(folder, exist_ok=True)
    write(os.path.join(folder, "plan.yaml"), plan_text("long-runner", weeks, rng))
    episodes = entries // ENTRIES_PER_EPISODE
    write(os.path.join(folder, "injuries.yaml"),
          log_text("long-runner", episodes, weeks * 7 - 14, rng))


def main(argv):
    if len(argv) == 6 and argv[1] == "roster":
        roster(argv[2], int(argv[3]), int(argv[4]), int(argv[5]))
    elif len(argv) == 6 and argv[1] == "long":
        long_plan(argv[2], int(argv[3]), int(argv[4]), int(argv[5]))
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

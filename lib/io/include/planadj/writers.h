// Writers: model -> YAML, JSON and iCalendar bytes. Deterministic: the same
// model always gives the same bytes (SPEC §6 invariant 6).
#pragma once

#include <string>
#include <vector>

#include "planadj/model.h"

namespace planadj {

/// The plan as YAML in its input key order, unknown keys kept, with the `adjusted`
/// header placed before `sessions` when set. Throws std::runtime_error if the emitter fails.
std::string write_plan_yaml(const Plan& plan);

/// The same document as JSON (2-space indent, keys in the same order).
std::string write_plan_json(const Plan& plan);

/// An iCalendar file: one all-day event per session, UIDs stable per
/// athlete + date + index within the date, the adjustment reason in DESCRIPTION.
/// `history`: the dates of the log entries the revision reflects (entries after
/// --as-of left out), from which each event's SEQUENCE and DTSTAMP are derived so a
/// calendar that imported an earlier file updates changed events
/// (docs/formats.md#ics-updates); empty: SEQUENCE 0, DTSTAMP the earliest session.
std::string write_plan_ics(const Plan& plan, std::vector<Date> history = {});

/// A number written the shortest way that reads back exactly (`6.4`, `8`).
std::string format_number(double v);

/// A duration in the tool's own spelling: `45min`, `1h`, `1h12min`.
std::string format_duration(double minutes);

}  // namespace planadj

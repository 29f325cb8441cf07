// Comparing a plan with its revision (docs/formats.md#diff-json): which sessions changed and why,
// weekly totals before and after, and four renderings (text, Markdown, JSON, HTML).
// Pure functions of two Plans; reading files and writing output is the command's job.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "planadj/model.h"

namespace planadj {

/// Who made a session change: the tool (the revision restored from
/// `adjustment.original` equals the original session), a person (no adjustment),
/// or both (an adjustment, but the restored session still differs: hand-edited too).
enum class ChangeOrigin { tool, hand, tool_and_hand };

/// One session slot — a date and a position within that date — that differs.
struct SessionChange {
  enum class Kind { changed, added, removed };
  Kind kind = Kind::changed;
  Date date;
  int index = 0;                  ///< 0-based position among the sessions of `date`
  std::optional<Session> before;  ///< unset for an added session
  std::optional<Session> after;   ///< unset for a removed session
  /// Fields that differ, in this order: type, distance, duration, terrain, route,
  /// elevation_gain, description, then unknown keys by name.
  std::vector<std::string> fields;
  ChangeOrigin origin = ChangeOrigin::hand;
  std::optional<Adjustment> adjustment;  ///< the revised session's, when present
};

/// A plan-level field that differs (athlete, name, units or an unknown top-level key).
struct FieldChange {
  std::string field;
  std::string before;  ///< a short spelling; "(absent)" when the key is missing
  std::string after;
};

/// One plan's totals for one ISO week. Running sessions only.
struct WeekTotals {
  double distance = 0;  ///< in the diff's units (the original plan's)
  double minutes = 0;   ///< duration of running sessions that have no distance
  int speedwork = 0;    ///< speedwork sessions
  int rest_days = 0;    ///< days in the compared range with no running session
};

struct WeekDiff {
  int iso_year = 0;
  int iso_week = 0;
  Date monday;   ///< first day of the ISO week
  int days = 0;  ///< days of this week inside the compared date range
  WeekTotals before;
  WeekTotals after;
};

/// An injury phase of the revision (`adjusted.injuries[].phases`), for chart shading.
struct PhaseShade {
  std::string injury;  ///< e.g. "achilles_tendinopathy (left)"
  std::string rule;    ///< bone-stop | acute-rest | reduced-load | return-ramp
  Date from;
  std::optional<Date> to;  ///< unset: open-ended
};

struct DiffSummary {
  int sessions_changed = 0;
  int sessions_added = 0;
  int sessions_removed = 0;
  int by_tool = 0;  ///< changes whose origin is `tool` or `tool_and_hand`
  int by_hand = 0;  ///< changes with origin `hand` or `tool_and_hand`, plus additions/removals
  double volume_before = 0;  ///< running distance, the diff's units
  double volume_after = 0;
  double minutes_before = 0;  ///< running sessions with a duration and no distance
  double minutes_after = 0;
  int rest_days_before = 0;
  int rest_days_after = 0;
  int rest_days_added = 0;  ///< days that had a run before and none after
  int speedwork_before = 0;
  int speedwork_after = 0;
  int speedwork_replaced = 0;  ///< speedwork sessions that are no longer speedwork
  int routes_flattened = 0;    ///< hilly/rolling runs that are flat after
};

struct PlanDiff {
  std::string original;  ///< file names as given
  std::string revised;
  std::string athlete;  ///< the revised plan's
  std::optional<std::string> name;
  Units units = Units::km;         ///< weekly volumes are in the original plan's units
  Units units_before = Units::km;  ///< each side's own units, for session text
  Units units_after = Units::km;
  bool same = true;
  std::vector<FieldChange> plan_fields;
  std::vector<SessionChange> changes;  ///< by date, then position
  std::vector<WeekDiff> weeks;         ///< the ISO weeks that hold a session, in order
  std::vector<PhaseShade> phases;
  DiffSummary summary;
};

/// Compares two plans (docs/formats.md#diff-json). Sessions are sorted stably by date and matched
/// by date and position within the date; the `adjusted` header and `adjustment` annotations are not
/// compared. Never fails.
PlanDiff diff_plans(const Plan& original, const Plan& revised);

/// The terminal rendering: changed sessions, a weekly table and a summary.
/// `color` adds ANSI colour escapes.
std::string render_text(const PlanDiff& d, bool color = false);
/// The same content as GitHub-flavoured Markdown tables (pipes escaped).
std::string render_markdown(const PlanDiff& d);
/// A stable JSON document, described field by field in lib/diff/README.md.
std::string render_json(const PlanDiff& d);
/// One self-contained HTML page with an inline SVG chart of weekly volume.
std::string render_html(const PlanDiff& d);

/// A session in a few words: `intervals 10 km hilly`, `tempo 45min flat`, `rest`.
std::string describe_session(const Session& s, Units units);

/// Percent change from `before` to `after`; nullopt when `before` is 0.
std::optional<double> percent_change(double before, double after);

}  // namespace planadj

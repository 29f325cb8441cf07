// Small formatting helpers shared by the diff renderers (private to lib/diff).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "planadj/diff.h"
#include "planadj/number_text.h"

namespace planadj::diff_format {

/// A percent change as "-19.2%" / "+5.0%" / "0.0%", or "—" when unknown.
std::string percent(std::optional<double> p);
/// A percent change smaller than this prints as 0.0% (percent() shows one decimal): the
/// chart gives it no label and the table no colour.
inline constexpr double kLevelPercent = 0.05;
/// "2026-W10".
std::string week_label(const WeekDiff& w);
/// "W10".
std::string short_week_label(const WeekDiff& w);
/// "km" or "mi".
std::string unit(Units u);
/// A compact one-line spelling of an unknown key's value: `x`, `[a, b]`, `{k: v}`.
std::string value_text(const Value& v);
/// The JSON name of a change's kind: added, removed or changed.
std::string_view kind_name(SessionChange::Kind k);
/// The summary's facts in the words the text and Markdown renderers share:
/// `3 changed, 1 added, 0 removed (3 by the tool, 1 by hand)`, `42 km → 34.1 km (-18.8%)`,
/// `2 added (3 → 5)`, `2 replaced (4 → 2 sessions)`.
struct SummaryWords {
  std::string sessions;
  std::string volume;
  std::string rest_days;
  std::string speedwork;
};
SummaryWords summary_words(const PlanDiff& d);
/// Whether the summary has minutes to show: sessions without a distance before or after.
bool has_minutes(const DiffSummary& s);
/// Whether any care note of the review has advice to show.
bool has_care(const ReviewNotes& n);
/// The rule label of a change: the adjustment's rule, or edited / added / removed.
std::string rule_label(const SessionChange& c);
/// The "before" and "after" cells of a change; a removed/added side is empty.
std::string before_text(const PlanDiff& d, const SessionChange& c);
std::string after_text(const PlanDiff& d, const SessionChange& c);
/// What the change says beyond the session text: the adjustment's reason, and the
/// changed fields when the short session text alone would not show them.
std::string detail_text(const SessionChange& c);
/// Text safe for a terminal: control characters (line breaks, escapes) become spaces,
/// so a description cannot break the layout or send escape sequences.
std::string printable(std::string_view s);
/// Display width of UTF-8 text (code points; no wide characters expected).
std::size_t width(std::string_view s);
/// Pads `s` with spaces on the right (left when `right_align`) to `w` columns.
std::string pad(const std::string& s, std::size_t w, bool right_align = false);

}  // namespace planadj::diff_format

// Every changed session in every adjust golden reads as what it now is
// (docs/rules.md#changed-sessions): a day made rest or cross-training carries no
// workout text, route, terrain, climb or distance; eased speedwork no longer carries
// the workout it replaced; a flattened run names no hilly route; durations keep their
// spelling. The goldens are read back with the plan reader and checked field by field,
// so a golden regenerated with incoherent sessions fails here.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "planadj/readers.h"
#include "support/run.h"

namespace planadj::testing {
namespace {

bool has_change(const Adjustment& a, const std::string& suffix) {
  return std::any_of(a.changes.begin(), a.changes.end(), [&](const std::string& c) {
    return c.size() >= suffix.size() &&
           c.compare(c.size() - suffix.size(), suffix.size(), suffix) == 0;
  });
}

bool starts_with(const std::optional<std::string>& s, const std::string& prefix) {
  return s && s->rfind(prefix, 0) == 0;
}

std::vector<std::string> adjust_goldens() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(source_path("tests/golden/adjust")))
    if (e.path().extension() == ".yaml") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

// A day off: no workout left on it, and a description that says so.
void check_day_off(const Session& s, const std::string& at, bool cross) {
  const Adjustment& a = *s.adjustment;
  EXPECT_FALSE(s.distance) << at << ": a day off keeps no distance";
  EXPECT_FALSE(s.route) << at << ": a day off keeps no route";
  EXPECT_FALSE(s.terrain) << at << ": a day off keeps no terrain";
  EXPECT_FALSE(s.elevation_gain) << at << ": a day off keeps no climb";
  EXPECT_TRUE(
      starts_with(s.description, cross ? "Cross-training, instead of: " : "Rest day, instead of: "))
      << at << ": " << s.description.value_or("(no description)");
  ASSERT_TRUE(a.original.description) << at << ": the replaced text is kept in original";
  if (*a.original.description) {
    EXPECT_NE(s.description, *a.original.description) << at;
  }
  if (cross) {
    EXPECT_TRUE(s.duration) << at << ": cross-training keeps the run's time";
    EXPECT_EQ(a.reason.find("rest for"), std::string::npos) << at << ": " << a.reason;
    EXPECT_EQ(a.reason.find("rest day"), std::string::npos) << at << ": " << a.reason;
  } else {
    EXPECT_FALSE(s.duration) << at << ": a rest day keeps no duration";
  }
}

void check_session(const Session& s, const std::string& at) {
  if (!s.adjustment) return;
  const Adjustment& a = *s.adjustment;
  const bool to_rest = has_change(a, "to_rest");
  const bool to_cross = has_change(a, "to_cross_training");
  if (to_rest || to_cross) {
    EXPECT_EQ(s.type, to_rest ? SessionType::rest : SessionType::cross_training) << at;
    check_day_off(s, at, to_cross);
    return;
  }
  if (has_change(a, "speedwork_to_easy")) {
    EXPECT_TRUE(starts_with(s.description, "Easy run")) << at;
    ASSERT_TRUE(a.original.description) << at << ": the workout text is kept in original";
    if (*a.original.description) {
      EXPECT_NE(s.description, *a.original.description) << at;
    }
  }
  if (has_change(a, "route_flattened")) {
    EXPECT_EQ(s.terrain, Terrain::flat) << at;
    EXPECT_FALSE(s.route) << at << ": a flattened run names no route";
  }
  // A changed duration keeps the spelling it was written in (h:mm:ss stays h:mm:ss).
  if (s.duration && a.original.duration && !a.original.duration->text.empty()) {
    const bool clock_before = a.original.duration->text.find(':') != std::string::npos;
    const bool clock_after = s.duration->text.find(':') != std::string::npos;
    EXPECT_EQ(clock_before, clock_after) << at << ": " << s.duration->text;
  }
}

TEST(CoherentSessions, EveryChangedSessionOfEveryGoldenSaysWhatItNowIs) {
  const auto goldens = adjust_goldens();
  ASSERT_GE(goldens.size(), 10u);
  int changed = 0, days_off = 0, eased = 0;
  for (const std::string& path : goldens) {
    const auto plan = parse_plan(slurp(path), path);
    ASSERT_TRUE(plan.ok()) << path;
    for (const Session& s : plan.value->sessions) {
      const std::string at = path + " " + boost::gregorian::to_iso_extended_string(s.date);
      check_session(s, at);
      if (!s.adjustment) continue;
      ++changed;
      days_off +=
          has_change(*s.adjustment, "to_rest") || has_change(*s.adjustment, "to_cross_training");
      eased += has_change(*s.adjustment, "speedwork_to_easy");
    }
  }
  // The goldens exercise every kind: the check is not vacuous.
  EXPECT_GT(changed, 100);
  EXPECT_GT(days_off, 20);
  EXPECT_GT(eased, 10);
}

}  // namespace
}  // namespace planadj::testing

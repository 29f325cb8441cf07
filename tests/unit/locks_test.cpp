// Hand edits, locks and history (docs/rules.md#locked-sessions, docs/batch.md#history),
// with hand-worked expectations.
#include <gtest/gtest.h>

#include "planadj/adjust.h"
#include "planadj/revise.h"
#include "planadj/writers.h"
#include "unit/adjust_fixtures.h"

namespace planadj {
namespace {

using namespace fixtures;
using T = SessionType;

// A revision whose 03-03 session the tool wrote as easy 7 (from intervals 10).
Session revised_session() {
  Session s = run("2026-03-03", T::easy, 7.0);
  Adjustment a{"reduced-load", {"speedwork_to_easy", "volume_reduced"}, "why", {}};
  a.original.type = T::intervals;
  a.original.distance = 10.0;
  s.adjustment = a;
  s.adjustment->wrote = written_values(s);
  return s;
}

TEST(Locks, WrittenValuesRecordTheFieldsTheOriginalNames) {
  const Session s = revised_session();
  EXPECT_EQ(s.adjustment->wrote->type, T::easy);
  EXPECT_EQ(s.adjustment->wrote->distance, 7.0);
  EXPECT_FALSE(s.adjustment->wrote->terrain.has_value());
  EXPECT_FALSE(edited_by_hand(s));
}

TEST(Locks, ASessionThatNoLongerHoldsWhatWasWrittenIsAHandEdit) {
  Session s = revised_session();
  s.distance = 5.0;  // the coach: 7 -> 5
  EXPECT_TRUE(edited_by_hand(s));
  s.distance = 7.0;
  s.type = T::recovery;
  EXPECT_TRUE(edited_by_hand(s));
  Session v1 = revised_session();
  v1.adjustment->wrote.reset();  // a v1 revision recorded nothing: cannot tell
  v1.distance = 5.0;
  EXPECT_FALSE(edited_by_hand(v1));
}

TEST(Locks, AdjustKeepsAHandEditLocksItAndWarnsEveryRun) {
  Plan p = plan_of({revised_session(), run("2026-03-04", T::tempo, 8.0)});
  p.sessions[0].distance = 5.0;
  const InjuryLog log = log_of({entry("2026-03-01", InjuryKind::achilles_tendinopathy, 5)});
  const Plan r = adjusted(p, log);
  EXPECT_EQ(on(r, "2026-03-03").distance, 5.0);
  EXPECT_EQ(on(r, "2026-03-03").type, T::easy);
  EXPECT_TRUE(on(r, "2026-03-03").locked);
  EXPECT_EQ(rule(on(r, "2026-03-04")), "reduced-load");  // the others are still revised
  ASSERT_EQ(r.adjusted->warnings.size(), 1u);
  EXPECT_EQ(r.adjusted->warnings[0],
            "session on 2026-03-03 was edited by hand after plan-adjust revised it: kept as "
            "the coach left it, and locked");
  const Plan again = adjusted(r, log);  // next night: the same warning, the same session
  EXPECT_EQ(again.adjusted->warnings, r.adjusted->warnings);
  EXPECT_EQ(on(again, "2026-03-03").distance, 5.0);
}

// A day made rest, as the tool writes it: the workout text moved into `original`.
Session rest_day_written() {
  Session s = run("2026-03-03", T::rest, std::nullopt);
  s.description = "Rest day, instead of: 10 x 400 m at 3K pace";
  Adjustment a{"acute-rest", {"to_rest"}, "why", {}};
  a.original.type = T::intervals;
  a.original.distance = 10.0;
  a.original.description = std::optional<std::string>("10 x 400 m at 3K pace");
  s.adjustment = a;
  s.adjustment->wrote = written_values(s);
  return s;
}

TEST(Locks, TheGeneratedDescriptionIsRecordedAndARewriteIsAHandEdit) {
  Session s = rest_day_written();
  ASSERT_TRUE(s.adjustment->wrote->description.has_value());
  EXPECT_EQ(*s.adjustment->wrote->description,
            std::optional<std::string>("Rest day, instead of: 10 x 400 m at 3K pace"));
  EXPECT_FALSE(edited_by_hand(s));
  s.description = "Rest day: walk 30 min instead of the intervals";  // the coach's words
  EXPECT_TRUE(edited_by_hand(s));
  s.description.reset();  // the coach deleted it
  EXPECT_TRUE(edited_by_hand(s));
}

TEST(Locks, ARewrittenRestDayDescriptionIsKeptLockedAndWarned) {
  Plan p = plan_of({rest_day_written()});
  p.sessions[0].description = "Rest day: walk 30 min instead of the intervals";
  // Severe pain on 03-02: acute rest from 03-03, so the tool would write its own text.
  const InjuryLog log = log_of({entry("2026-03-02", InjuryKind::itbs, 7)});
  const Plan r = adjusted(p, log);
  const Session& s = on(r, "2026-03-03");
  EXPECT_EQ(s.description, "Rest day: walk 30 min instead of the intervals");
  EXPECT_TRUE(s.locked);
  ASSERT_EQ(r.adjusted->warnings.size(), 1u);
  EXPECT_EQ(r.adjusted->warnings[0],
            "session on 2026-03-03 was edited by hand after plan-adjust revised it: kept as "
            "the coach left it, and locked");
}

TEST(Locks, ALockedSessionIsNeverChanged) {
  Plan p = plan_of({run("2026-03-03", T::intervals, 10.0)});
  p.sessions[0].locked = true;
  const Plan r = adjusted(p, log_of({entry("2026-03-01", InjuryKind::achilles_tendinopathy, 8)}));
  EXPECT_EQ(on(r, "2026-03-03").type, T::intervals);
  EXPECT_EQ(on(r, "2026-03-03").distance, 10.0);
  EXPECT_FALSE(on(r, "2026-03-03").adjustment);
}

TEST(History, BeforeAsOfFromThePreviousRevisionByDateAndPosition) {
  // Two sessions on 03-02: the second was made rest last night; the roster plan has
  // since been edited (9 km) but the athlete was told rest.
  Plan roster = plan_of({run("2026-03-02", T::easy, 5.0), run("2026-03-02", T::easy, 9.0),
                         run("2026-03-05", T::easy, 12.0)});
  Plan previous = plan_of({run("2026-03-02", T::easy, 5.0), run("2026-03-02", T::rest, {}),
                           run("2026-03-05", T::easy, 6.0)});
  const Plan h = with_history(roster, previous, day("2026-03-04"));
  EXPECT_EQ(on(h, "2026-03-02", 1).type, T::rest);
  EXPECT_EQ(on(h, "2026-03-05").distance, 12.0);  // from --as-of on: the roster plan
  previous.sessions[2].locked = true;
  EXPECT_EQ(on(with_history(roster, previous, day("2026-03-04")), "2026-03-05").distance, 6.0);
}

TEST(History, MatchedByDateAndPositionWhateverTheFileOrder) {
  // Neither file is in date order; the k-th session of a date still meets the k-th of
  // that date in the other file, and a date the other file lacks stays as it is.
  Plan roster = plan_of({run("2026-03-05", T::easy, 12.0), run("2026-03-02", T::easy, 5.0),
                         run("2026-03-03", T::easy, 7.0), run("2026-03-02", T::easy, 9.0)});
  Plan previous = plan_of({run("2026-03-02", T::easy, 4.0), run("2026-03-04", T::easy, 3.0),
                           run("2026-03-02", T::rest, {}), run("2026-03-05", T::easy, 6.0)});
  const Plan h = with_history(roster, previous, day("2026-03-06"));
  ASSERT_EQ(h.sessions.size(), 4u);
  EXPECT_EQ(h.sessions[0].distance, 6.0);
  EXPECT_EQ(h.sessions[1].distance, 4.0);
  EXPECT_EQ(h.sessions[2].distance, 7.0);  // no 03-03 in the previous revision
  EXPECT_EQ(h.sessions[3].type, T::rest);
}

// A plan that says its easy run once (`&easy`) and reuses it (`<<: *easy`).
const char* const kAnchored =
    "version: 1\nathlete: a\nsessions:\n"
    "  - &easy\n    date: 2026-03-02\n    type: easy\n    distance: 6\n"
    "  - <<: *easy\n    date: 2026-03-04\n"
    "  - date: 2026-03-12\n    type: easy\n    distance: 8\n";

std::string night(const std::string& roster, const std::optional<std::string>& previous) {
  ReviseInputs in;
  in.plan = {"roster/a/plan.yaml", roster};
  if (previous) in.previous = InputText{"out/a/plan.yaml", *previous};
  const Revision r = revise(in, Policy{}, day("2026-03-10"));
  EXPECT_TRUE(r.ok());
  return r.ok() ? write_plan_yaml(*r.revised) : "";
}

TEST(History, AnAnchoredPlanIsNotRewrittenOnTheSecondNight) {
  const std::string first = night(kAnchored, std::nullopt);
  // The anchor and its alias stay as written, before --as-of as after it.
  const std::string anchored = "  - &easy\n    date: 2026-03-02\n    type: easy\n    distance: 6\n";
  const std::string alias = "  - <<: *easy\n    date: 2026-03-04\n";
  EXPECT_NE(first.find(anchored + alias), std::string::npos) << first;
  const std::string second = night(kAnchored, first);
  EXPECT_NE(second.find(anchored + alias), std::string::npos) << second;
  EXPECT_EQ(second, first);
}

TEST(History, AnAnchorTheCoachChangedSinceKeepsWhatTheAthleteWasTold) {
  const std::string first = night(kAnchored, std::nullopt);
  std::string edited = kAnchored;
  edited.replace(edited.find("distance: 6"), 11, "distance: 7");
  ReviseInputs in;
  in.plan = {"roster/a/plan.yaml", edited};
  in.previous = InputText{"out/a/plan.yaml", first};
  const Revision r = revise(in, Policy{}, day("2026-03-10"));
  ASSERT_TRUE(r.ok());
  // Both sessions before 03-10 were told 6 km; the one after it follows the roster (8).
  EXPECT_EQ(on(*r.revised, "2026-03-02").distance, 6.0);
  EXPECT_EQ(on(*r.revised, "2026-03-04").distance, 6.0);
  EXPECT_EQ(on(*r.revised, "2026-03-12").distance, 8.0);
  const std::string text = write_plan_yaml(*r.revised);
  EXPECT_EQ(text.find("distance: 7"), std::string::npos) << text;
}

TEST(Revise, AnEmptyLogIsNoInjuriesWithAWarning) {
  ReviseInputs in;
  in.plan = {"plan.yaml",
             "version: 1\nathlete: a\nsessions:\n  - {date: 2026-03-02, type: easy}\n"};
  in.log = InputText{"injuries.yaml", "# nothing yet\n\n"};
  const Revision r = revise(in, Policy{}, std::nullopt);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.read.size(), 1u);
  EXPECT_EQ(r.read[0].str(), "injuries.yaml:1:1: warning: the injury log is empty: no injuries");
  EXPECT_TRUE(blank_yaml(""));
  EXPECT_TRUE(blank_yaml("---\n# x\n"));
  EXPECT_FALSE(blank_yaml("version: 1\n"));
}

TEST(Revise, APreviousRevisionForAnotherAthleteIsAnError) {
  ReviseInputs in;
  in.athlete = "a";
  in.plan = {"plan.yaml",
             "version: 1\nathlete: a\nsessions:\n  - {date: 2026-03-02, type: easy}\n"};
  in.previous = InputText{"out/a/plan.yaml", "version: 1\nathlete: b\nsessions: []\n"};
  const Revision r = revise(in, Policy{}, std::nullopt);
  EXPECT_FALSE(r.ok());
  ASSERT_FALSE(r.read.empty());
  EXPECT_EQ(r.read.back().str(),
            "out/a/plan.yaml:2:10: error: previous revision is for athlete 'b', not 'a'");
}

}  // namespace
}  // namespace planadj

// The athlete's message (docs/formats.md#athlete-message), hand-worked: a revised plan
// built by hand, with the message written out in full beside it, so the test fails on
// any word the writer changes. One case goes through the rules, with the session line
// worked out from docs/rules.md (mild pain: 80% volume, speedwork made easy).
#include <gtest/gtest.h>

#include "planadj/message.h"
#include "unit/adjust_fixtures.h"

namespace planadj {
namespace {

using namespace fixtures;
using T = SessionType;

Session changed(Session s, const char* rule, std::vector<std::string> what, Original original) {
  Adjustment a;
  a.rule = rule;
  a.changes = std::move(what);
  a.original = std::move(original);
  s.adjustment = std::move(a);
  return s;
}

// Jane's left Achilles: acute rest, reduced load, a return ramp; one referral.
Plan revised_by_hand() {
  Original intervals;
  intervals.type = T::intervals;
  intervals.distance = 8;
  intervals.description = std::optional<std::string>("10 x 400 m at 3K pace");
  Session rest = run("2026-03-03", T::rest, std::nullopt);
  rest.description = "Rest day, instead of: 10 x 400 m at 3K pace";
  rest.distance.reset();

  Original eight;
  eight.distance = 8;
  Original hilly_long;
  hilly_long.distance = 14;
  hilly_long.terrain = std::optional<Terrain>(Terrain::hilly);
  hilly_long.route = "Ridge loop";
  Original six;
  six.distance = 6;

  Plan p = plan_of({
      run("2026-03-02", T::easy, 5),  // unchanged: not in the message
      changed(rest, "acute-rest", {"to_rest"}, intervals),
      changed(run("2026-03-05", T::easy, 6.4), "reduced-load", {"volume_reduced"}, eight),
      changed(run("2026-03-10", T::long_run, 11.2, Terrain::flat), "return-ramp",
              {"volume_reduced", "route_flattened"}, hilly_long),
      run("2026-03-15", T::race, 10),
      changed(run("2026-03-24", T::easy, 5.4), "return-ramp", {"volume_reduced"}, six),
  });
  p.name = "Spring 10K";
  AdjustedHeader h;
  h.notice = "guidance from general running-coach advice, not medical advice";
  h.referrals.push_back({InjuryKind::achilles_tendinopathy, Side::left, std::nullopt,
                         day("2026-03-01"), "severe pain (8/10): see a medical professional"});
  InjuryReport achilles;
  achilles.injury = InjuryKind::achilles_tendinopathy;
  achilles.side = Side::left;
  achilles.phases = {{"acute-rest", day("2026-03-02"), day("2026-03-04")},
                     {"reduced-load", day("2026-03-05"), day("2026-03-08")},
                     {"return-ramp", day("2026-03-09"), day("2026-03-24")}};
  achilles.care = {"foam roll the calves 30-60 s each; never roll the injured tendon itself",
                   "eccentric heel drops, daily, and keep doing them after the pain is gone"};
  h.injuries.push_back(achilles);
  p.adjusted = h;
  return p;
}

TEST(AthleteMessage, SaysReferralWhyBothWeeksLaterRaceAndCareInThatOrder) {
  // Wednesday 4 March: this week is Mon 2 to Sun 8 March, next week 9 to 15 March.
  const std::string expected =
      "# Your plan, revised: Spring 10K\n"
      "\n"
      "## Please see a medical professional\n"
      "\n"
      "- Achilles tendinopathy (left), Sun 1 Mar: severe pain (8/10): see a medical "
      "professional\n"
      "\n"
      "## Why your plan changes\n"
      "\n"
      "- Achilles tendinopathy (left): rest from running from Mon 2 Mar to Wed 4 Mar; then "
      "shorter, easier runs and no speedwork from Thu 5 Mar to Sun 8 Mar; then building back "
      "up gradually from Mon 9 Mar to Tue 24 Mar.\n"
      "\n"
      "## This week: Mon 2 Mar to Sun 8 Mar\n"
      "\n"
      "- Tue 3 Mar: Rest day, instead of intervals (10 x 400 m at 3K pace), 8 km (rest while "
      "it settles)\n"
      "- Thu 5 Mar: Easy run, 6.4 km, instead of 8 km (less running while it heals)\n"
      "\n"
      "## Next week: Mon 9 Mar to Sun 15 Mar\n"
      "\n"
      "- Tue 10 Mar: Long run on a flat route, 11.2 km, instead of 14 km, Ridge loop (building "
      "back up gradually)\n"
      "\n"
      "Your race on Sun 15 Mar stays in the plan for now: we will decide together whether you "
      "run it.\n"
      "\n"
      "After that, 1 more session changes, on Tue 24 Mar: your plan shows each one.\n"
      "\n"
      "## Care: Achilles tendinopathy (left)\n"
      "\n"
      "- Foam roll the calves 30-60 s each; never roll the injured tendon itself.\n"
      "- Eccentric heel drops, daily, and keep doing them after the pain is gone.\n"
      "\n"
      "Guidance from general running-coach advice, not medical advice.\n";
  EXPECT_EQ(write_athlete_message(revised_by_hand(), day("2026-03-04")), expected);
}

TEST(AthleteMessage, ADateInAnotherYearGivesItsYearAndItsOwnWeekday) {
  // A referral a year off (2025-03-01 was a Saturday; 2026-03-01 a Sunday): the line
  // says the 2025 date in full, not "Sat 1 Mar" beside this year's March.
  Plan p = revised_by_hand();
  p.adjusted->referrals.front().date = day("2025-03-01");
  const std::string message = write_athlete_message(p, day("2026-03-04"));
  EXPECT_NE(message.find("- Achilles tendinopathy (left), Sat 1 Mar 2025: severe pain (8/10)"),
            std::string::npos)
      << message;
  // This year's days stay short.
  EXPECT_NE(message.find("rest from running from Mon 2 Mar to Wed 4 Mar;"), std::string::npos);
}

TEST(AthleteMessage, AWeekLaterDropsPhasesThatAreOverAndSaysWhenAWeekHasNoChanges) {
  // Monday 16 March: this week 16-22, next 23-29 March; the acute and reduced phases
  // ended before the 16th; the race on the 15th is past.
  const std::string m = write_athlete_message(revised_by_hand(), day("2026-03-16"));
  EXPECT_NE(m.find("- Achilles tendinopathy (left): building back up gradually from Mon 9 Mar "
                   "to Tue 24 Mar.\n"),
            std::string::npos)
      << m;
  EXPECT_NE(m.find("## This week: Mon 16 Mar to Sun 22 Mar\n\nNo changes: train as planned.\n"),
            std::string::npos)
      << m;
  EXPECT_NE(m.find("## Next week: Mon 23 Mar to Sun 29 Mar\n\n- Tue 24 Mar: Easy run, 5.4 km, "
                   "instead of 6 km (building back up gradually)\n"),
            std::string::npos)
      << m;
  EXPECT_EQ(m.find("race"), std::string::npos) << m;
  EXPECT_EQ(m.find("After that"), std::string::npos) << m;
}

TEST(AthleteMessage, InjuriesOverBeforeThisWeekAreLeftOutOfWhyAndCare) {
  // Monday 30 March: the return ramp ended on the 24th, so nothing of it is current.
  const std::string m = write_athlete_message(revised_by_hand(), day("2026-03-30"));
  EXPECT_NE(m.find("## Why your plan changes\n\nEvery injury's easier days are over: back to "
                   "your usual training.\n\n## This week: Mon 30 Mar to Sun 5 Apr\n\nNo "
                   "changes: train as planned.\n"),
            std::string::npos)
      << m;
  EXPECT_EQ(m.find("Achilles"), m.find("Achilles tendinopathy (left), Sun 1 Mar"))
      << "only the referral names the old injury\n"
      << m;
  EXPECT_EQ(m.find("## Care"), std::string::npos) << m;
}

TEST(AthleteMessage, NoInjuriesAndNoChangesIsOneLine) {
  Plan p = plan_of({run("2026-03-02", T::easy, 5)});
  p.adjusted = AdjustedHeader{};
  EXPECT_EQ(write_athlete_message(p, day("2026-03-02")),
            "# Your plan, revised\n\nNo changes: your plan stays as it is.\n");
}

TEST(AthleteMessage, CrossTrainingKeepsItsTimeAndIsNeverCalledRest) {
  Original tempo;
  tempo.type = T::tempo;
  tempo.distance = 8;
  tempo.duration_added = true;
  Session cross = run("2026-03-03", T::cross_training, std::nullopt);
  cross.duration = Duration{48, ""};
  Plan p = plan_of({changed(cross, "acute-rest", {"to_cross_training"}, tempo)});
  p.adjusted = AdjustedHeader{};
  p.adjusted->injuries.push_back(InjuryReport{});
  const std::string m = write_athlete_message(p, day("2026-03-03"));
  EXPECT_NE(m.find("- Tue 3 Mar: Cross-training, 48min, instead of tempo run, 8 km (cross-train "
                   "while it settles)\n"),
            std::string::npos)
      << m;
  EXPECT_EQ(m.find("rest"), std::string::npos) << m;
}

TEST(AthleteMessage, ThroughTheRulesMildPainMakesIntervalsAnEasierEasyRun) {
  // Pain 2/10 (mild) on Mon 2 March: reduced load from the 3rd, volume x 0.8, no
  // speedwork (docs/rules.md#reduced-load): 10 km of intervals become 8 km easy.
  Session intervals = run("2026-03-03", T::intervals, 10);
  intervals.description = "6 x 800 m at 5K pace";
  intervals.key_order.push_back("description");
  const InjuryLog log = log_of({entry("2026-03-02", InjuryKind::achilles_tendinopathy, 2)});
  const Plan r = adjusted(plan_of({intervals}), log);
  const std::string m = write_athlete_message(r, message_day(&log, std::nullopt));
  EXPECT_NE(m.find("## This week: Mon 2 Mar to Sun 8 Mar\n\n- Tue 3 Mar: Easy run, 8 km, instead "
                   "of intervals (6 x 800 m at 5K pace), 10 km (less running while it heals)\n"),
            std::string::npos)
      << m;
  EXPECT_EQ(m.find("## Please see"), std::string::npos) << m;  // mild pain: no referral
}

TEST(AthleteMessage, DayIsAsOfButNeverBeforeTheDayAfterTheLatestEntryItSees) {
  const InjuryLog log =
      log_of({entry("2026-03-02", InjuryKind::itbs, 3), entry("2026-03-10", InjuryKind::itbs, 1)});
  EXPECT_EQ(message_day(&log, std::nullopt), day("2026-03-11"));
  EXPECT_EQ(message_day(&log, day("2026-03-20")), day("2026-03-20"));
  // The entry of the 10th is after --as-of, so ignored: the 5th is later than the 3rd.
  EXPECT_EQ(message_day(&log, day("2026-03-05")), day("2026-03-05"));
  EXPECT_EQ(message_day(&log, day("2026-03-02")), day("2026-03-03"));
  EXPECT_EQ(message_day(nullptr, day("2026-03-02")), day("2026-03-02"));
  EXPECT_EQ(message_day(nullptr, std::nullopt), std::nullopt);
}

}  // namespace
}  // namespace planadj

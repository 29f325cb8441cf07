// Episodes (docs/rules.md#episodes) as refined in "Refinements (v2)": follow-ups that
// leave out side or location join their injury, ambiguous and unmatched follow-ups
// are located errors, entries far outside the plan warn, an early --as-of is a note.
#include "adjust/episodes.h"

#include <gtest/gtest.h>

#include "unit/adjust_fixtures.h"

namespace planadj {
namespace {

using namespace fixtures;
using T = SessionType;
using Strings = std::vector<std::string>;

Strings messages(const Diagnostics& ds) {
  Strings out;
  for (const auto& d : ds) out.push_back(d.str());
  return out;
}

InjuryEntry at(InjuryEntry e, int line) {
  e.where = {"log.yaml", line, 5};
  return e;
}

InjuryEntry foot_fracture(const char* date, int pain) {
  auto e = entry(date, InjuryKind::stress_fracture, pain);
  e.location = "foot";
  return e;
}

// The stress fracture of the left foot, cleared on 03-10 by an entry without side or
// location: one episode, closed; running resumes on 03-11 through the bone ramp (50%),
// one bone referral only (no phantom injury, no second "stop running").
TEST(Episodes, FollowUpWithoutSideJoinsOpenEpisode) {
  auto cleared = entry("2026-03-10", InjuryKind::stress_fracture, 0, std::nullopt);
  cleared.cleared = true;
  const InjuryLog log = log_of({foot_fracture("2026-03-01", 4), cleared});
  const auto eps = adjust::group_episodes(log.entries, std::nullopt);
  ASSERT_EQ(eps.size(), 1u);
  EXPECT_EQ(eps[0].entries.size(), 2u);
  EXPECT_TRUE(eps[0].closed);

  const auto res = adjust_plan(plan_of(daily("2026-03-02", "2026-03-12", T::easy, 10)), &log,
                               Policy{}, std::nullopt);
  EXPECT_TRUE(res.diagnostics.empty()) << messages(res.diagnostics).front();
  EXPECT_EQ(rule(on(res.revised, "2026-03-10")), "bone-stop");
  EXPECT_EQ(rule(on(res.revised, "2026-03-11")), "return-ramp");
  EXPECT_EQ(on(res.revised, "2026-03-11").distance, 5.0);
  ASSERT_EQ(res.revised.adjusted->referrals.size(), 1u);
  ASSERT_EQ(res.revised.adjusted->injuries.size(), 1u);
  EXPECT_EQ(res.revised.adjusted->injuries[0].location, std::string("foot"));
}

TEST(Episodes, FollowUpWithASideJoinsTheEpisodeWithThatSide) {
  auto right = entry("2026-03-02", InjuryKind::itbs, 2, Side::right);
  auto follow = entry("2026-03-05", InjuryKind::itbs, 1, Side::right);
  const auto eps = adjust::group_episodes({entry("2026-03-01", InjuryKind::itbs, 3), right, follow},
                                          std::nullopt);
  ASSERT_EQ(eps.size(), 2u);
  EXPECT_EQ(eps[1].entries.size(), 2u);
}

TEST(Episodes, FollowUpWithSeveralOpenIsAnErrorListingThem) {
  const InjuryLog log = log_of({at(entry("2026-03-01", InjuryKind::itbs, 3), 4),
                                at(entry("2026-03-02", InjuryKind::itbs, 2, Side::right), 9),
                                at(entry("2026-03-05", InjuryKind::itbs, 1, std::nullopt), 14)});
  const auto res = adjust_plan(plan_of(daily("2026-03-02", "2026-03-12", T::easy, 10)), &log,
                               Policy{}, std::nullopt);
  EXPECT_EQ(messages(res.diagnostics),
            Strings{"log.yaml:14:5: error: itbs entry on 2026-03-05 gives no side and 2 of its "
                    "episodes are open: IT band syndrome (left) since 2026-03-01, IT band syndrome "
                    "(right) since "
                    "2026-03-02; give side and location to say which"});
  EXPECT_FALSE(res.revised.adjusted);  // nothing is written for an invalid log
}

TEST(Episodes, ClosingEntryMatchingNoOpenEpisodeIsAnErrorWithDidYouMean) {
  auto resolved = at(entry("2026-03-09", InjuryKind::achilles_tendinopathy, 0, Side::right), 20);
  resolved.resolved = true;
  const InjuryLog log =
      log_of({at(entry("2026-03-01", InjuryKind::achilles_tendinopathy, 4), 4), resolved});
  const auto res = adjust_plan(plan_of(daily("2026-03-02", "2026-03-12", T::easy, 10)), &log,
                               Policy{}, std::nullopt);
  EXPECT_EQ(messages(res.diagnostics),
            Strings{"log.yaml:20:5: error: resolved entry for Achilles tendinopathy (right) on "
                    "2026-03-09 matches no open episode (did you mean Achilles tendinopathy "
                    "(left) since 2026-03-01?)"});
}

TEST(Episodes, ClearanceWithNothingOpenIsAnError) {
  auto cleared = at(foot_fracture("2026-03-10", 0), 7);
  cleared.cleared = true;
  Diagnostics ds;
  const auto eps = adjust::group_episodes({cleared}, std::nullopt, Policy{}, &ds);
  EXPECT_TRUE(eps.empty());
  EXPECT_EQ(messages(ds),
            Strings{"log.yaml:7:5: error: cleared entry for Stress fracture (left foot) on "
                    "2026-03-10 matches no open episode, and no episode is open then: a "
                    "follow-up never starts an injury"});
}

// docs/rules.md#follow-ups: the physio confirms a resolution already logged. The episode
// it closes has just closed and nothing else of the injury is open: a warning naming the
// first close, not an error naming another injury; the plan is still revised.
TEST(Episodes, SecondResolvedForAClosedEpisodeIsAWarning) {
  auto first = at(entry("2026-03-04", InjuryKind::muscle_strain, 0), 9);
  first.location = "hamstring";
  first.resolved = true;
  auto again = at(entry("2026-03-06", InjuryKind::muscle_strain, 0, std::nullopt), 14);
  again.resolved = true;
  auto open = at(entry("2026-03-01", InjuryKind::muscle_strain, 3), 4);
  open.location = "hamstring";
  auto other = at(entry("2026-03-02", InjuryKind::itbs, 2, Side::right), 19);
  const InjuryLog log = log_of({open, other, first, again});
  const auto res = adjust_plan(plan_of(daily("2026-03-02", "2026-03-12", T::easy, 10)), &log,
                               Policy{}, std::nullopt);
  EXPECT_EQ(messages(res.diagnostics),
            Strings{"log.yaml:14:5: warning: resolved entry for Hamstring strain (left) on "
                    "2026-03-06: already resolved on 2026-03-04 (nothing left to close)"});
  ASSERT_TRUE(res.revised.adjusted);
  EXPECT_EQ(res.revised.adjusted->injuries.size(), 2u);  // no phantom episode
}

TEST(Episodes, SecondClearanceOfABoneInjuryIsAWarning) {
  auto cleared = at(foot_fracture("2026-03-10", 0), 7);
  cleared.cleared = true;
  auto again = at(entry("2026-03-12", InjuryKind::stress_fracture, 0, std::nullopt), 12);
  again.cleared = true;
  Diagnostics ds;
  const auto eps = adjust::group_episodes({at(foot_fracture("2026-03-01", 4), 2), cleared, again},
                                          std::nullopt, Policy{}, &ds);
  ASSERT_EQ(eps.size(), 1u);
  EXPECT_EQ(eps[0].entries.size(), 2u);
  EXPECT_EQ(messages(ds),
            Strings{"log.yaml:12:5: warning: cleared entry for Stress fracture (left foot) on "
                    "2026-03-12: already cleared on 2026-03-10 (nothing left to close)"});
}

// Another episode of the same injury is open: the entry could mean it, so it stays the
// error with "did you mean".
TEST(Episodes, RepeatedCloseWithAnotherEpisodeOfTheInjuryOpenIsStillAnError) {
  auto first = at(entry("2026-03-04", InjuryKind::itbs, 0), 9);
  first.resolved = true;
  auto again = at(entry("2026-03-06", InjuryKind::itbs, 0), 14);
  again.resolved = true;
  Diagnostics ds;
  adjust::group_episodes(
      {at(entry("2026-03-01", InjuryKind::itbs, 3), 4),
       at(entry("2026-03-02", InjuryKind::itbs, 2, Side::right), 6), first, again},
      std::nullopt, Policy{}, &ds);
  EXPECT_EQ(messages(ds),
            Strings{"log.yaml:14:5: error: resolved entry for IT band syndrome (left) on "
                    "2026-03-06 matches no open episode (did you mean IT band syndrome (right) "
                    "since 2026-03-02?)"});
}

// A twinge reported and gone in one entry still opens (and closes) its own episode.
TEST(Episodes, ResolvedEntryWithPainOpensAndClosesItsOwnEpisode) {
  auto e = entry("2026-03-02", InjuryKind::itbs, 2);
  e.resolved = true;
  Diagnostics ds;
  const auto eps = adjust::group_episodes({e}, std::nullopt, Policy{}, &ds);
  EXPECT_TRUE(ds.empty());
  ASSERT_EQ(eps.size(), 1u);
  EXPECT_TRUE(eps[0].closed);
}

TEST(Episodes, EntriesMoreThan28DaysOutsideThePlanAreErrorsUnlessAllowed) {
  // The plan runs 2026-03-02 .. 2026-03-12: 2026-02-02 is 28 days before (fine),
  // 2026-02-01 is 29; 2026-04-09 is 28 days after, 2027-03-05 a typo in the year.
  const InjuryLog log = log_of({at(entry("2026-02-01", InjuryKind::itbs, 2), 3),
                                at(entry("2026-02-02", InjuryKind::itbs, 2), 8),
                                at(entry("2026-04-09", InjuryKind::itbs, 2), 13),
                                at(entry("2027-03-05", InjuryKind::itbs, 2), 18)});
  const auto refused = adjust_plan(plan_of(daily("2026-03-02", "2026-03-12", T::easy, 10)), &log,
                                   Policy{}, std::nullopt);
  EXPECT_TRUE(has_errors(refused.diagnostics));
  EXPECT_EQ(
      messages(refused.diagnostics)[0],
      "log.yaml:3:5: error: entry dated 2026-02-01 is more than 28 days before the plan's "
      "first session (2026-03-02): is the date right? (--allow-far-dates to use it as it is)");
  const auto res = adjust_plan_with(plan_of(daily("2026-03-02", "2026-03-12", T::easy, 10)), &log,
                                    Policy{}, std::nullopt, true);
  EXPECT_EQ(messages(res.diagnostics),
            (Strings{"log.yaml:3:5: warning: entry dated 2026-02-01 is more than 28 days before "
                     "the plan's first session (2026-03-02): is the date right?",
                     "log.yaml:18:5: warning: entry dated 2027-03-05 is more than 28 days after "
                     "the plan's last session (2026-03-12): is the date right?"}));
  EXPECT_TRUE(res.revised.adjusted);  // a warning: the plan is still revised
}

TEST(Episodes, AsOfBeforeEveryEntryIsANote) {
  const InjuryLog log = log_of({at(entry("2026-03-04", InjuryKind::itbs, 2), 6),
                                at(entry("2026-03-01", InjuryKind::itbs, 3), 3)});
  const Plan p = plan_of(daily("2026-03-02", "2026-03-12", T::easy, 10));
  const auto res = adjust_plan(p, &log, Policy{}, day("2026-02-20"));
  EXPECT_EQ(messages(res.diagnostics),
            Strings{"log.yaml:3:5: note: --as-of 2026-02-20 is before every entry of the log (the "
                    "first is dated 2026-03-01): no entry is used"});
  EXPECT_FALSE(has_errors(res.diagnostics));
  EXPECT_FALSE(on(res.revised, "2026-03-05").adjustment);
}

}  // namespace
}  // namespace planadj

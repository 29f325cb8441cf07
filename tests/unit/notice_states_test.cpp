// New, standing, closed (docs/batch.md#states): one athlete's record against the memory
// of what the previous run reported, night after night.
#include <gtest/gtest.h>

#include "planadj/batch.h"

namespace planadj::batch {
namespace {

Referral pop() {
  Referral r;
  r.injury = InjuryKind::muscle_strain;
  r.side = Side::left;
  r.location = "calf";
  r.date = Date(2026, 3, 10);
  r.reason = "felt a pop or snap: see a medical professional";
  return r;
}

Referral cleared_pop() {
  Referral r = pop();
  r.closed = Date(2026, 3, 14);
  r.cleared = true;
  r.closed_note = "Dr Lee, physio";
  return r;
}

AthleteRecord record(std::vector<Referral> referrals, std::vector<std::string> warnings) {
  AthleteRecord r;
  r.id = "ana";
  r.status = AthleteStatus::adjusted;
  r.referrals = std::move(referrals);
  r.warnings = std::move(warnings);
  return r;
}

const std::string kText =
    "Calf strain (left), 2026-03-10: felt a pop or snap: see a medical "
    "professional";

TEST(NoticeStates, TheNamesOfTheStates) {
  EXPECT_EQ(name_of(NoticeState::new_tonight), "new");
  EXPECT_EQ(name_of(NoticeState::standing), "standing");
  EXPECT_EQ(name_of(NoticeState::closed), "closed");
}

TEST(NoticeStates, AReferralIsKnownByItsReportLine) {
  EXPECT_EQ(referral_text(pop()), kText);
  EXPECT_EQ(referral_text(cleared_pop()), kText);  // closing does not change who it is
}

TEST(NoticeStates, NewThenStandingThenClosedOnceThenGone) {
  auto night1 = record({pop()}, {});
  const std::string m1 = apply_notice_states(night1, "");
  EXPECT_EQ(night1.referral_states, std::vector<NoticeState>{NoticeState::new_tonight});
  EXPECT_EQ(m1, "referral " + kText + "\n");

  auto night2 = record({pop()}, {});
  const std::string m2 = apply_notice_states(night2, m1);
  EXPECT_EQ(night2.referral_states, std::vector<NoticeState>{NoticeState::standing});
  EXPECT_EQ(m2, m1);  // the same memory: the file is not rewritten

  auto night3 = record({cleared_pop()}, {});
  const std::string m3 = apply_notice_states(night3, m2);
  ASSERT_EQ(night3.referrals.size(), 1u);
  EXPECT_EQ(night3.referral_states, std::vector<NoticeState>{NoticeState::closed});
  EXPECT_EQ(m3, "closed " + kText + "\n");

  auto night4 = record({cleared_pop()}, {});
  const std::string m4 = apply_notice_states(night4, m3);
  EXPECT_TRUE(night4.referrals.empty());
  EXPECT_TRUE(night4.referral_states.empty());
  EXPECT_EQ(m4, m3);  // still remembered, so it stays gone
}

TEST(NoticeStates, AReferralClosedBeforeTheFirstRunIsShownClosedOnce) {
  auto first = record({cleared_pop()}, {});
  apply_notice_states(first, "");
  EXPECT_EQ(first.referral_states, std::vector<NoticeState>{NoticeState::closed});
}

TEST(NoticeStates, AWarningStandsWhileRaisedAndIsSaidClosedOnceWhenItStops) {
  const std::string gate = "Calf strain (left) resolved on 2026-03-12, but ...";
  const std::string race = "race on 2026-03-22 falls in the reduced-load window";
  auto night1 = record({}, {gate});
  const std::string m1 = apply_notice_states(night1, "");
  EXPECT_EQ(night1.warning_states, std::vector<NoticeState>{NoticeState::new_tonight});
  EXPECT_EQ(m1, "warning " + gate + "\n");

  auto night2 = record({}, {race, gate});
  const std::string m2 = apply_notice_states(night2, m1);
  EXPECT_EQ(night2.warning_states,
            (std::vector<NoticeState>{NoticeState::new_tonight, NoticeState::standing}));
  EXPECT_TRUE(night2.warnings_closed.empty());

  auto night3 = record({}, {race});
  const std::string m3 = apply_notice_states(night3, m2);
  EXPECT_EQ(night3.warning_states, std::vector<NoticeState>{NoticeState::standing});
  EXPECT_EQ(night3.warnings_closed, std::vector<std::string>{gate});
  EXPECT_EQ(m3, "warning " + race + "\n");

  auto night4 = record({}, {race});
  apply_notice_states(night4, m3);
  EXPECT_TRUE(night4.warnings_closed.empty());  // said once
}

TEST(NoticeStates, AnAthleteInErrorClosesNothing) {
  const std::string gate = "Calf strain (left) resolved on 2026-03-12, but ...";
  auto failed = record({pop()}, {});
  failed.status = AthleteStatus::error;
  const std::string memory = "referral " + kText + "\nwarning " + gate + "\n";
  const std::string kept = apply_notice_states(failed, memory);
  EXPECT_EQ(failed.referral_states, std::vector<NoticeState>{NoticeState::standing});
  EXPECT_TRUE(failed.warnings_closed.empty());
  EXPECT_EQ(kept, memory);
}

TEST(NoticeStates, AnUnknownOrBrokenMemoryLineIsIgnoredAndALineBreakCannotSplitANotice) {
  auto r = record({pop()}, {"two\nlines"});
  const std::string m = apply_notice_states(r, "garbage\nreferral\n\nwarning two lines");
  EXPECT_EQ(r.referral_states, std::vector<NoticeState>{NoticeState::new_tonight});
  EXPECT_EQ(r.warning_states, std::vector<NoticeState>{NoticeState::standing});
  EXPECT_EQ(m, "referral " + kText + "\nwarning two lines\n");
}

}  // namespace
}  // namespace planadj::batch

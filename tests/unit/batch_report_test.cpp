// Batch reports from records: ordering, totals, exact bytes, JSON safety.
#include <gtest/gtest.h>

#include "planadj/batch.h"

namespace planadj::batch {
namespace {

AthleteRecord adjusted(const std::string& id, int changed) {
  AthleteRecord r;
  r.id = id;
  r.status = AthleteStatus::adjusted;
  r.summary.sessions_changed = changed;
  r.summary.rest_days_inserted = 2;
  r.summary.volume_before = 212;
  r.summary.volume_after = 171.39999999;
  return r;
}

AthleteRecord unchanged(const std::string& id) {
  AthleteRecord r;
  r.id = id;
  r.status = AthleteStatus::unchanged;
  return r;
}

AthleteRecord failed(const std::string& id, const std::string& error) {
  AthleteRecord r;
  r.id = id;
  r.errors.push_back(error);
  return r;
}

Referral referral(const std::string& reason) {
  Referral f;
  f.injury = InjuryKind::achilles_tendinopathy;
  f.side = Side::left;
  f.date = Date(2026, 3, 1);
  f.reason = reason;
  return f;
}

BatchReport sample() {
  BatchReport r;
  r.roster = "roster";
  r.as_of = Date(2026, 3, 5);
  r.athletes.push_back(adjusted("amy", 3));
  r.athletes.push_back(failed("bob", "roster/bob/plan.yaml:4:11: error: invalid date"));
  auto cat = adjusted("cat", 9);
  cat.referrals.push_back(referral("severe pain (8/10): see a medical professional"));
  r.athletes.push_back(cat);
  r.athletes.push_back(unchanged("dan"));
  r.athletes.push_back(unchanged("eve"));
  r.no_longer_in_roster = {"old-timer"};
  return r;
}

std::size_t at(const std::string& text, const std::string& what) {
  const auto p = text.find(what);
  EXPECT_NE(p, std::string::npos) << what << "\n" << text;
  return p;
}

TEST(BatchReport, Totals) {
  const Totals t = totals_of(sample());
  EXPECT_EQ(t.athletes, 5u);
  EXPECT_EQ(t.adjusted, 2u);
  EXPECT_EQ(t.unchanged, 2u);
  EXPECT_EQ(t.errors, 1u);
  EXPECT_EQ(t.referrals, 1u);
}

TEST(BatchReport, MarkdownPutsReferralsFirstThenErrorsThenAdjusted) {
  const std::string md = render_report_markdown(sample());
  const auto referrals = at(md, "## Referrals");
  const auto errors = at(md, "## Errors");
  const auto adjusted = at(md, "## Adjusted (2)");
  const auto unchanged = at(md, "## Unchanged");
  const auto stale = at(md, "## No longer in the roster (1)");
  EXPECT_LT(referrals, errors);
  EXPECT_LT(errors, adjusted);
  EXPECT_LT(adjusted, unchanged);
  EXPECT_LT(unchanged, stale);
  at(md,
     "- **cat**: Achilles tendinopathy (left), 2026-03-01: severe pain (8/10): see a "
     "medical professional (new)\n");
  at(md, "- **bob**\n  - `roster/bob/plan.yaml:4:11: error: invalid date`\n");
  at(md, "- **amy**: 3 sessions changed: 2 rest days inserted; volume 212 → 171.4 km\n");
  at(md, "2 athletes with no change to their sessions.");
  at(md, "5 athletes: 2 adjusted, 2 unchanged, 1 error, 1 referral.");
  at(md, "- **old-timer**\n");
  EXPECT_EQ(md.find("**dan**"), std::string::npos) << "unchanged athletes are only counted";
}

InjuryReport today(InjuryKind injury, std::optional<Side> side, std::optional<std::string> location,
                   const std::string& status) {
  InjuryReport t;
  t.injury = injury;
  t.side = side;
  t.location = std::move(location);
  t.status = status;
  return t;
}

TEST(BatchReport, MarkdownSaysEachInjuredAthletesStatusTodayAfterWarnings) {
  BatchReport r = sample();
  auto& amy = r.athletes[0];
  amy.injuries_today.push_back(
      today(InjuryKind::achilles_tendinopathy, Side::left, std::nullopt, "reduced-load"));
  amy.injuries_today.push_back(
      today(InjuryKind::muscle_strain, Side::right, "calf", "return-ramp"));
  amy.races_called_off = {Date(2026, 4, 26), Date(2026, 5, 24)};
  auto& dan = r.athletes[3];  // unchanged today, but still in the resolved phase
  dan.injuries_today.push_back(
      today(InjuryKind::plantar_fasciitis, std::nullopt, std::nullopt, "resolved"));
  r.athletes[1].injuries_today.push_back(  // an error athlete has no status to report
      today(InjuryKind::stress_fracture, Side::left, "foot", "bone-stop"));
  const std::string md = render_report_markdown(r);
  const auto section = at(md,
                          "\n## Injuries today (2)\n\n"
                          "- **amy**: Achilles tendinopathy (left): reduced-load; Calf strain "
                          "(right): return-ramp; races called off: 2026-04-26, 2026-05-24\n"
                          "- **dan**: Plantar fasciitis: resolved\n");
  EXPECT_LT(at(md, "## Errors"), section);
  EXPECT_LT(section, at(md, "## Adjusted (2)"));
  EXPECT_EQ(md.find("bone-stop"), std::string::npos) << md;
}

TEST(BatchReport, MarkdownLeavesOutEmptySections) {
  BatchReport r;
  r.roster = "roster";
  r.athletes.push_back(unchanged("dan"));
  const std::string md = render_report_markdown(r);
  EXPECT_EQ(md.find("## Referrals"), std::string::npos);
  EXPECT_EQ(md.find("## Errors"), std::string::npos);
  EXPECT_EQ(md.find("## Adjusted"), std::string::npos);
  at(md, "1 athlete with no change");
}

TEST(BatchReport, JsonShape) {
  auto r = sample();
  r.sharded = true;
  r.shard = Shard{1, 3};
  r.athletes[2].changed_files = {"plan.yaml"};  // cat's plan.yaml was written by this run
  const std::string json = render_report_json(r);
  at(json, "\"by\": \"plan-adjust 0.1.0\"");
  at(json, "\"as_of\": \"2026-03-05\"");
  at(json, "\"shard\": {\"index\": 1, \"count\": 3}");
  at(json,
     "\"totals\": {\"athletes\": 5, \"adjusted\": 2, \"unchanged\": 2, \"errors\": 1, "
     "\"referrals\": 1, \"warnings\": 0, \"warnings_closed\": 0, \"no_longer_in_roster\": 1, "
     "\"changed_since_previous_run\": 1}");
  at(json,
     "\"id\": \"bob\",\n      \"status\": \"error\",\n      \"output\": null,\n      "
     "\"changed_since_previous_run\": false,\n      \"changed_files\": [],\n      \"referrals\"");
  at(json,
     "\"output\": \"amy/plan.yaml\",\n      \"changed_since_previous_run\": false,\n      "
     "\"changed_files\": [],");
  at(json,
     "\"output\": \"cat/plan.yaml\",\n      \"changed_since_previous_run\": true,\n      "
     "\"changed_files\": [\"cat/plan.yaml\"],");
  at(json, "\"volume_before\": 212, \"volume_after\": 171.4");
  at(json,
     "{\"injury\": \"achilles_tendinopathy\", \"side\": \"left\", \"date\": "
     "\"2026-03-01\", \"reason\": \"severe pain (8/10): see a medical professional\", "
     "\"state\": \"new\"}");
  at(json, "\"warnings\": [],\n      \"warning_states\": [],\n      \"warnings_closed\": []\n");
  at(json, "\"no_longer_in_roster\": [\n    \"old-timer\"\n  ]\n}\n");
  EXPECT_LT(json.find("\"amy\""), json.find("\"bob\""));
}

TEST(BatchReport, MarkdownListsEveryFileToSendThisMorning) {
  auto r = sample();
  EXPECT_EQ(render_report_markdown(r).find("## Changed since the previous run"),
            std::string::npos);  // nothing written tonight: no section
  r.athletes[0].changed_files = {"plan.yaml", "message.md"};
  r.athletes[2].changed_files = {"message.md"};  // a new week moved only the message
  const std::string md = render_report_markdown(r);
  const auto section = at(md,
                          "\n## Changed since the previous run (2)\n\n"
                          "- **amy**: amy/plan.yaml, amy/message.md\n"
                          "- **cat**: cat/message.md\n\n");
  EXPECT_LT(section, md.find("## Adjusted"));
  EXPECT_EQ(totals_of(r).athletes_changed, 2u);
  EXPECT_TRUE(r.athletes[0].plan_changed());
  EXPECT_FALSE(r.athletes[2].plan_changed());
}

// docs/batch.md#states: the tags of report.md and the members of report.json.
TEST(BatchReport, EachReferralAndWarningSaysItsState) {
  auto r = sample();
  auto& cat = r.athletes[2];
  Referral cleared = referral("felt a pop or snap: see a medical professional");
  cleared.closed = Date(2026, 3, 4);
  cleared.cleared = true;
  cleared.closed_note = "Dr Lee, physio";
  Referral resolved = referral("swelling for more than 3 days: see a medical professional");
  resolved.closed = Date(2026, 3, 3);
  cat.referrals.push_back(cleared);
  cat.referrals.push_back(resolved);
  cat.referral_states = {NoticeState::standing, NoticeState::closed, NoticeState::closed};
  cat.warnings = {"race on 2026-03-08 falls in the reduced-load window", "a hand edit kept"};
  cat.warning_states = {NoticeState::new_tonight, NoticeState::standing};
  cat.warnings_closed = {"Achilles tendinopathy (left) resolved on 2026-03-02, but ..."};
  const std::string md = render_report_markdown(r);
  at(md, "see a medical professional (standing)\n");
  at(md,
     "- **cat**: Achilles tendinopathy (left), 2026-03-01: felt a pop or snap: see a medical "
     "professional (closed: cleared by a clinician on 2026-03-04, Dr Lee, physio)\n");
  at(md, "for more than 3 days: see a medical professional (closed: resolved on 2026-03-03)\n");
  at(md, "- **cat**: race on 2026-03-08 falls in the reduced-load window (new)\n");
  at(md, "- **cat**: a hand edit kept (standing)\n");
  const auto closed = at(md,
                         "\n## Warnings closed since the previous run (1)\n\n"
                         "- **cat**: Achilles tendinopathy (left) resolved on 2026-03-02, but "
                         "...\n");
  EXPECT_LT(at(md, "## Warnings: for the coach to decide (2)"), closed);
  EXPECT_LT(closed, at(md, "## Adjusted"));

  const std::string json = render_report_json(r);
  at(json, "\"state\": \"standing\"}");
  at(json,
     "\"reason\": \"felt a pop or snap: see a medical professional\", \"state\": \"closed\", "
     "\"closed\": \"2026-03-04\", \"cleared\": true, \"closed_note\": \"Dr Lee, physio\"}");
  at(json, "\"state\": \"closed\", \"closed\": \"2026-03-03\", \"cleared\": false}");
  at(json, "\"warning_states\": [\"new\", \"standing\"],\n");
  at(json,
     "\"warnings_closed\": [\n        \"Achilles tendinopathy (left) resolved on 2026-03-02, but "
     "...\"\n      ]\n");
  at(json, "\"warnings\": 2, \"warnings_closed\": 1,");
}

TEST(BatchReport, ABigRosterIsHandedOutInBoundedPieces) {
  // 5,000 athletes: about 2 MB of JSON and 200 kB of markdown, never held whole.
  constexpr int kAthletes = 5000;
  constexpr std::size_t kLargestPiece = (32u << 10) + 1024;  // a piece + one athlete
  BatchReport r;
  r.roster = "roster";
  for (int i = 0; i < kAthletes; ++i) r.athletes.push_back(adjusted("a" + std::to_string(i), 3));
  for (const bool json : {true, false}) {
    const std::string_view needle = json ? "\"status\": \"adjusted\"" : "- **a";
    std::size_t pieces = 0, largest = 0, lines = 0;
    const ReportSink sink = [&](std::string_view piece) {
      ++pieces;
      largest = std::max(largest, piece.size());
      for (auto at = piece.find(needle); at != std::string_view::npos;
           at = piece.find(needle, at + 1))
        ++lines;
    };
    json ? render_report_json(r, sink) : render_report_markdown(r, sink);
    EXPECT_GT(pieces, 2u) << (json ? "json" : "markdown");
    EXPECT_LE(largest, kLargestPiece) << (json ? "json" : "markdown");
    EXPECT_EQ(lines, static_cast<std::size_t>(kAthletes)) << (json ? "json" : "markdown");
  }
}

// The whole markdown of a small report, worked out by hand from docs/formats.md#batch-report.
TEST(BatchReport, SmallReportExactMarkdown) {
  BatchReport r;
  r.roster = "roster";
  r.as_of = Date(2026, 3, 5);
  r.athletes.push_back(adjusted("amy", 1));
  r.athletes.push_back(unchanged("dan"));
  EXPECT_EQ(render_report_markdown(r),
            "# plan-adjust batch report\n\n"
            "Roster `roster`, as of 2026-03-05.\n\n"
            "2 athletes: 1 adjusted, 1 unchanged, 0 errors, 0 referrals.\n\n"
            "Guidance from general running-coach advice, not medical advice.\n\n"
            "## Adjusted (1)\n\n"
            "- **amy**: 1 session changed: 2 rest days inserted; volume 212 → 171.4 km\n\n"
            "## Unchanged\n\n"
            "1 athlete with no change to their sessions.\n");
}

TEST(BatchReport, JsonEscapesHostileText) {
  BatchReport r;
  r.athletes.push_back(failed("x", std::string("a \"quote\" \\ tab\t nl\n bell\x07 bad\xff ok é")));
  const std::string json = render_report_json(r);
  at(json, "\"a \\\"quote\\\" \\\\ tab\\t nl\\n bell\\u0007 bad\\ufffd ok é\"");
  at(render_report_json(BatchReport{}), "\"athletes\": [],\n");
}

}  // namespace
}  // namespace planadj::batch

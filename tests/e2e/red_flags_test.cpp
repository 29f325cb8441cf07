// An error never hides a red flag (docs/rules.md#red-flags-survive-errors): over nights of
// a growing log, an athlete who reported a pop and then logged an entry with a typo keeps
// her referral in report.json, report.md, report.html and on standard error, in `batch`, `adjust`
// and `validate`; a repeated `resolved` leaves its athlete adjusted with one warning.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/roster_gen.h"
#include "support/run.h"

namespace planadj::testing {
namespace {

namespace fs = std::filesystem;

const char* const kPop =
    "version: 1\nathlete: athlete-0000\nentries:\n"
    "  - {date: 2026-03-10, injury: muscle_strain, side: left, location: hamstring, pain: 7, "
    "pop_or_snap: true}\n";
// Four days later, the typo: the entry is an error, the pop above it still reads.
const char* const kTypo =
    "  - {date: 2026-03-14, injury: muscle_strian, side: left, location: hamstring, pain: 4}\n";

const char* const kResolvedTwice =
    "version: 1\nathlete: athlete-0001\nentries:\n"
    "  - {date: 2026-03-04, injury: itbs, side: right, pain: 3}\n"
    "  - {date: 2026-03-09, injury: itbs, side: right, pain: 0, resolved: true}\n"
    "  - {date: 2026-03-12, injury: itbs, side: right, pain: 0, resolved: true}\n";

// The hand-worked referral: the pop's entry date, her injury in plain words, the reason.
const char* const kReferral =
    "Hamstring strain (left) on 2026-03-10: felt a pop or snap: see a medical professional";
const char* const kSevere =
    "Hamstring strain (left) on 2026-03-10: severe pain (7/10): see a medical professional";

class RedFlags : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = temp_dir("redflags");
    roster_ = dir_ + "/roster";
    out_ = dir_ + "/out";
    for (int i = 0; i < 3; ++i) {
      const std::string id = athlete_id(i);
      fs::create_directories(roster_ + "/" + id);
      spit(roster_ + "/" + id + "/plan.yaml", plan_yaml(id, i, 4));
    }
    spit(roster_ + "/athlete-0001/injuries.yaml", kResolvedTwice);
  }
  RunResult night(const std::string& as_of, const std::string& log) {
    spit(roster_ + "/athlete-0000/injuries.yaml", log);
    return run_tool("batch '" + roster_ + "' --out '" + out_ + "' --as-of " + as_of + " --quiet");
  }
  std::string dir_, roster_, out_;
};

// The athlete's part of report.json, from its id to the next athlete's.
std::string athlete_json(const std::string& json, const std::string& id) {
  const auto at = json.find("\"id\": \"" + id + "\"");
  if (at == std::string::npos) return {};
  return json.substr(at, json.find("\"id\": ", at + 1) - at);
}

TEST_F(RedFlags, APopSurvivesALaterTypoInEveryOutputEveryNight) {
  // Night 1: the pop alone, adjusted, referred.
  RunResult r = night("2026-03-11", kPop);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string json = slurp(out_ + "/report.json");
  EXPECT_NE(athlete_json(json, "athlete-0000").find("felt a pop or snap"), std::string::npos);

  // Nights 2 and 3: the typo is in; she is an error, and the referral stands.
  for (const char* as_of : {"2026-03-15", "2026-03-16"}) {
    SCOPED_TRACE(as_of);
    r = night(as_of, std::string(kPop) + kTypo);
    EXPECT_EQ(r.exit_code, 1) << r.err;  // an athlete failed
    json = slurp(out_ + "/report.json");
    const std::string her = athlete_json(json, "athlete-0000");
    EXPECT_NE(her.find("\"status\": \"error\""), std::string::npos) << her;
    EXPECT_NE(her.find("\"output\": null"), std::string::npos) << her;
    EXPECT_NE(her.find("muscle_strian"), std::string::npos) << her;  // the located error
    EXPECT_NE(her.find("\"reason\": \"felt a pop or snap: see a medical professional\""),
              std::string::npos)
        << her;
    EXPECT_NE(her.find("\"reason\": \"severe pain (7/10): see a medical professional\""),
              std::string::npos)
        << her;
    EXPECT_NE(json.find("\"referrals\": 2,"), std::string::npos) << json;  // the totals

    const std::string md = slurp(out_ + "/report.md");
    const auto referrals = md.find("## Referrals: see a medical professional (2)");
    const auto line = md.find(
        "- **athlete-0000**: Hamstring strain (left), 2026-03-10: felt a pop "
        "or snap: see a medical professional (plan not revised tonight: see "
        "Errors)");
    const auto errors = md.find("## Errors: not revised (1)");
    ASSERT_NE(referrals, std::string::npos) << md;
    EXPECT_NE(line, std::string::npos) << md;
    EXPECT_LT(referrals, errors);
    EXPECT_LT(line, errors);

    // report.html: the referral in the panel at the top, before the athletes not revised.
    const std::string html = slurp(out_ + "/report.html");
    const auto panel = html.find("<section id=\"referrals\"");
    const auto pop = html.find(
        "<li><b>athlete-0000</b>: 2026-03-10, Hamstring strain (left): felt a pop or snap: see a "
        "medical professional (plan not revised tonight: <a href=\"#error-athlete-0000\">");
    const auto failed = html.find("Not revised tonight (1)");
    ASSERT_NE(panel, std::string::npos) << html;
    EXPECT_NE(pop, std::string::npos) << html;
    EXPECT_LT(panel, pop);
    EXPECT_LT(pop, failed);

    // Cron mail: the referral on stderr, --quiet or not.
    EXPECT_NE(r.err.find(std::string("plan-adjust: referral: athlete-0000: ") + kReferral +
                         " (the plan cannot be revised until the errors are fixed)"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find(std::string("plan-adjust: referral: athlete-0000: ") + kSevere),
              std::string::npos)
        << r.err;
  }

  // The repeated `resolved`: adjusted, one warning, never an error.
  const std::string him = athlete_json(json, "athlete-0001");
  EXPECT_NE(him.find("\"status\": \"adjusted\""), std::string::npos) << him;
  EXPECT_NE(him.find("already resolved on 2026-03-09"), std::string::npos) << him;
  EXPECT_EQ(him.find(": error: "), std::string::npos) << him;
}

TEST_F(RedFlags, AdjustAndValidateSayTheReferralOfALogWithAnError) {
  const std::string log = dir_ + "/injuries.yaml";
  spit(log, std::string(kPop) + kTypo);
  const std::string plan = roster_ + "/athlete-0000/plan.yaml";

  RunResult r = run_tool("adjust '" + plan + "' --injuries '" + log + "' --as-of 2026-03-15");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("muscle_strian"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("plan-adjust: referral: " + log + ": " + kReferral +
                       " (the plan cannot be revised until the errors are fixed)"),
            std::string::npos)
      << r.err;

  r = run_tool("validate '" + log + "'");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("plan-adjust: referral: " + log + ": " + kReferral), std::string::npos)
      << r.err;

  spit(roster_ + "/athlete-0000/injuries.yaml", std::string(kPop) + kTypo);
  r = run_tool("validate '" + roster_ + "' --as-of 2026-03-15");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find(std::string("plan-adjust: referral: athlete-0000: ") + kReferral),
            std::string::npos)
      << r.err;
  // The other athletes' referrals are theirs to read in the report, not repeated here.
  EXPECT_EQ(r.err.find("referral: athlete-0001"), std::string::npos) << r.err;
}

// A plan that does not read, with a clean log: the log's referral still reaches the report.
TEST_F(RedFlags, ABrokenPlanKeepsTheLogsReferral) {
  spit(roster_ + "/athlete-0000/plan.yaml", "version: 1\nathlete: athlete-0000\nsessions: 5\n");
  const RunResult r = night("2026-03-15", kPop);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const std::string her = athlete_json(slurp(out_ + "/report.json"), "athlete-0000");
  EXPECT_NE(her.find("\"status\": \"error\""), std::string::npos) << her;
  EXPECT_NE(her.find("felt a pop or snap"), std::string::npos) << her;
  EXPECT_NE(r.err.find(std::string("referral: athlete-0000: ") + kReferral), std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace planadj::testing

// `plan-adjust adjust` end to end: every sample plan with its logs against golden
// outputs, exit codes, -o written atomically, refusing to overwrite inputs.
// PLANADJ_UPDATE_GOLDEN=1 rewrites the goldens that differ, and fails (tests/support/golden.h).
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "support/golden.h"
#include "support/run.h"

namespace planadj::testing {
namespace {

struct GoldenCase {
  const char* golden;  // under tests/golden/adjust/
  const char* args;    // after `adjust`
};

const GoldenCase kCases[] = {
    {"half-marathon.yaml", "samples/plans/half-marathon.yaml"},
    {"half-marathon--achilles.yaml",
     "samples/plans/half-marathon.yaml --injuries samples/injuries/achilles.yaml"},
    {"half-marathon--achilles--as-of.yaml",
     "samples/plans/half-marathon.yaml --injuries samples/injuries/achilles.yaml "
     "--as-of 2026-03-15"},
    {"half-marathon--runners-knee.yaml",
     "samples/plans/half-marathon.yaml --injuries samples/injuries/runners-knee.yaml"},
    {"half-marathon--calf-pop.yaml",
     "samples/plans/half-marathon.yaml --injuries samples/injuries/calf-pop.yaml"},
    {"half-marathon--stress-fracture.yaml",
     "samples/plans/half-marathon.yaml --injuries samples/injuries/stress-fracture.yaml"},
    {"5k--plantar-fasciitis.yaml",
     "samples/plans/5k.yaml --injuries samples/injuries/plantar-fasciitis.yaml"},
    {"5k--hamstring-pop.yaml",
     "samples/plans/5k.yaml --injuries samples/injuries/hamstring-pop.yaml"},
    {"5k--hamstring-pop--cross-training.yaml",
     "samples/plans/5k.yaml --injuries samples/injuries/hamstring-pop.yaml "
     "--policy samples/policies/cross-training.yaml"},
    {"5k--empty.yaml", "samples/plans/5k.yaml --injuries samples/injuries/empty.yaml"},
    {"marathon-miles--itbs.yaml",
     "samples/plans/marathon-miles.yaml --injuries samples/injuries/itbs.yaml"},
    {"marathon-miles--itbs--conservative.yaml",
     "samples/plans/marathon-miles.yaml --injuries samples/injuries/itbs.yaml "
     "--policy samples/policies/conservative.yaml"},
    {"marathon-miles--ankle-sprain.yaml",
     "samples/plans/marathon-miles.yaml --injuries samples/injuries/ankle-sprain.yaml"},
    {"marathon-miles--multiple.yaml",
     "samples/plans/marathon-miles.yaml --injuries samples/injuries/multiple.yaml"},
    {"half-marathon--achilles.json",
     "samples/plans/half-marathon.yaml --injuries samples/injuries/achilles.yaml --format json"},
    {"5k--plantar-fasciitis.ics",
     "samples/plans/5k.yaml --injuries samples/injuries/plantar-fasciitis.yaml --format ics"},
    // The athlete's message for each sample injury (docs/formats.md#athlete-message).
    {"half-marathon--achilles.message.md",
     "samples/plans/half-marathon.yaml --injuries samples/injuries/achilles.yaml -f message"},
    {"half-marathon--achilles--as-of.message.md",
     "samples/plans/half-marathon.yaml --injuries samples/injuries/achilles.yaml "
     "--as-of 2026-03-15 -f message"},
    {"half-marathon--runners-knee.message.md",
     "samples/plans/half-marathon.yaml --injuries samples/injuries/runners-knee.yaml -f message"},
    {"half-marathon--calf-pop.message.md",
     "samples/plans/half-marathon.yaml --injuries samples/injuries/calf-pop.yaml -f message"},
    {"half-marathon--stress-fracture.message.md",
     "samples/plans/half-marathon.yaml --injuries samples/injuries/stress-fracture.yaml "
     "-f message"},
    {"5k--plantar-fasciitis.message.md",
     "samples/plans/5k.yaml --injuries samples/injuries/plantar-fasciitis.yaml -f message"},
    {"5k--hamstring-pop.message.md",
     "samples/plans/5k.yaml --injuries samples/injuries/hamstring-pop.yaml -f message"},
    {"5k--hamstring-pop--cross-training.message.md",
     "samples/plans/5k.yaml --injuries samples/injuries/hamstring-pop.yaml "
     "--policy samples/policies/cross-training.yaml -f message"},
    {"5k--empty.message.md",
     "samples/plans/5k.yaml --injuries samples/injuries/empty.yaml -f message"},
    {"marathon-miles--itbs.message.md",
     "samples/plans/marathon-miles.yaml --injuries samples/injuries/itbs.yaml -f message"},
    {"marathon-miles--ankle-sprain.message.md",
     "samples/plans/marathon-miles.yaml --injuries samples/injuries/ankle-sprain.yaml -f message"},
    {"marathon-miles--multiple.message.md",
     "samples/plans/marathon-miles.yaml --injuries samples/injuries/multiple.yaml -f message"},
};

class AdjustGolden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(AdjustGolden, MatchesGoldenOutput) {
  const GoldenCase c = GetParam();
  const auto r = run_tool(std::string("adjust ") + c.args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string path = source_path(std::string("tests/golden/adjust/") + c.golden);
  expect_golden_file(path, r.out);
}

INSTANTIATE_TEST_SUITE_P(Samples, AdjustGolden, ::testing::ValuesIn(kCases), [](const auto& info) {
  std::string name = info.param.golden;
  for (char& ch : name)
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return name;
});

TEST(Adjust, RevisingARevisionGivesTheSameRevision) {
  const std::string dir = temp_dir("idem");
  const auto once = run_tool(
      "adjust samples/plans/half-marathon.yaml --injuries "
      "samples/injuries/achilles.yaml -o '" +
      dir + "/once.yaml'");
  ASSERT_EQ(once.exit_code, 0) << once.err;
  const auto twice = run_tool("adjust '" + dir +
                              "/once.yaml' --injuries "
                              "samples/injuries/achilles.yaml");
  ASSERT_EQ(twice.exit_code, 0) << twice.err;
  EXPECT_EQ(twice.out, slurp(dir + "/once.yaml"));
}

TEST(Adjust, MessageIsNeverWrittenOverThePlan) {
  const std::string dir = temp_dir("message");
  const std::string plan = dir + "/plan.yaml";
  ASSERT_EQ(
      std::system(("cp '" + source_path("samples/plans/5k.yaml") + "' '" + plan + "'").c_str()), 0);
  const auto r = run_tool("adjust '" + plan +
                          "' --injuries samples/injuries/hamstring-pop.yaml -f message --in-place");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--in-place rewrites the plan: it cannot be written as message"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(slurp(plan), slurp(source_path("samples/plans/5k.yaml")));
}

// The README's worked example is real output: it shows the golden message whole, and
// the changed sessions it quotes exactly as the golden revision has them.
TEST(Adjust, ReadmeWorkedExampleIsTheRealOutput) {
  const std::string readme = slurp(source_path("README.md"));
  EXPECT_NE(
      readme.find(slurp(source_path("tests/golden/adjust/half-marathon--achilles.message.md"))),
      std::string::npos)
      << "README.md: the athlete's message differs from the golden";
  const std::string revised =
      slurp(source_path("tests/golden/adjust/half-marathon--achilles.yaml"));
  for (const char* date : {"2026-03-12", "2026-03-18"}) {
    const std::size_t at = revised.find(std::string("  - date: ") + date + "\n");
    ASSERT_NE(at, std::string::npos) << date;
    const std::string session = revised.substr(at, revised.find("\n  - ", at + 1) + 1 - at);
    EXPECT_NE(readme.find(session), std::string::npos)
        << "README.md: session " << date << " differs:\n"
        << session;
  }
}

TEST(Adjust, ReferralsGoToStandardErrorOneLineEach) {
  const auto r =
      run_tool("adjust samples/plans/5k.yaml --injuries samples/injuries/hamstring-pop.yaml");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("plan-adjust: referral: sam-lee: Hamstring strain (left) on "),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(": felt a pop or snap: see a medical professional\n"), std::string::npos)
      << r.err;
}

TEST(Adjust, WritesAtomicallyToOutAndNothingToStdout) {
  const std::string dir = temp_dir("out");
  const auto r = run_tool(
      "adjust samples/plans/half-marathon.yaml --injuries "
      "samples/injuries/achilles.yaml -o '" +
      dir + "/revised.yaml'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(slurp(dir + "/revised.yaml"),
            slurp(source_path("tests/golden/adjust/half-marathon--achilles.yaml")));
  // Only the final file: no temporary left behind.
  EXPECT_EQ(std::system(("test $(ls -A '" + dir + "' | wc -l) -eq 1").c_str()), 0);
}

TEST(Adjust, RefusesToWriteOverItsInput) {
  const std::string dir = temp_dir("self");
  spit(dir + "/plan.yaml", slurp(source_path("samples/plans/5k.yaml")));
  spit(dir + "/log.yaml", slurp(source_path("samples/injuries/plantar-fasciitis.yaml")));
  for (const char* target : {"plan.yaml", "log.yaml"}) {
    const auto r = run_tool("adjust '" + dir + "/plan.yaml' --injuries '" + dir +
                            "/log.yaml' -o '" + dir + "/" + target + "'");
    EXPECT_EQ(r.exit_code, 2) << target;
    EXPECT_NE(r.err.find("refusing to write over the input file"), std::string::npos) << r.err;
  }
  EXPECT_EQ(slurp(dir + "/plan.yaml"), slurp(source_path("samples/plans/5k.yaml")));
}

TEST(Adjust, MismatchedAthleteIsInvalidInputAndWritesNothing) {
  const std::string dir = temp_dir("mismatch");
  const auto r = run_tool(
      "adjust samples/plans/5k.yaml --injuries samples/injuries/achilles.yaml"
      " -o '" +
      dir + "/out.yaml'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("samples/injuries/achilles.yaml:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("error: injury log is for athlete 'jane-doe' but the plan is for 'sam-lee'"),
            std::string::npos)
      << r.err;
  EXPECT_NE(std::system(("test -e '" + dir + "/out.yaml'").c_str()), 0);
}

TEST(Adjust, ExitCodes) {
  EXPECT_EQ(run_tool("adjust samples/plans/5k.yaml --as-of 2026-02-30").exit_code, 2);
  EXPECT_EQ(run_tool("adjust samples/plans/5k.yaml --as-of yesterday").exit_code, 2);
  EXPECT_EQ(run_tool("adjust samples/plans/5k.yaml --format pdf").exit_code, 2);
  EXPECT_EQ(run_tool("adjust samples/plans/no-such-plan.yaml").exit_code, 2);
  EXPECT_EQ(run_tool("adjust samples/plans/5k.yaml -o /no/such/dir/out.yaml").exit_code, 2);
  // A log where a plan belongs is an invalid plan: 1, and nothing on stdout.
  const auto bad = run_tool("adjust samples/injuries/achilles.yaml");
  EXPECT_EQ(bad.exit_code, 1) << bad.err;
  EXPECT_EQ(bad.out, "");
  EXPECT_EQ(
      run_tool("adjust samples/plans/5k.yaml --injuries samples/injuries/empty.yaml").exit_code, 0);
}

}  // namespace
}  // namespace planadj::testing

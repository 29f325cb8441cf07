// Revisions stay revisions (docs/formats.md#revisions-stay-revisions): `adjust` of a revised
// plan without --injuries never quietly brings back the pre-injury plan. Kept as YAML it is
// an error unless --no-injuries; as a calendar, JSON or a message it is converted as it is.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "support/run.h"

namespace planadj::testing {
namespace {

const std::string kPlan = "samples/plans/half-marathon.yaml";
const std::string kLog = "samples/injuries/stress-fracture.yaml";

// The lines of `text` that start with `prefix`, in order.
std::vector<std::string> lines_with(const std::string& text, const std::string& prefix) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (line.rfind(prefix, 0) == 0) out.push_back(line);
  return out;
}

class Revisions : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = temp_dir("revisions");
    revised_ = dir_ + "/revised.yaml";
    const RunResult r = run_tool("adjust " + kPlan + " --injuries " + kLog + " -o " + revised_);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  std::string dir_, revised_;
};

TEST_F(Revisions, KeptAsYamlWithoutALogIsAnError) {
  const RunResult r = run_tool("adjust " + revised_);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("plan-adjust: error: " + revised_ +
                       " is a revision by plan-adjust; without --injuries every session would go "
                       "back to the plan before the injuries"),
            std::string::npos)
      << r.err;
}

TEST_F(Revisions, ACalendarOfARevisionShowsTheRevisedSessions) {
  // The hand-worked expectation: the calendar of the revision made with the log.
  const RunResult direct = run_tool("adjust " + kPlan + " --injuries " + kLog + " --format ics");
  ASSERT_EQ(direct.exit_code, 0) << direct.err;
  const RunResult r = run_tool("adjust " + revised_ + " --format ics");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines_with(r.out, "SUMMARY:"), lines_with(direct.out, "SUMMARY:"));
  EXPECT_EQ(lines_with(r.out, "DTSTART"), lines_with(direct.out, "DTSTART"));
  // The bone stop is on the calendar: no intervals left while it lasts.
  const RunResult original = run_tool("adjust " + kPlan + " --format ics");
  EXPECT_NE(lines_with(r.out, "SUMMARY:"), lines_with(original.out, "SUMMARY:"));
  // The referral is said, as for a revision made tonight.
  EXPECT_NE(r.err.find("plan-adjust: referral: "), std::string::npos) << r.err;

  const RunResult json = run_tool("adjust " + revised_ + " --format json");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_NE(json.out.find("\"bone-stop\""), std::string::npos);
}

TEST_F(Revisions, NoInjuriesBringsTheOriginalBackOnPurpose) {
  const RunResult r = run_tool("adjust " + revised_ + " --no-injuries");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("bone-stop"), std::string::npos);
  const RunResult both = run_tool("adjust " + revised_ + " --no-injuries --injuries " + kLog);
  EXPECT_EQ(both.exit_code, 2) << both.err;
  EXPECT_NE(both.err.find("--injuries and --no-injuries cannot be given together"),
            std::string::npos);
}

}  // namespace
}  // namespace planadj::testing

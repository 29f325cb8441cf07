// A typo in `location` never invents an injury (docs/formats.md#locations): over three
// nights of a growing log, the misspelt follow-up is refused with "did you mean" (batch and
// validate), the red flag of the first entry stays in the report, and once it is corrected
// the athlete has one injury, whose follow-up lowered its level.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "planadj/readers.h"
#include "support/roster_gen.h"
#include "support/run.h"

namespace planadj::testing {
namespace {

namespace fs = std::filesystem;

const char* const kFirst =
    "version: 1\nathlete: athlete-0000\nentries:\n"
    "  - {date: 2026-03-10, injury: muscle_strain, side: left, location: hamstring, pain: 7}\n";
const char* const kTypo =
    "  - {date: 2026-03-14, injury: muscle_strain, side: left, location: hamstrng, pain: 4}\n";
const char* const kFixed =
    "  - {date: 2026-03-14, injury: muscle_strain, side: left, location: hamstring, pain: 4}\n";

TEST(Locations, ATypoInAPlaceIsRefusedNotANewInjury) {
  const std::string dir = temp_dir("locations"), roster = dir + "/roster", out = dir + "/out";
  fs::create_directories(roster + "/athlete-0000");
  spit(roster + "/athlete-0000/plan.yaml", plan_yaml("athlete-0000", 0, 4));
  const std::string log = roster + "/athlete-0000/injuries.yaml";
  auto night = [&](const std::string& as_of, const std::string& text) {
    spit(log, text);
    return run_tool("batch '" + roster + "' --out '" + out + "' --as-of " + as_of + " --quiet");
  };

  RunResult r = night("2026-03-11", kFirst);
  ASSERT_EQ(r.exit_code, 0) << r.err;

  r = night("2026-03-15", std::string(kFirst) + kTypo);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const std::string json = slurp(out + "/report.json");
  const std::string wanted = log +
                             ":5:5: error: unknown location 'hamstrng' for muscle_strain on "
                             "2026-03-14 (did you mean 'hamstring'?)";
  EXPECT_NE(json.find(wanted), std::string::npos) << json;
  EXPECT_NE(json.find("severe pain (7/10): see a medical professional"), std::string::npos)
      << json;  // the red flag of the first entry survives the error
  const RunResult v = run_tool("validate '" + roster + "' --as-of 2026-03-15");
  EXPECT_EQ(v.exit_code, 1) << v.err;
  EXPECT_NE(v.err.find(wanted), std::string::npos) << v.err;
  const RunResult one = run_tool("validate '" + log + "'");
  EXPECT_EQ(one.exit_code, 1) << one.err;
  EXPECT_NE(one.err.find("unknown location 'hamstrng'"), std::string::npos) << one.err;

  r = night("2026-03-16", std::string(kFirst) + kFixed);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto plan = parse_plan(slurp(out + "/athlete-0000/plan.yaml"), "plan.yaml");
  ASSERT_TRUE(plan.ok() && plan.value->adjusted);
  ASSERT_EQ(plan.value->adjusted->injuries.size(), 1u);  // one injury, not two
  EXPECT_EQ(plan.value->adjusted->injuries[0].location, std::optional<std::string>("hamstring"));
  EXPECT_EQ(slurp(out + "/athlete-0000/message.md").find("amstrng"), std::string::npos);
}

}  // namespace
}  // namespace planadj::testing

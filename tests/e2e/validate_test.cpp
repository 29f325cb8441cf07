// `plan-adjust validate` end to end: exit codes 0/1/2 and exact output.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "support/run.h"

namespace planadj::testing {
namespace {

namespace fs = std::filesystem;

TEST(Validate, GoodFilesExitZeroWithOneLineEach) {
  const auto r = run_tool(
      "validate tests/data/good/plan.yaml tests/data/good/injuries.yaml "
      "tests/data/good/policy.yaml tests/data/good/roster.yaml tests/data/good/revised-plan.yaml");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "tests/data/good/plan.yaml: ok (plan, 5 sessions)\n"
            "tests/data/good/injuries.yaml: ok (injury-log, 3 entries)\n"
            "tests/data/good/policy.yaml: ok (policy)\n"
            "tests/data/good/roster.yaml: ok (roster, 2 athletes)\n"
            "tests/data/good/revised-plan.yaml: ok (plan, 2 sessions)\n");
  EXPECT_EQ(r.err, "");
}

TEST(Validate, WarningsGoToStderrAndTheFileIsStillValid) {
  const auto r = run_tool("validate tests/data/good/templated-plan.yaml");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "tests/data/good/templated-plan.yaml: ok (plan, 3 sessions)\n");
  EXPECT_EQ(r.err,
            "tests/data/good/templated-plan.yaml:4:1: warning: unknown key 'templates' in plan, "
            "kept as is\n"
            "tests/data/good/templated-plan.yaml:12:5: warning: unknown key 'shoes' in session, "
            "kept as is\n");
}

TEST(Validate, AllErrorsOfABadFileAndExitOne) {
  const auto r = run_tool("validate tests/data/bad/plan-many-errors.yaml");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "tests/data/bad/plan-many-errors.yaml:3:11: error: invalid date '2026-02-30' "
            "(expected a real calendar date YYYY-MM-DD)\n"
            "tests/data/bad/plan-many-errors.yaml:6:11: error: unknown session type 'interval' "
            "(did you mean 'intervals'?)\n"
            "tests/data/bad/plan-many-errors.yaml:9:15: error: distance must be a number >= 0, "
            "got -3\n"
            "tests/data/bad/plan-many-errors.yaml:10:5: error: missing required key 'date' in "
            "session\n");
}

TEST(Validate, MixedFilesReportEachAndExitOne) {
  const auto r = run_tool(
      "validate tests/data/good/plan.yaml tests/data/bad/log-pain-out-of-range.yaml "
      "tests/data/good/injuries.yaml");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out,
            "tests/data/good/plan.yaml: ok (plan, 5 sessions)\n"
            "tests/data/good/injuries.yaml: ok (injury-log, 3 entries)\n");
  EXPECT_EQ(r.err,
            "tests/data/bad/log-pain-out-of-range.yaml:5:11: error: pain must be a whole number "
            "from 0 to 10, got 11\n");
}

TEST(Validate, MissingFileOrFolderIsInvalidNotUsage) {
  const auto r = run_tool("validate no-such-file.yaml tests/data");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "no-such-file.yaml: error: no such file\n"
            "tests/data: error: is a directory, not a file\n");
}

TEST(Validate, BadKindIsAUsageError) {
  const char* const usage =
      "usage: plan-adjust validate FILE... [--kind plan|injury-log|policy|roster]\n"
      "more: plan-adjust validate --help\n";
  const auto r = run_tool("validate --kind plans tests/data/good/plan.yaml");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(
      r.err,
      std::string("plan-adjust: error: unknown kind 'plans' (did you mean 'plan'?)\n") + usage);
  const auto s = run_tool("validate --kind zzz tests/data/good/plan.yaml");
  EXPECT_EQ(s.exit_code, 2);
  EXPECT_EQ(s.err, std::string("plan-adjust: error: unknown kind 'zzz' (expected one of: plan, "
                               "injury-log, policy, roster)\n") +
                       usage);
}

TEST(Validate, NoFilesIsAUsageError) { EXPECT_EQ(run_tool("validate").exit_code, 2); }

TEST(Validate, KindForcedByOption) {
  const auto r = run_tool("validate --kind injury-log tests/data/good/plan.yaml");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("tests/data/good/plan.yaml:1:1: error: missing required key 'entries' in "
                       "injury log\n"),
            std::string::npos)
      << r.err;
}

TEST(Validate, UnknownKindOfFileAsksForKind) {
  const std::string dir = temp_dir("validate");
  spit(dir + "/mystery.yaml", "athlete: jane-doe\n");
  const auto r = run_tool("validate '" + dir + "/mystery.yaml'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, dir +
                       "/mystery.yaml: error: cannot tell what kind of file this is (no "
                       "'sessions', 'entries', 'athletes' or policy key); use --kind "
                       "plan|injury-log|policy|roster\n");
}

TEST(Validate, UndetectableGarbageGetsItsRealError) {
  const auto r = run_tool("validate tests/data/bad/empty.yaml tests/data/bad/deep-nesting.yaml");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "tests/data/bad/empty.yaml:1:1: error: empty file (expected a plan, an injury log, a "
            "policy or a roster)\n"
            "tests/data/bad/deep-nesting.yaml:1:101: error: nesting deeper than 200 levels\n");
}

TEST(Validate, FileOverTheSizeLimit) {
  const std::string dir = temp_dir("validate-big");
  spit(dir + "/big.yaml", std::string((16u << 20) + 1, '#'));
  const auto r = run_tool("validate '" + dir + "/big.yaml'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, dir +
                       "/big.yaml: error: file is 16777217 bytes, over the limit of 16777216 "
                       "bytes\n");
}

// Each row of tests/data/bad/README.md: the binary prints that first error.
TEST(Validate, EveryBadFixtureFailsWithItsDocumentedError) {
  std::istringstream readme(slurp(source_path("tests/data/bad/README.md")));
  int rows = 0;
  for (std::string line; std::getline(readme, line);) {
    const auto tick = line.find('`');
    if (line.rfind("| ", 0) != 0 || tick == std::string::npos) continue;
    const auto bar1 = line.find(" | ", 2), bar2 = line.find(" | ", bar1 + 3);
    const std::string file = line.substr(2, bar1 - 2);
    const std::string kind = line.substr(bar1 + 3, bar2 - bar1 - 3);
    const std::string first = line.substr(tick + 1, line.rfind('`') - tick - 1);
    const auto r = run_tool("validate --kind " + kind + " tests/data/bad/" + file);
    EXPECT_EQ(r.exit_code, 1) << file;
    EXPECT_EQ(r.out, "") << file;
    const auto at = r.err.find("error:");
    const auto start = r.err.rfind('\n', at);
    const std::string got =
        r.err.substr(start == std::string::npos ? 0 : start + 1,
                     r.err.find('\n', at) - (start == std::string::npos ? 0 : start + 1));
    EXPECT_EQ(got, "tests/data/bad/" + first) << file;
    ++rows;
  }
  EXPECT_GE(rows, 40);
}

// Every sample the project ships is valid (once samples/ exists).
TEST(Validate, EverySampleIsValid) {
  const fs::path samples = source_path("samples");
  if (!fs::is_directory(samples)) GTEST_SKIP() << "no samples/ yet";
  std::vector<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(samples))
    if (e.is_regular_file() && (e.path().extension() == ".yaml" || e.path().extension() == ".yml"))
      files.push_back(fs::relative(e.path(), source_path("")).string());
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  std::string args;
  for (const auto& f : files) args += " '" + f + "'";
  const auto r = run_tool("validate" + args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("error:"), std::string::npos) << r.err;
  EXPECT_EQ(static_cast<std::size_t>(std::count(r.out.begin(), r.out.end(), '\n')), files.size());
}

}  // namespace
}  // namespace planadj::testing

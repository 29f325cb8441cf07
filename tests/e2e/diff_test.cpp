// `plan-adjust diff` end to end: exit codes as diff(1), every format against the
// goldens the unit tests also check, -o, and trouble with inputs and outputs.
#include <gtest/gtest.h>

#include "support/run.h"

namespace planadj::testing {
namespace {

const std::string kOriginal = "tests/data/diff/original.yaml";
const std::string kRevised = "tests/data/diff/revised.yaml";

TEST(DiffCli, PlanDiffedWithItselfExitsZero) {
  for (const std::string& p : {kOriginal, kRevised, std::string("samples/plans/half-marathon.yaml"),
                               std::string("samples/plans/marathon-miles.yaml")}) {
    const auto r = run_tool("diff " + p + " " + p);
    EXPECT_EQ(r.exit_code, 0) << p << "\n" << r.err;
    EXPECT_NE(r.out.find("The plans are the same."), std::string::npos) << r.out;
    EXPECT_EQ(r.err, "");
  }
}

TEST(DiffCli, EveryFormatMatchesItsGolden) {
  const std::pair<const char*, const char*> formats[] = {{"", "sample.txt"},
                                                         {"--format text", "sample.txt"},
                                                         {"--format markdown", "sample.md"},
                                                         {"--format json", "sample.json"},
                                                         {"-f html", "sample.html"}};
  for (const auto& [flag, golden] : formats) {
    const auto r = run_tool("diff " + kOriginal + " " + kRevised + " " + flag);
    EXPECT_EQ(r.exit_code, 1) << flag << "\n" << r.err;
    EXPECT_EQ(r.out, slurp(source_path(std::string("tests/golden/diff/") + golden))) << flag;
    EXPECT_EQ(r.err, "");
  }
}

TEST(DiffCli, SameGoldens) {
  const auto r = run_tool("diff " + kOriginal + " " + kOriginal + " --format json");
  EXPECT_EQ(r.exit_code, 0);
  // The unit golden names the file as both sides.
  EXPECT_EQ(r.out, slurp(source_path("tests/golden/diff/same.json")));
}

TEST(DiffCli, NoColourWhenNotATerminal) {
  const auto r = run_tool("diff " + kOriginal + " " + kRevised);
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos);
}

TEST(DiffCli, OutputFileIsWrittenInsteadOfStdout) {
  const std::string dir = temp_dir("diff-out");
  const auto r =
      run_tool("diff " + kOriginal + " " + kRevised + " --format html -o '" + dir + "/diff.html'");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(slurp(dir + "/diff.html"), slurp(source_path("tests/golden/diff/sample.html")));
}

TEST(DiffCli, UnwritableOutputIsTrouble) {
  const auto r = run_tool("diff " + kOriginal + " " + kRevised + " -o /nonexistent-dir/x.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("error:"), std::string::npos);
  EXPECT_NE(r.err.find("/nonexistent-dir/x.txt"), std::string::npos) << r.err;
}

TEST(DiffCli, RefusesToWriteOverAnInput) {
  const std::string dir = temp_dir("diff-self");
  const std::string copy = dir + "/revised.yaml";
  spit(copy, slurp(source_path(kRevised)));
  const auto r = run_tool("diff " + kOriginal + " '" + copy + "' -o '" + copy + "'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(slurp(copy), slurp(source_path(kRevised)));
}

TEST(DiffCli, MissingFileIsTrouble) {
  const auto r = run_tool("diff " + kOriginal + " no-such-plan.yaml");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no-such-plan.yaml"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(DiffCli, InvalidPlanIsTroubleWithLocatedErrors) {
  const std::string dir = temp_dir("diff-bad");
  spit(dir + "/bad.yaml", "athlete: jane-doe\nsessions:\n  - date: 2026-02-30\n    type: easy\n");
  const auto r = run_tool("diff " + kOriginal + " '" + dir + "/bad.yaml'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("bad.yaml:3:"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(DiffCli, UnknownFormatIsTrouble) {
  const auto r = run_tool("diff " + kOriginal + " " + kRevised + " --format pdf");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown format 'pdf'"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace planadj::testing

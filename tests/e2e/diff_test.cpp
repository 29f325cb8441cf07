// `plan-adjust diff` end to end: exit codes as diff(1), every format against the
// goldens the unit tests also check, -o, and trouble with inputs and outputs.
#include <gtest/gtest.h>

#include "support/golden.h"
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

// A revision with a referral and warnings: a sample plan against its reviewed adjust
// golden (suspected stress fracture). Every format opens with the referral, then the
// warnings, then the care, before any session (docs/formats.md#v2-additions).
TEST(DiffCli, ReferralsComeFirstInEveryFormat) {
  const std::string pair =
      "samples/plans/half-marathon.yaml "
      "tests/golden/adjust/half-marathon--stress-fracture.yaml";
  const std::pair<const char*, const char*> formats[] = {{"text", "stress-fracture.txt"},
                                                         {"markdown", "stress-fracture.md"},
                                                         {"json", "stress-fracture.json"},
                                                         {"html", "stress-fracture.html"}};
  for (const auto& [format, golden] : formats) {
    const auto r = run_tool("diff " + pair + " --format " + format);
    EXPECT_EQ(r.exit_code, 1) << format << "\n" << r.err;
    expect_golden_file(source_path(std::string("tests/golden/diff/") + golden), r.out);
    // Hand-written: the referral, in plain words, before the warnings, the care and
    // the first changed session.
    const std::size_t referral = r.out.find(
        "Stress fracture (left foot) on 2026-04-21: possible bone injury: stop running and see "
        "a doctor");
    const std::size_t warning = r.out.find("race on 2026-04-26 (City 10K) is off");
    const std::size_t care = r.out.find("do not foam roll over a bone injury");
    const std::size_t session = r.out.find("2026-04-22");
    EXPECT_NE(referral, std::string::npos) << format << "\n" << r.out;
    EXPECT_LT(referral, warning) << format;
    EXPECT_LT(warning, care) << format;
    EXPECT_LT(care, session) << format;
  }
  const auto text = run_tool("diff " + pair);
  EXPECT_EQ(
      text.out.find("samples/plans/half-marathon.yaml → "
                    "tests/golden/adjust/half-marathon--stress-fracture.yaml\n"
                    "jane-doe · Spring Half Marathon · km\n\nReferrals (1)\n  ! Stress fracture"),
      0u)
      << text.out;
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

/// `adjust`s a sample into a temporary file and returns its path.
std::string adjusted(const std::string& plan, const std::string& log) {
  const std::string out = temp_dir("diff-adjusted") + "/revised.yaml";
  const auto r = run_tool("adjust " + plan + " --injuries " + log + " -o '" + out + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return out;
}

TEST(DiffCli, RevisionWithoutInjuriesIsTheSamePlan) {
  // Only the `adjusted` header is new: the header is not compared.
  const std::string revised = adjusted("samples/plans/5k.yaml", "samples/injuries/empty.yaml");
  const auto r = run_tool("diff samples/plans/5k.yaml '" + revised + "'");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

TEST(DiffCli, AdjustedSampleShowsEveryChangeAsTheTools) {
  const std::string revised =
      adjusted("samples/plans/half-marathon.yaml", "samples/injuries/achilles.yaml");
  const auto r = run_tool("diff samples/plans/half-marathon.yaml '" + revised + "' --format json");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("\"changes_by_hand\": 0,"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\"origin\": \"hand\""), std::string::npos);
  EXPECT_EQ(r.out.find("\"rule\": null"), std::string::npos);  // each change says why
  EXPECT_NE(r.out.find("\"rule\": \"reduced-load\""), std::string::npos);
  EXPECT_NE(r.out.find("\"phases\": [\n    {"), std::string::npos);
  EXPECT_EQ(run_tool("diff '" + revised + "' '" + revised + "'").exit_code, 0);
  // A coach's hand edit on top of the tool's revision is told apart.
  std::string text = slurp(revised);
  const std::string from = "Long run, easy";
  ASSERT_NE(text.find(from), std::string::npos);
  text.replace(text.find(from), from.size(), "Long run, easy, with the club");
  spit(revised, text);
  const auto edited =
      run_tool("diff samples/plans/half-marathon.yaml '" + revised + "' --format json");
  EXPECT_EQ(edited.exit_code, 1);
  EXPECT_NE(edited.out.find("\"changes_by_hand\": 1,"), std::string::npos) << edited.out;
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

// The three inputs coverage-guided fuzzing found (docs/reliability.md): each was read
// as valid, then made diff or a writer fail or grow with the span between dates. The
// readers now refuse them, located (docs/formats.md#dates).
TEST(DiffCli, DatesOutsideThePlanYearsAreRefusedNotRendered) {
  const std::string bad = "tests/data/bad/";
  for (const char* plan :
       {"plan-date-span-9000.yaml", "plan-date-1400.yaml", "plan-date-9999.yaml"}) {
    SCOPED_TRACE(plan);
    const auto r = run_tool("diff " + bad + plan + " " + kOriginal + " --format json");
    EXPECT_EQ(r.exit_code, 2) << r.err;  // docs/formats.md#diagnostics: a file not read
    EXPECT_TRUE(r.out.empty()) << r.out.size() << " bytes";
    EXPECT_NE(r.err.find(bad + plan + ":"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("is outside the years 1900 to 2199"), std::string::npos) << r.err;
  }
  const auto r = run_tool("adjust " + bad + "plan-date-9999.yaml --injuries " + bad +
                          "log-date-9999.yaml --format ics");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find(bad + "log-date-9999.yaml:3:12: error: date 9999-12-30 is outside"),
            std::string::npos)
      << r.err;
}

TEST(DiffCli, TheWeeklyTableGrowsWithSessionsNotWithTheSpan) {
  const std::string dir = temp_dir("span");
  spit(dir + "/a.yaml",
       "athlete: a\nsessions:\n  - {date: 1900-01-01, type: easy, distance: 5}\n"
       "  - {date: 2199-12-31, type: easy, distance: 5}\n");
  spit(dir + "/b.yaml",
       "athlete: a\nsessions:\n  - {date: 1900-01-01, type: easy, distance: 5}\n"
       "  - {date: 2199-12-31, type: rest}\n");
  const auto r = run_tool("diff '" + dir + "/a.yaml' '" + dir + "/b.yaml' --format json");
  EXPECT_EQ(r.exit_code, 1) << r.err;  // the plans differ
  EXPECT_NE(r.out.find("\"week\": \"1900-W01\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"week\": \"2200-W01\""), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\"week\": \"1900-W02\""), std::string::npos);
  EXPECT_LT(r.out.size(), 20000u);  // two weeks, not 15,650
}

// The README's `diff` example is real output: each line it shows (all but its first,
// which names the revision `hm.yaml`, and its `...` elisions) is a whole line of the
// diff of the sample plan against its golden revision, in the same order.
TEST(DiffCli, ReadmeExampleIsTheRealOutput) {
  const std::string readme = slurp(source_path("README.md"));
  const std::string command = "$ plan-adjust diff samples/plans/half-marathon.yaml hm.yaml\n";
  const std::size_t from = readme.find(command);
  ASSERT_NE(from, std::string::npos) << "README.md: the diff example is gone";
  const std::size_t start = readme.find('\n', from + command.size()) + 1;
  const std::string shown = readme.substr(start, readme.find("```", start) - start);
  const auto r = run_tool(
      "diff samples/plans/half-marathon.yaml tests/golden/adjust/half-marathon--achilles.yaml");
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const std::string out = "\n" + r.out;
  std::size_t at = 0, pos = 0, lines = 0;
  while (pos < shown.size()) {
    const std::size_t eol = shown.find('\n', pos);
    const std::string line = shown.substr(pos, eol - pos);
    pos = eol + 1;
    if (line == "...") continue;
    const std::size_t found = out.find("\n" + line + "\n", at);
    ASSERT_NE(found, std::string::npos) << "README.md shows a line the tool does not print here:\n"
                                        << line << "\n\nthe tool prints:\n"
                                        << r.out;
    at = found + 1;
    ++lines;
  }
  EXPECT_GT(lines, 20u);
}

}  // namespace
}  // namespace planadj::testing

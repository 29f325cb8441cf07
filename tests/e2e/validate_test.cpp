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
  // The roster's athlete sam.lee_2 runs tests/data/good/templated-plan.yaml, whose two
  // unknown keys are warned as the file alone is (the next test).
  EXPECT_EQ(r.err,
            "tests/data/good/templated-plan.yaml:4:1: warning: unknown key 'templates' in plan, "
            "kept as is\n"
            "tests/data/good/templated-plan.yaml:12:5: warning: unknown key 'shoes' in session, "
            "kept as is\n");
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

TEST(Validate, AMissingFileOrFolderIsExitTwoAsInEveryCommand) {
  const auto r = run_tool("validate no-such-file.yaml no-such-folder/");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "no-such-file.yaml: error: no such file\n"
            "no-such-folder/: error: no such file\n");
}

TEST(Validate, AMissingFileAmongOthersStillChecksThemAllThenExitsTwo) {
  const auto r = run_tool(
      "validate tests/data/good/plan.yaml no-such-file.yaml "
      "tests/data/bad/log-pain-out-of-range.yaml");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "tests/data/good/plan.yaml: ok (plan, 5 sessions)\n");
  EXPECT_EQ(r.err,
            "no-such-file.yaml: error: no such file\n"
            "tests/data/bad/log-pain-out-of-range.yaml:5:11: error: pain must be a whole number "
            "from 0 to 10, got 11\n");
}

TEST(Validate, AFolderForcedToAnotherKindIsNotAFile) {
  const auto r = run_tool("validate --kind plan tests/data");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "tests/data: error: is a directory, not a file\n");
}

TEST(Validate, BadKindIsAUsageError) {
  const char* const usage =
      "usage: plan-adjust validate FILE... [--kind plan|injury-log|policy|roster] [--policy "
      "POLICY] [--as-of DATE] [--allow-far-dates]\n"
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

// ---- validate ROSTER: the whole roster as `batch` reads it -----------------

// A copy of samples/roster to break; `batch` and `validate` read the copy, never the sample.
std::string roster_copy(const std::string& name) {
  const std::string dir = temp_dir(name);
  std::system(("cp -R '" + source_path("samples/roster") + "/.' '" + dir + "'").c_str());
  return dir;
}

// Replaces the first `from` in the file with `to`; the test fails if it is not there.
void edit(const std::string& path, const std::string& from, const std::string& to) {
  std::string text = slurp(path);
  const auto at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from << " not in " << path;
  spit(path, text.replace(at, from.size(), to));
}

// Every file under `dir` with its bytes, to show a check wrote nothing.
std::string tree_of(const std::string& dir) {
  std::vector<std::string> lines;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    lines.push_back(e.path().string() + (e.is_regular_file() ? "=" + slurp(e.path()) : ""));
  std::sort(lines.begin(), lines.end());
  std::string all;
  for (const auto& l : lines) all += l + "\n";
  return all;
}

// The lines of `err` that say `what` ("error:" or "warning:").
std::vector<std::string> lines_with(const std::string& err, const std::string& what) {
  std::vector<std::string> found;
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);)
    if (line.find(what) != std::string::npos) found.push_back(line);
  return found;
}

TEST(ValidateRoster, TheSampleRosterFolderAndManifestAreValid) {
  const auto r = run_tool("validate samples/roster samples/roster.yaml");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // Five athlete folders in samples/roster, five athletes listed in samples/roster.yaml.
  EXPECT_EQ(r.out,
            "samples/roster: ok (roster, 5 athletes)\n"
            "samples/roster.yaml: ok (roster, 5 athletes)\n");
  EXPECT_TRUE(lines_with(r.err, "error:").empty()) << r.err;
  // jane-doe's plan has a `coach` key (line 6) the readers keep and warn about, as batch does.
  const std::string coach =
      "samples/roster/jane-doe/plan.yaml:6:1: warning: unknown key 'coach' in plan, kept as is";
  EXPECT_NE(r.err.find(coach), std::string::npos) << r.err;
}

TEST(ValidateRoster, EveryBrokenAthleteIsLocatedAndTheOthersStillChecked) {
  const std::string dir = roster_copy("validate-roster");
  // alex-kim's log, line 8 `    pain: 5` -> 11: the value starts at column 11.
  edit(dir + "/alex-kim/injuries.yaml", "    pain: 5\n", "    pain: 11\n");
  // tom-okafor's plan, line 12 `    distance: 8` -> -3: the value starts at column 15.
  edit(dir + "/tom-okafor/plan.yaml", "    distance: 8\n", "    distance: -3\n");
  // A misnamed log beside priya-shah's plan: a warning, not an error.
  spit(dir + "/priya-shah/injury.yaml", "version: 1\n");
  const std::string before = tree_of(dir);

  const auto r = run_tool("validate '" + dir + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(lines_with(r.err, "error:"),
            (std::vector<std::string>{
                dir + "/alex-kim/injuries.yaml:8:11: error: pain must be a whole number from 0 "
                      "to 10, got 11",
                dir + "/tom-okafor/plan.yaml:12:15: error: distance must be a number >= 0, got -3",
                dir + ": error: 2 of 5 athletes invalid: alex-kim, tom-okafor"}))
      << r.err;
  EXPECT_NE(r.err.find(dir + "/priya-shah/injury.yaml: warning: file not read: an athlete's "
                             "folder holds plan.yaml and injuries.yaml (did you mean "
                             "'injuries.yaml'?)"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(tree_of(dir), before) << "validate wrote or changed a file";
}

TEST(ValidateRoster, TheBatchsRosterChecksToo) {
  const std::string dir = roster_copy("validate-roster-ids");
  // The plan of the folder `sam-lee` names another athlete; a folder has no plan at all.
  edit(dir + "/sam-lee/plan.yaml", "athlete: sam-lee\n", "athlete: sam-li\n");
  fs::create_directory(dir + "/zoe");
  spit(dir + "/jane-doe/plan.yml", slurp(dir + "/jane-doe/plan.yaml"));

  const auto r = run_tool("validate '" + dir + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(lines_with(r.err, "error:"),
            (std::vector<std::string>{
                // The roster's own errors first: folders refused as they are.
                dir + "/jane-doe: error: both plan.yaml and plan.yml in the athlete's folder: "
                      "keep one",
                dir + "/zoe: error: no plan.yaml in the athlete's folder",
                // Then the athletes' files: `athlete: sam-li` is on line 3 of the plan, the
                // value at column 10.
                dir + "/sam-lee/plan.yaml:3:10: error: plan is for athlete 'sam-li', not "
                      "'sam-lee'",
                dir + ": error: 3 of 6 athletes invalid: jane-doe, sam-lee, zoe"}))
      << r.err;
}

TEST(ValidateRoster, AManifestChecksTheFilesItNames) {
  const std::string dir = roster_copy("validate-manifest");
  spit(dir + "/roster.yaml",
       "athletes:\n"
       "  - {id: priya-shah, plan: priya-shah/plan.yaml}\n"
       "  - {id: jane-doe, plan: jane-doe/plan.yaml, injuries: jane/injuries.yaml}\n");
  const auto r = run_tool("validate '" + dir + "/roster.yaml'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(
      lines_with(r.err, "error:"),
      (std::vector<std::string>{dir + "/jane/injuries.yaml: error: no such file",
                                dir + "/roster.yaml: error: 1 of 2 athletes invalid: jane-doe"}))
      << r.err;
}

TEST(ValidateRoster, AFolderWithNoAthleteIsInvalid) {
  const std::string dir = temp_dir("validate-empty-roster");
  spit(dir + "/README.md", "not an athlete\n");
  const auto r = run_tool("validate '" + dir + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, dir + ": error: no athletes in the roster\n");
}

// The pipeline's own checks of the log run under the night's policy. samples/injuries/
// calf-pop.yaml pops, then says `resolved` (which, by default, waits for clearance after a
// pop), then `cleared`. With pop_needs_clearance off, `resolved` closes the episode, so
// the `cleared` entry (line 28, its mapping at column 5) repeats a close: a warning
// (docs/rules.md#follow-ups), and the roster stays valid.
TEST(ValidateRoster, ThePolicyIsTheNightsOwn) {
  const std::string dir = roster_copy("validate-policy");
  spit(dir + "/jane-doe/injuries.yaml", slurp(source_path("samples/injuries/calf-pop.yaml")));
  const std::string policy = temp_dir("validate-policy-file") + "/policy.yaml";
  spit(policy, "pop_needs_clearance: false\n");
  const std::string repeated = dir +
                               "/jane-doe/injuries.yaml:28:5: warning: cleared entry for Calf "
                               "strain (left) on 2026-05-07: already resolved on 2026-05-02 "
                               "(nothing left to close)";

  const auto by_default = run_tool("validate '" + dir + "'");
  EXPECT_EQ(by_default.exit_code, 0) << by_default.err;
  EXPECT_TRUE(lines_with(by_default.err, "already resolved").empty()) << by_default.err;

  const auto r = run_tool("validate '" + dir + "' --policy '" + policy + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines_with(r.err, "already resolved"), std::vector<std::string>{repeated}) << r.err;
}

TEST(ValidateRoster, ABadPolicyOrDateIsAUsageError) {
  const std::string policy = temp_dir("validate-bad-policy") + "/policy.yaml";
  spit(policy, "pop_needs_clearance: maybe\n");
  const auto r = run_tool("validate samples/roster --policy '" + policy + "'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find(policy + ":1:22: error: "), std::string::npos) << r.err;
  EXPECT_EQ(run_tool("validate samples/roster --as-of 2026-13-01").exit_code, 2);
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

// `plan-adjust batch` end to end, on generated rosters of real YAML files.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <thread>

#include "support/roster_gen.h"
#include "support/run.h"

namespace planadj::testing {
namespace {

namespace fs = std::filesystem;

std::string q(const std::string& s) { return "'" + s + "'"; }

/// Every regular file under `dir`, by relative path, with its bytes.
std::map<std::string, std::string> tree(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) files[fs::relative(e.path(), dir).string()] = slurp(e.path().string());
  return files;
}

/// Inode and mtime (ns) of every file under `dir`: a rename or rewrite changes them.
std::map<std::string, std::pair<ino_t, long long>> stamps(const std::string& dir) {
  std::map<std::string, std::pair<ino_t, long long>> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    struct stat st {};
    ::stat(e.path().c_str(), &st);
    out[fs::relative(e.path(), dir).string()] = {
        st.st_ino, st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec};
  }
  return out;
}

class Batch : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = temp_dir("batch");
    roster_ = dir_ + "/roster";
  }
  void TearDown() override { fs::remove_all(dir_); }

  // 50 athletes, four of them broken in different ways.
  void roster_with_broken_athletes() {
    write_roster(roster_, 50);
    spit(roster_ + "/athlete-0003/plan.yaml",
         "version: 1\nathlete: athlete-0003\nsessions:\n  - date: 2026-02-30\n    type: easy\n"
         "    distance: 5\n");
    spit(roster_ + "/athlete-0007/injuries.yaml",
         "version: 1\nathlete: athlete-0007\nentries:\n  - date: 2026-03-10\n"
         "    injury: itbs\n    pain: lots\n");
    spit(roster_ + "/athlete-0011/plan.yaml", plan_yaml("someone-else", 11));
    spit(roster_ + "/athlete-0012/injuries.yaml", injuries_yaml("athlete-0013", 12));
    fs::create_directories(roster_ + "/.hidden");
    spit(roster_ + "/.hidden/plan.yaml", plan_yaml(".hidden", 2));
  }

  RunResult batch(const std::string& out, const std::string& extra = "--quiet") {
    return run_tool("batch " + q(roster_) + " --out " + q(out) + " --as-of 2026-03-29 " + extra);
  }

  std::string dir_, roster_;
};

TEST_F(Batch, SummaryLineCountsInTheSingularForOne) {
  write_roster(roster_, 1);
  spit(roster_ + "/athlete-0000/plan.yaml", "version: 1\nathlete: athlete-0000\nsessions: 3\n");
  // No log: its referrals would be printed too (RedFlags.* in red_flags_test.cpp).
  fs::remove(roster_ + "/athlete-0000/injuries.yaml");
  const auto r = batch(dir_ + "/out", "");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.err,
            "plan-adjust: 1 athlete: 0 adjusted, 0 unchanged, 1 error, 0 referrals; report: " +
                dir_ + "/out/report.md\n");
}

TEST_F(Batch, BrokenAthletesAreReportedAndTheRestWritten) {
  roster_with_broken_athletes();
  const std::string out = dir_ + "/out";
  const auto r = batch(out, "--jobs 2");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  for (int i = 0; i < 50; ++i) {
    const bool broken = i == 3 || i == 7 || i == 11 || i == 12;
    EXPECT_EQ(fs::exists(out + "/" + athlete_id(i) + "/plan.yaml"), !broken) << i;
  }
  EXPECT_FALSE(fs::exists(out + "/.hidden"));
  EXPECT_EQ(r.err.find("plan-adjust: 51 athletes: "), 0u) << r.err;
  EXPECT_NE(r.err.find("5 errors"), std::string::npos) << r.err;

  const std::string json = slurp(out + "/report.json");
  EXPECT_NE(json.find("\"athletes\": 51, "), std::string::npos) << json;
  EXPECT_NE(json.find("\"errors\": 5, "), std::string::npos);
  const std::string md = slurp(out + "/report.md");
  EXPECT_NE(md.find("## Errors: not revised (5)"), std::string::npos) << md;
  EXPECT_NE(md.find("roster/athlete-0003/plan.yaml:4:"), std::string::npos) << md;
  EXPECT_NE(md.find("roster/athlete-0007/injuries.yaml:6:"), std::string::npos) << md;
  EXPECT_NE(md.find("roster/athlete-0011/plan.yaml:2:10: error: plan is for athlete "
                    "'someone-else', not 'athlete-0011'"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("roster/athlete-0012/injuries.yaml:2:10: error: injury log is for athlete "
                    "'athlete-0013', not 'athlete-0012'"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("- **.hidden**\n  - `" + roster_ +
                    "/.hidden: error: athlete id must not "
                    "start with '.': folder refused`"),
            std::string::npos)
      << md;
  // Nothing was written into the roster.
  for (const auto& [rel, bytes] : tree(roster_))
    EXPECT_EQ(rel.find("report"), std::string::npos) << rel;
}

TEST_F(Batch, ReportPutsReferralsFirst) {
  roster_with_broken_athletes();
  const std::string out = dir_ + "/out";
  EXPECT_EQ(batch(out).exit_code, 1);
  const std::string md = slurp(out + "/report.md");
  const auto referrals = md.find("## Referrals");
  ASSERT_NE(referrals, std::string::npos) << md;
  EXPECT_LT(referrals, md.find("## Errors"));
  EXPECT_LT(md.find("## Errors"), md.find("## Adjusted"));
  EXPECT_LT(md.find("## Adjusted"), md.find("## Unchanged"));
  // Athletes 0, 10, 20, 30, 40 reported severe pain (8/10).
  for (int i : {0, 10, 20, 30, 40}) {
    const auto line = md.find("- **" + athlete_id(i) + "**: ", referrals);
    EXPECT_LT(line, md.find("## Errors")) << athlete_id(i) << "\n" << md;
  }
  EXPECT_NE(slurp(out + "/report.json").find("\"reason\": "), std::string::npos);
}

TEST_F(Batch, SameBytesForAnyNumberOfJobs) {
  roster_with_broken_athletes();
  EXPECT_EQ(batch(dir_ + "/one", "--quiet --jobs 1").exit_code, 1);
  EXPECT_EQ(batch(dir_ + "/four", "--quiet --jobs 4").exit_code, 1);
  EXPECT_EQ(batch(dir_ + "/all", "--quiet --jobs 0").exit_code, 1);
  const auto one = tree(dir_ + "/one");
  // plan.yaml, message.md and .reported (docs/batch.md#states) each, three reports
  EXPECT_EQ(one.size(), 46u * 3 + 3u);
  EXPECT_TRUE(one == tree(dir_ + "/four"));
  EXPECT_TRUE(one == tree(dir_ + "/all"));
}

TEST_F(Batch, SecondRunRewritesNothing) {
  write_roster(roster_, 30);
  const std::string out = dir_ + "/out";
  EXPECT_EQ(batch(out).exit_code, 0);
  auto before = stamps(out);
  auto bytes = tree(out);
  const auto r = batch(out, "--quiet --jobs 3");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // Every athlete's files stay as they were. The reports are per-run documents
  // (docs/batch.md#reportjson): the first run wrote all 30 plans, the second none.
  auto after = stamps(out);
  auto now = tree(out);
  const std::string first = bytes["report.json"], second = now["report.json"];
  for (auto* m : {&before, &after})
    m->erase("report.json"), m->erase("report.md"), m->erase("report.html");
  for (auto* m : {&bytes, &now})
    m->erase("report.json"), m->erase("report.md"), m->erase("report.html");
  EXPECT_TRUE(before == after) << "a file was rewritten";
  EXPECT_TRUE(bytes == now);
  auto count = [](const std::string& json, const std::string& what) {
    std::size_t n = 0;
    for (auto at = json.find(what); at != std::string::npos; at = json.find(what, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count(first, "\"changed_since_previous_run\": true"), 30u);
  EXPECT_EQ(count(second, "\"changed_since_previous_run\": false"), 30u);
  EXPECT_NE(second.find("\"no_longer_in_roster\": 0, \"changed_since_previous_run\": 0}"),
            std::string::npos)
      << second;
}

TEST_F(Batch, ShardsPartitionTheRoster) {
  roster_with_broken_athletes();
  EXPECT_EQ(batch(dir_ + "/whole").exit_code, 1);
  const auto whole = tree(dir_ + "/whole");
  std::map<std::string, std::string> merged;
  std::size_t athletes = 0;
  for (int k = 0; k < 3; ++k) {
    const std::string out = dir_ + "/shard" + std::to_string(k);
    const auto r = batch(out, "--quiet --shard " + std::to_string(k) + "/3");
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
    const std::string json = slurp(out + "/report.json");
    EXPECT_NE(json.find("\"shard\": {\"index\": " + std::to_string(k) + ", \"count\": 3}"),
              std::string::npos);
    const auto pos = json.find("\"athletes\": ");
    athletes += std::stoul(json.substr(pos + 12));
    for (const auto& [rel, bytes] : tree(out)) {
      if (rel.rfind("report.", 0) == 0) continue;
      EXPECT_TRUE(merged.emplace(rel, bytes).second) << rel << " in two shards";
    }
  }
  EXPECT_EQ(athletes, 51u);
  auto expected = whole;
  expected.erase("report.json");
  expected.erase("report.md");
  expected.erase("report.html");
  EXPECT_TRUE(merged == expected);
}

TEST_F(Batch, StaleOutputsAreKeptAndListed) {
  write_roster(roster_, 5);
  const std::string out = dir_ + "/out";
  EXPECT_EQ(batch(out).exit_code, 0);
  const std::string old = slurp(out + "/athlete-0002/plan.yaml");
  fs::remove_all(roster_ + "/athlete-0002");
  EXPECT_EQ(batch(out).exit_code, 0);
  EXPECT_EQ(slurp(out + "/athlete-0002/plan.yaml"), old);
  EXPECT_NE(slurp(out + "/report.md")
                .find("## No longer in the roster (1)\n\nTheir earlier "
                      "output is left as it was.\n\n- **athlete-0002**"),
            std::string::npos);
  EXPECT_NE(slurp(out + "/report.json").find("\"no_longer_in_roster\": [\n    \"athlete-0002\""),
            std::string::npos);
}

TEST_F(Batch, ManifestRoster) {
  write_roster(dir_ + "/files", 3);
  spit(dir_ + "/roster.yaml",
       "athletes:\n"
       "  - {id: athlete-0000, plan: files/athlete-0000/plan.yaml, injuries: "
       "files/athlete-0000/injuries.yaml}\n"
       "  - {id: athlete-0001, plan: files/athlete-0001/plan.yaml}\n");
  const auto r = run_tool("batch " + q(dir_ + "/roster.yaml") + " --out " + q(dir_ + "/out"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(dir_ + "/out/athlete-0000/plan.yaml"));
  EXPECT_TRUE(fs::exists(dir_ + "/out/athlete-0001/plan.yaml"));
  EXPECT_FALSE(fs::exists(dir_ + "/out/athlete-0002"));
}

TEST_F(Batch, SampleFolderAndManifestGiveTheSamePlans) {
  const auto folder = run_tool("batch samples/roster --out " + q(dir_ + "/a") + " --quiet");
  const auto manifest = run_tool("batch samples/roster.yaml --out " + q(dir_ + "/b") + " --quiet");
  EXPECT_EQ(folder.exit_code, 0) << folder.err;
  EXPECT_EQ(manifest.exit_code, 0) << manifest.err;
  auto a = tree(dir_ + "/a"), b = tree(dir_ + "/b");
  EXPECT_EQ(a.size(), 5u * 3 + 3u);  // plan.yaml, message.md, .reported; three reports
  for (auto* t : {&a, &b}) t->erase("report.json"), t->erase("report.md"), t->erase("report.html");
  EXPECT_TRUE(a == b);
  // The sample roster is read-only input: nothing new appears in it.
  for (const auto& [rel, bytes] : tree(source_path("samples/roster")))
    EXPECT_TRUE(rel.size() > 9 && (rel.substr(rel.size() - 9) == "plan.yaml" ||
                                   rel.substr(rel.size() - 13) == "injuries.yaml"))
        << rel;
}

TEST_F(Batch, EachAthleteGetsTheMessageAdjustWrites) {
  const std::string out = dir_ + "/out";
  ASSERT_EQ(run_tool("batch samples/roster --out " + q(out) + " --quiet").exit_code, 0);
  // sam-lee's roster files are samples/plans/5k.yaml and samples/injuries/hamstring-pop.yaml.
  const std::string sam = slurp(out + "/sam-lee/message.md");
  EXPECT_EQ(sam, slurp(source_path("tests/golden/adjust/5k--hamstring-pop.message.md")));
  EXPECT_EQ(sam.find("# Your plan, revised: Summer 5K\n\n## Please see a medical professional\n\n"
                     "- Hamstring strain (left), Fri 8 May: severe pain (7/10): see a medical "
                     "professional\n"),
            0u)
      << sam;
  // priya-shah has no log: the one-line message.
  EXPECT_NE(slurp(out + "/priya-shah/message.md").find("No changes: your plan stays as it is.\n"),
            std::string::npos);
  // A killed run's temporary of the message is cleared too, and an unchanged message
  // is not rewritten.
  spit(out + "/sam-lee/.message.md.AbC123.tmp", "half");
  const auto before = stamps(out + "/sam-lee");
  ASSERT_EQ(run_tool("batch samples/roster --out " + q(out) + " --quiet").exit_code, 0);
  EXPECT_FALSE(fs::exists(out + "/sam-lee/.message.md.AbC123.tmp"));
  auto after = stamps(out + "/sam-lee");
  after[".message.md.AbC123.tmp"] = before.at(".message.md.AbC123.tmp");
  EXPECT_TRUE(before == after) << "message.md or plan.yaml was rewritten";
}

// The README shows the sample roster's report.md whole, run as it says (`--as-of
// 2026-05-20`): it is the real one, with each injured athlete's status today
// (hand-checked against the sample logs: alex-kim's ITBS is logged from July, after the
// night, so not yet; jane-doe's Achilles resolved on 2026-03-20 and its ramp long over;
// sam-lee's pop of 2026-05-08 past its 7 days of rest, in reduced load; tom-okafor's shin
// splints a suspected bone injury on 2026-05-19).
TEST_F(Batch, ReadmeReportIsTheRealOne) {
  const std::string out = dir_ + "/out";
  ASSERT_EQ(
      run_tool("batch samples/roster --out " + q(out) + " --as-of 2026-05-20 --quiet").exit_code,
      0);
  const std::string md = slurp(out + "/report.md");
  EXPECT_NE(md.find("## Injuries today (3)\n\n"
                    "- **jane-doe**: Achilles tendinopathy (left): resolved\n"
                    "- **sam-lee**: Hamstring strain (left): reduced-load\n"
                    "- **tom-okafor**: Shin splints (right): bone-stop\n"),
            std::string::npos)
      << md;
  EXPECT_NE(slurp(source_path("README.md")).find("```markdown\n" + md + "```"), std::string::npos)
      << "README.md: the sample report differs from the tool's:\n"
      << md;
}

// Runs batch over `manifest` (under dir_) into dir_/out and checks that only the athletes
// in `refused` failed, each with its diagnostic in both reports, and that the others ran.
class ManifestIds : public Batch {
 protected:
  void write_manifest(const std::string& body) {
    write_roster(dir_ + "/files", 3);
    manifest_ = dir_ + "/roster.yaml";
    spit(manifest_, "athletes:\n" + body);
  }
  RunResult run_batch() {
    return run_tool("batch " + q(manifest_) + " --out " + q(dir_ + "/out") +
                    " --as-of 2026-03-29 --quiet");
  }
  void expect_error_in_reports(const std::string& diagnostic) {
    const std::string md = slurp(dir_ + "/out/report.md");
    EXPECT_NE(md.find("`" + manifest_ + diagnostic + "`"), std::string::npos) << md;
    const std::string json = slurp(dir_ + "/out/report.json");
    EXPECT_NE(json.find("\"" + manifest_ + diagnostic + "\""), std::string::npos) << json;
  }
  std::string manifest_;
};

TEST_F(ManifestIds, UnsafeIdRefusesOnlyThatAthlete) {
  write_manifest(
      "  - {id: athlete-0000, plan: files/athlete-0000/plan.yaml}\n"
      "  - {id: ../escape, plan: files/athlete-0001/plan.yaml}\n"
      "  - {id: .sneaky, plan: files/athlete-0001/plan.yaml}\n"
      "  - {id: athlete-0002, plan: files/athlete-0002/plan.yaml}\n");
  const auto r = run_batch();
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(fs::exists(dir_ + "/out/athlete-0000/plan.yaml"));
  EXPECT_TRUE(fs::exists(dir_ + "/out/athlete-0002/plan.yaml"));
  EXPECT_FALSE(fs::exists(dir_ + "/escape"));
  EXPECT_FALSE(fs::exists(dir_ + "/out/.sneaky"));
  std::set<std::string> written;
  for (const auto& e : fs::directory_iterator(dir_ + "/out"))
    written.insert(e.path().filename().string());
  EXPECT_EQ(written, (std::set<std::string>{"athlete-0000", "athlete-0002", "report.html",
                                            "report.json", "report.md"}));
  expect_error_in_reports(":3:10: error: athlete id '../escape' must not contain '/'");
  expect_error_in_reports(":4:10: error: athlete id '.sneaky' must not start with '.'");
  const std::string json = slurp(dir_ + "/out/report.json");
  EXPECT_NE(json.find("\"athletes\": 4, \"adjusted\": "), std::string::npos) << json;
  EXPECT_NE(json.find("\"errors\": 2, "), std::string::npos) << json;

  // validate still calls the manifest wrong, with the same diagnostics.
  const auto v = run_tool("validate " + q(manifest_));
  EXPECT_EQ(v.exit_code, 1) << v.out << v.err;
  const std::string said = v.out + v.err;
  EXPECT_NE(said.find(manifest_ + ":3:10: error: athlete id '../escape' must not contain '/'"),
            std::string::npos)
      << said;
  EXPECT_NE(said.find(manifest_ + ":4:10: error: athlete id '.sneaky' must not start with '.'"),
            std::string::npos)
      << said;
}

TEST_F(ManifestIds, DuplicateIdRefusesTheSecondListing) {
  write_manifest(
      "  - {id: athlete-0001, plan: files/athlete-0001/plan.yaml}\n"
      "  - {id: athlete-0000, plan: files/athlete-0000/plan.yaml}\n"
      "  - {id: athlete-0001, plan: files/athlete-0002/plan.yaml}\n");
  const auto r = run_batch();
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(fs::exists(dir_ + "/out/athlete-0000/plan.yaml"));
  // The first listing ran: its plan is athlete-0001's own (the second would have failed
  // on the plan's athlete anyway, so compare with a run of the first listing alone).
  const std::string first = slurp(dir_ + "/out/athlete-0001/plan.yaml");
  EXPECT_NE(first.find("athlete: athlete-0001"), std::string::npos) << first;
  expect_error_in_reports(":4:10: error: duplicate athlete id 'athlete-0001' (first at line 2)");
  const std::string json = slurp(dir_ + "/out/report.json");
  EXPECT_NE(json.find("\"athletes\": 3, "), std::string::npos) << json;
  EXPECT_NE(json.find("\"errors\": 1, "), std::string::npos) << json;

  const auto v = run_tool("validate " + q(manifest_));
  EXPECT_EQ(v.exit_code, 1);
  EXPECT_NE((v.out + v.err).find(manifest_ + ":4:10: error: duplicate athlete id"),
            std::string::npos);
}

TEST_F(ManifestIds, StructuralErrorStillStopsTheRun) {
  write_manifest(
      "  - {id: athlete-0000, plan: files/athlete-0000/plan.yaml}\n"
      "  - {id: ../escape, plan: [files/athlete-0001/plan.yaml]}\n");
  const auto r = run_batch();
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find(manifest_ + ":3:10: error: athlete id '../escape' must not contain '/'"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(manifest_ + ":3:27: error: plan must be text"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir_ + "/out/report.json"));
  EXPECT_FALSE(fs::exists(dir_ + "/out/athlete-0000"));
}

TEST_F(Batch, SymlinkedOutputFolderIsRefused) {
  write_roster(roster_, 2);
  const std::string out = dir_ + "/out";
  fs::create_directories(out);
  fs::create_directories(dir_ + "/elsewhere");
  fs::create_directory_symlink(dir_ + "/elsewhere", out + "/athlete-0001");
  const auto r = batch(out);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(fs::is_empty(dir_ + "/elsewhere")) << "nothing written outside --out";
  EXPECT_TRUE(fs::exists(out + "/athlete-0000/plan.yaml"));
  EXPECT_NE(slurp(out + "/report.md").find("it is a symbolic link"), std::string::npos);
}

TEST_F(Batch, ProgressBarOnATerminalOnly) {
  if (std::system("command -v script >/dev/null 2>&1") != 0) GTEST_SKIP() << "no script(1)";
  write_roster(roster_, 5);
  // script(1) gives the tool a terminal for standard error.
  const std::string cmd = "script -qec \"'" PLANADJ_BINARY "' batch '" + roster_ + "' --out '" +
                          dir_ + "/out'\" /dev/null > '" + dir_ + "/tty.txt'";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  const std::string tty = slurp(dir_ + "/tty.txt");
  EXPECT_NE(tty.find("\r[####################] 5/5 athletes  "), std::string::npos) << tty;
  EXPECT_NE(tty.find("plan-adjust: 5 athletes: "), std::string::npos) << tty;
  const std::string quiet = "script -qec \"'" PLANADJ_BINARY "' batch '" + roster_ + "' --out '" +
                            dir_ + "/out' --quiet\" /dev/null > '" + dir_ + "/quiet.txt'";
  ASSERT_EQ(std::system(quiet.c_str()), 0);
  EXPECT_EQ(slurp(dir_ + "/quiet.txt"), "");
  // Not a terminal: no bar, one summary line.
  const auto piped = batch(dir_ + "/out", "");
  EXPECT_EQ(piped.err.find('\r'), std::string::npos);
  EXPECT_EQ(piped.err.rfind("plan-adjust: 5 athletes: ", 0), 0u) << piped.err;
  EXPECT_NE(piped.err.find(" referrals; report: " + dir_ + "/out/report.md\n"), std::string::npos)
      << piped.err;
  EXPECT_EQ(std::count(piped.err.begin(), piped.err.end(), '\n'), 1);
}

TEST_F(Batch, UsageErrorsExitTwoAndWriteNothing) {
  write_roster(roster_, 2);
  const std::string out = dir_ + "/out";
  for (const char* shard : {"3/3", "0/0", "x", "1/-2", "1"}) {
    const auto r = batch(out, std::string("--shard ") + shard);
    EXPECT_EQ(r.exit_code, 2) << shard;
    EXPECT_NE(r.err.find("invalid --shard"), std::string::npos) << r.err;
  }
  EXPECT_EQ(run_tool("batch " + q(dir_ + "/missing") + " --out " + q(out)).exit_code, 2);
  EXPECT_EQ(run_tool("batch " + q(roster_) + " --out " + q(out) + " --as-of 2026-02-30").exit_code,
            2);
  EXPECT_EQ(run_tool("batch " + q(roster_)).exit_code, 2);
  spit(dir_ + "/policy.yaml", "pain: [not, a, mapping]\n");
  EXPECT_EQ(
      run_tool("batch " + q(roster_) + " --out " + q(out) + " --policy " + q(dir_ + "/policy.yaml"))
          .exit_code,
      2);
  EXPECT_EQ(
      run_tool("batch " + q(roster_) + " --out " + q(out) + " --policy " + q(dir_ + "/nope.yaml"))
          .exit_code,
      2);
  EXPECT_FALSE(fs::exists(out));
  const auto inside = run_tool("batch " + q(roster_) + " --out " + q(roster_ + "/out"));
  EXPECT_EQ(inside.exit_code, 2);
  EXPECT_NE(inside.err.find("inside the roster"), std::string::npos) << inside.err;
  EXPECT_FALSE(fs::exists(roster_ + "/out"));
  spit(dir_ + "/a-file", "x");
  EXPECT_EQ(run_tool("batch " + q(roster_) + " --out " + q(dir_ + "/a-file")).exit_code, 2);
  fs::create_directories(dir_ + "/empty");
  EXPECT_EQ(run_tool("batch " + q(dir_ + "/empty") + " --out " + q(out)).exit_code, 2);
}

TEST_F(Batch, KilledRunLeavesNoPartialFileUnderAFinalName) {
  write_roster(roster_, 400, 12);
  const std::string out = dir_ + "/out";
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 1);
    ::dup2(null, 2);
    ::execl(PLANADJ_BINARY, "plan-adjust", "batch", roster_.c_str(), "--out", out.c_str(),
            "--as-of", "2026-03-29", "--jobs", "2", "--quiet", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  // Kill it once a few outputs exist, while the rest are still being written.
  const std::string marker = out + "/" + athlete_id(5) + "/plan.yaml";
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!fs::exists(marker) && std::chrono::steady_clock::now() < give_up)
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
      << "the run ended before it could be killed";
  EXPECT_FALSE(fs::exists(out + "/report.json")) << "killed before the reports";

  // A complete run gives the reference bytes; every file the killed run left under
  // a final name must be exactly that, and anything else a hidden .tmp file.
  ASSERT_EQ(batch(dir_ + "/reference").exit_code, 0);
  const auto reference = tree(dir_ + "/reference");
  std::size_t finals = 0;
  for (const auto& [rel, bytes] : tree(out)) {
    const std::string name = fs::path(rel).filename().string();
    if (name == "plan.yaml" || name == "message.md" || name == ".reported") {
      finals += name == "plan.yaml";
      ASSERT_TRUE(reference.count(rel)) << rel;
      EXPECT_EQ(bytes, reference.at(rel)) << rel << " is partial";
    } else {
      EXPECT_EQ(name.front(), '.') << rel;
      EXPECT_EQ(name.substr(name.size() - 4), ".tmp") << rel;
    }
  }
  EXPECT_GE(finals, 5u);
  EXPECT_LT(finals, 400u);
  // Whether the kill caught a write in flight is luck, so leave some debris for sure:
  // what a killed write leaves, and look-alikes that are not ours and must stay.
  const std::string a0 = out + "/" + athlete_id(0), a399 = out + "/" + athlete_id(399);
  fs::create_directories(a399);
  const std::vector<std::string> debris{
      a0 + "/.plan.yaml.Xy12Zq.tmp", a399 + "/.plan.yaml.000000.tmp",
      out + "/.report.json.abcDEF.tmp", out + "/.report.md.a1b2c3.tmp"};
  const std::vector<std::string> not_ours{a0 + "/.plan.yaml.Xy12Z.tmp",
                                          a0 + "/.plan.yaml.Xy12Zq.tmp~",
                                          a0 + "/notes.tmp",
                                          a0 + "/.injuries.yaml.Xy12Zq.tmp",
                                          out + "/.report.csv.abcDEF.tmp",
                                          out + "/.plan.yaml.abcDEF.tmp"};
  for (const auto& p : debris) spit(p, "partial");
  for (const auto& p : not_ours) spit(p, "someone else's");
  // Running again finishes the job and clears what killed runs left, nothing else.
  ASSERT_EQ(batch(out).exit_code, 0);
  // The reports differ from the reference's only in what this run wrote (it wrote only
  // what the killed run had not), so they are left out of the comparison.
  for (const auto& [rel, bytes] : reference)
    if (rel.rfind("report.", 0) != 0) EXPECT_EQ(slurp(out + "/" + rel), bytes) << rel;
  for (const auto& p : not_ours) EXPECT_EQ(slurp(p), "someone else's") << p;
  const std::set<std::string> kept(not_ours.begin(), not_ours.end());
  for (const auto& e : fs::recursive_directory_iterator(out)) {
    const std::string name = e.path().filename().string();
    if (kept.count(e.path().string())) continue;
    EXPECT_NE(name.substr(name.size() - 4), ".tmp") << e.path() << " left behind";
  }
}

}  // namespace
}  // namespace planadj::testing

// Roster discovery, the output folder, and stale outputs, on a real temp folder.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "planadj/batch.h"

namespace planadj::batch {
namespace {

namespace fs = std::filesystem;

class BatchRoster : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(::testing::TempDir()) /
            ("planadj-roster-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  void file(const std::string& rel, const std::string& text = "x: 1\n") {
    const fs::path p = root_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
  }
  std::string path(const std::string& rel = "") const { return (root_ / rel).string(); }

  fs::path root_;
};

TEST_F(BatchRoster, FolderRosterIsSortedWithOptionalLogs) {
  file("roster/sam-lee/plan.yaml");
  file("roster/jane-doe/plan.yaml");
  file("roster/jane-doe/injuries.yaml");
  file("roster/README.md");
  file("roster/.git/config");
  Diagnostics ds;
  const auto l = discover_roster(path("roster") + "/", ds);
  ASSERT_TRUE(l) << (ds.empty() ? "" : ds[0].str());
  EXPECT_FALSE(l->is_manifest);
  ASSERT_EQ(l->athletes.size(), 2u);
  EXPECT_EQ(l->athletes[0].id, "jane-doe");
  EXPECT_EQ(l->athletes[0].plan, path("roster/jane-doe/plan.yaml"));
  ASSERT_TRUE(l->athletes[0].injuries);
  EXPECT_EQ(*l->athletes[0].injuries, path("roster/jane-doe/injuries.yaml"));
  EXPECT_EQ(l->athletes[1].id, "sam-lee");
  EXPECT_FALSE(l->athletes[1].injuries);
  EXPECT_TRUE(l->athletes[0].problems.empty());
}

TEST_F(BatchRoster, UnsafeAndIncompleteFoldersBecomeErrorEntries) {
  file("roster/.hidden/plan.yaml");
  file("roster/bad name/plan.yaml");
  file("roster/a..b/plan.yaml");
  file("roster/no-plan/injuries.yaml");
  file("roster/ok/plan.yaml");
  Diagnostics ds;
  const auto l = discover_roster(path("roster"), ds);
  ASSERT_TRUE(l);
  ASSERT_EQ(l->athletes.size(), 5u);
  std::map<std::string, std::string> problem;
  for (const auto& a : l->athletes) problem[a.id] = a.problems.empty() ? "" : a.problems[0].message;
  EXPECT_EQ(problem[".hidden"], "athlete id must not start with '.': folder refused");
  EXPECT_EQ(problem["bad name"],
            "athlete id may hold only letters, digits, '.', '_' and '-': folder refused");
  EXPECT_EQ(problem["a..b"], "athlete id must not contain '..': folder refused");
  EXPECT_EQ(problem["no-plan"], "no plan.yaml in the athlete's folder");
  EXPECT_EQ(problem["ok"], "");
}

TEST_F(BatchRoster, ManifestPathsAreRelativeToItsFolderAndSortedById) {
  file("coach/roster.yaml",
       "athletes:\n"
       "  - {id: sam, plan: plans/sam.yaml}\n"
       "  - {id: jane, plan: plans/jane.yaml, injuries: logs/jane.yaml}\n"
       "  - {id: abe, plan: /abs/abe.yaml}\n");
  Diagnostics ds;
  const auto l = discover_roster(path("coach/roster.yaml"), ds);
  ASSERT_TRUE(l) << (ds.empty() ? "" : ds[0].str());
  EXPECT_TRUE(l->is_manifest);
  EXPECT_EQ(l->folder, path("coach"));
  ASSERT_EQ(l->athletes.size(), 3u);
  EXPECT_EQ(l->athletes[0].id, "abe");
  EXPECT_EQ(l->athletes[0].plan, "/abs/abe.yaml");
  EXPECT_EQ(l->athletes[1].id, "jane");
  EXPECT_EQ(l->athletes[1].plan, path("coach/plans/jane.yaml"));
  EXPECT_EQ(l->athletes[1].injuries.value_or(""), path("coach/logs/jane.yaml"));
  EXPECT_EQ(l->athletes[2].id, "sam");
  EXPECT_FALSE(l->athletes[2].injuries);
  for (const auto& a : l->athletes) EXPECT_TRUE(a.problems.empty()) << a.id;
}

TEST_F(BatchRoster, ManifestUnsafeOrDuplicateIdsRefuseOnlyThoseAthletes) {
  file("roster.yaml",
       "athletes:\n"
       "  - {id: jane, plan: a.yaml}\n"
       "  - {id: jane, plan: b.yaml}\n"
       "  - {id: ../up, plan: c.yaml}\n"
       "  - {id: sam, plan: d.yaml}\n");
  Diagnostics ds;
  const auto l = discover_roster(path("roster.yaml"), ds);
  ASSERT_TRUE(l) << (ds.empty() ? "" : ds[0].str());
  EXPECT_FALSE(has_errors(ds));
  ASSERT_EQ(l->athletes.size(), 4u);
  // Sorted by id; the first 'jane' listed runs, the second is refused.
  EXPECT_EQ(l->athletes[0].id, "../up");
  EXPECT_EQ(l->athletes[1].id, "jane");
  EXPECT_EQ(l->athletes[1].plan, path("a.yaml"));
  EXPECT_EQ(l->athletes[2].id, "jane");
  EXPECT_EQ(l->athletes[2].plan, path("b.yaml"));
  EXPECT_EQ(l->athletes[3].id, "sam");
  const std::string file = path("roster.yaml");
  ASSERT_EQ(l->athletes[0].problems.size(), 1u);
  EXPECT_EQ(l->athletes[0].problems[0].str(),
            file + ":4:10: error: athlete id '../up' must not contain '/'");
  EXPECT_TRUE(l->athletes[1].problems.empty());
  ASSERT_EQ(l->athletes[2].problems.size(), 1u);
  EXPECT_EQ(l->athletes[2].problems[0].str(),
            file + ":3:10: error: duplicate athlete id 'jane' (first at line 2)");
  EXPECT_TRUE(l->athletes[3].problems.empty());
}

TEST_F(BatchRoster, ManifestWithAStructuralErrorCannotRun) {
  file("roster.yaml",
       "athletes:\n"
       "  - {id: ../up, plan: c.yaml}\n"
       "  - {id: sam}\n");
  Diagnostics ds;
  EXPECT_FALSE(discover_roster(path("roster.yaml"), ds));
  std::vector<std::string> lines;
  for (const auto& d : ds) lines.push_back(d.str());
  const std::string file = path("roster.yaml");
  EXPECT_EQ(lines, (std::vector<std::string>{
                       file + ":2:10: error: athlete id '../up' must not contain '/'",
                       file + ":3:5: error: missing required key 'plan' in athlete"}));
}

TEST_F(BatchRoster, ManifestRefusedEntryWritesNothing) {
  file("roster.yaml", "athletes:\n  - {id: .sneaky, plan: a.yaml}\n");
  Diagnostics ds;
  const auto l = discover_roster(path("roster.yaml"), ds);
  ASSERT_TRUE(l);
  JobSettings s;
  s.out_dir = s.out_dir_real = path("out");
  fs::create_directories(s.out_dir);
  const AthleteRecord r = process_athlete(l->athletes.at(0), s);
  EXPECT_EQ(r.status, AthleteStatus::error);
  EXPECT_EQ(r.errors, std::vector<std::string>{path("roster.yaml") +
                                               ":2:10: error: athlete id '.sneaky' must not "
                                               "start with '.'"});
  EXPECT_TRUE(fs::is_empty(s.out_dir));
}

TEST_F(BatchRoster, UnsafeIdIsRefusedEvenWithoutProblems) {
  // An entry built by hand, not by discover_roster: the job still never writes outside.
  RosterEntry e;
  e.id = "../escape";
  e.plan = path("plan.yaml");
  file("plan.yaml", "version: 1\nathlete: escape\nsessions: []\n");
  JobSettings s;
  s.out_dir = s.out_dir_real = path("out");
  fs::create_directories(s.out_dir);
  const AthleteRecord r = process_athlete(e, s);
  EXPECT_EQ(r.status, AthleteStatus::error);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("athlete id must not contain '/': athlete refused"), std::string::npos)
      << r.errors[0];
  EXPECT_FALSE(fs::exists(path("escape")));
}

TEST_F(BatchRoster, StaleTempFilesOfTheAthleteAreRemoved) {
  file("roster/jane/plan.yaml", "version: 1\nathlete: jane\nsessions: []\n");
  file("out/jane/.plan.yaml.aB3xY9.tmp", "partial");
  file("out/jane/..reported.Qr5tU7.tmp", "partial");  // the memory's (docs/batch.md#states)
  file("out/jane/.plan.yaml.aB3xY.tmp", "not ours: five characters");
  file("out/jane/.plan.yaml.aB3xY9.tmp.keep", "not ours");
  file("out/jane/.notes.aB3xY9.tmp", "not ours");
  file("out/jane/plan.yaml.aB3xY9.tmp", "not ours: not hidden");
  fs::create_directories(path("out/jane/.plan.yaml.ZZZZZZ.tmp"));  // a folder: not ours
  Diagnostics ds;
  const auto l = discover_roster(path("roster"), ds);
  ASSERT_TRUE(l);
  JobSettings s;
  s.out_dir = s.out_dir_real = path("out");
  s.roster_folder = real_path(path("roster"));
  s.out_dir_real = real_path(path("out"));
  process_athlete(l->athletes.at(0), s);
  std::set<std::string> left;
  for (const auto& e : fs::directory_iterator(path("out/jane")))
    left.insert(e.path().filename().string());
  left.erase("plan.yaml");
  left.erase("message.md");
  left.erase(".reported");
  EXPECT_EQ(left, (std::set<std::string>{".plan.yaml.aB3xY.tmp", ".plan.yaml.aB3xY9.tmp.keep",
                                         ".notes.aB3xY9.tmp", "plan.yaml.aB3xY9.tmp",
                                         ".plan.yaml.ZZZZZZ.tmp"}));
}

TEST_F(BatchRoster, MissingRosterIsAnError) {
  Diagnostics ds;
  EXPECT_FALSE(discover_roster(path("nowhere"), ds));
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_NE(ds[0].message.find("roster not found"), std::string::npos);
}

TEST_F(BatchRoster, RefusedEntryGivesAnErrorRecordAndWritesNothing) {
  file("roster/.hidden/plan.yaml");
  Diagnostics ds;
  const auto l = discover_roster(path("roster"), ds);
  ASSERT_TRUE(l);
  JobSettings s;
  s.out_dir = s.out_dir_real = path("out");
  fs::create_directories(s.out_dir);
  const AthleteRecord r = process_athlete(l->athletes.at(0), s);
  EXPECT_EQ(r.status, AthleteStatus::error);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("must not start with '.'"), std::string::npos);
  EXPECT_TRUE(fs::is_empty(s.out_dir));
}

TEST_F(BatchRoster, OutDirIsCreatedButNeverInsideTheRoster) {
  file("roster/a/plan.yaml");
  const std::string roster = real_path(path("roster"));
  std::string real, error;
  EXPECT_TRUE(prepare_out_dir(path("out/deeper"), roster, real, error)) << error;
  EXPECT_TRUE(fs::is_directory(path("out/deeper")));
  EXPECT_EQ(real, real_path(path("out/deeper")));
  EXPECT_FALSE(prepare_out_dir(path("roster/out"), roster, real, error));
  EXPECT_NE(error.find("inside the roster"), std::string::npos);
  EXPECT_FALSE(fs::exists(path("roster/out"))) << "nothing is created in the roster";
  EXPECT_FALSE(prepare_out_dir(path("roster"), roster, real, error));
  file("plain-file");
  EXPECT_FALSE(prepare_out_dir(path("plain-file"), roster, real, error));
}

TEST_F(BatchRoster, StaleOutputsAreListedNotTouched) {
  file("out/gone/plan.yaml", "keep me\n");
  file("out/here/plan.yaml");
  file("out/empty-folder/notes.txt");
  file("out/report.json");
  file("out/.tmpdir/plan.yaml");
  const auto stale = find_stale_outputs(path("out"), {"here", "other"});
  EXPECT_EQ(stale, std::vector<std::string>{"gone"});
  std::ifstream in(path("out/gone/plan.yaml"));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(text, "keep me\n");
}

}  // namespace
}  // namespace planadj::batch

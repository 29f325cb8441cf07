// The nightly loop (docs/batch.md#history): three nights of `batch` over one roster as
// its logs grow, checking what each night keeps of the one before.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <map>
#include <string>

#include "planadj/readers.h"
#include "support/roster_gen.h"
#include "support/run.h"

namespace planadj::testing {
namespace {

namespace fs = std::filesystem;

Plan read_plan(const std::string& path) {
  auto p = parse_plan(slurp(path), path);
  EXPECT_TRUE(p.ok()) << path;
  return p.value ? *p.value : Plan{};
}

/// The session on `date` (the first of that day) as its own YAML text, written back
/// by nothing but the reader's view: type, distance, duration, terrain, adjustment rule.
std::string describe(const Session& s) {
  std::string out =
      boost::gregorian::to_iso_extended_string(s.date) + " " + std::string(name_of(s.type));
  if (s.distance) out += " " + std::to_string(*s.distance);
  if (s.duration) out += " " + std::to_string(s.duration->minutes) + "min";
  if (s.terrain) out += " " + std::string(name_of(*s.terrain));
  if (s.adjustment) out += " [" + s.adjustment->rule + "]";
  if (s.locked) out += " locked";
  return out;
}

std::vector<std::string> before(const Plan& p, const char* iso) {
  const Date d = boost::gregorian::from_simple_string(iso);
  std::vector<std::string> out;
  for (const auto& s : p.sessions)
    if (s.date < d) out.push_back(describe(s));
  return out;
}

long long mtime_ns(const std::string& path) {
  struct stat st {};
  ::stat(path.c_str(), &st);
  return st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
}

// Each athlete's `changed_since_previous_run` in a report.json, by id.
std::map<std::string, bool> changed_of(const std::string& json) {
  std::map<std::string, bool> out;
  const std::string id_key = "\"id\": \"", changed_key = "\"changed_since_previous_run\": ";
  for (auto at = json.find(id_key); at != std::string::npos; at = json.find(id_key, at + 1)) {
    const auto start = at + id_key.size();
    const std::string id = json.substr(start, json.find('"', start) - start);
    const auto c = json.find(changed_key, start);
    if (c == std::string::npos) break;
    out[id] = json.compare(c + changed_key.size(), 4, "true") == 0;
  }
  return out;
}

const char* const kLogNight1 =
    "version: 1\nathlete: athlete-0000\nentries:\n"
    "  - {date: 2026-03-09, injury: achilles_tendinopathy, side: left, pain: 5}\n";
const char* const kLogNight2 =
    "version: 1\nathlete: athlete-0000\nentries:\n"
    "  - {date: 2026-03-09, injury: achilles_tendinopathy, side: left, pain: 5}\n"
    "  - {date: 2026-03-15, injury: achilles_tendinopathy, side: left, pain: 3}\n";

class Nightly : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = temp_dir("nightly");
    roster_ = dir_ + "/roster";
    out_ = dir_ + "/out";
    write_roster(roster_, 6, 4);
    spit(roster_ + "/athlete-0000/injuries.yaml", kLogNight1);
  }
  void TearDown() override { fs::remove_all(dir_); }
  RunResult night(const char* as_of) {
    return run_tool("batch " + roster_ + " -o " + out_ + " --as-of " + as_of + " --quiet");
  }
  std::string dir_, roster_, out_;
};

TEST_F(Nightly, ThreeNightsKeepHistoryHandEditsAndRewriteNothingForNothing) {
  ASSERT_EQ(night("2026-03-10").exit_code, 0);
  // The first night writes every plan: all six are to be sent.
  const std::map<std::string, bool> all_six{{"athlete-0000", true}, {"athlete-0001", true},
                                            {"athlete-0002", true}, {"athlete-0003", true},
                                            {"athlete-0004", true}, {"athlete-0005", true}};
  EXPECT_EQ(changed_of(slurp(out_ + "/report.json")), all_six);
  const std::string jane = out_ + "/athlete-0000/plan.yaml";
  const Plan first = read_plan(jane);
  // The entry of 03-09 eased the runs after it: 03-10's intervals are not intervals.
  ASSERT_FALSE(first.sessions.empty());

  // Between nights: the log grows; the coach rewrites a past session in the roster plan
  // (the athlete was told otherwise: history keeps what they were told), and edits a
  // revised session by hand in the output (kept and locked).
  spit(roster_ + "/athlete-0000/injuries.yaml", kLogNight2);
  std::string roster_plan = slurp(roster_ + "/athlete-0000/plan.yaml");
  const std::string past = "date: 2026-03-03\n    type: intervals\n    distance: 8";
  const auto at = roster_plan.find(past);
  ASSERT_NE(at, std::string::npos);
  roster_plan.replace(at, past.size(), "date: 2026-03-03\n    type: intervals\n    distance: 9");
  spit(roster_ + "/athlete-0000/plan.yaml", roster_plan);
  std::string revised = slurp(jane);
  const auto edit = revised.find("date: 2026-03-18\n    type: easy\n    distance: ");
  ASSERT_NE(edit, std::string::npos) << revised;
  const auto value = edit + std::string("date: 2026-03-18\n    type: easy\n    distance: ").size();
  revised.replace(value, revised.find('\n', value) - value, "3.3");
  spit(jane, revised);

  ASSERT_EQ(night("2026-03-16").exit_code, 0);
  const Plan second = read_plan(jane);
  // Sessions before the night's date are what the previous night wrote.
  EXPECT_EQ(before(second, "2026-03-16"), before(first, "2026-03-16"));
  // The hand edit is kept, locked, and said in the report.
  bool found = false;
  for (const auto& s : second.sessions)
    if (boost::gregorian::to_iso_extended_string(s.date) == "2026-03-18" &&
        s.type == SessionType::easy) {
      found = true;
      EXPECT_EQ(s.distance, 3.3);
      EXPECT_TRUE(s.locked);
    }
  EXPECT_TRUE(found);
  const std::string report = slurp(out_ + "/report.json");
  EXPECT_NE(report.find("session on 2026-03-18 was edited by hand"), std::string::npos) << report;
  // Jane's log has a new entry (and her hand edit is now locked): her plan changed. The
  // odd-numbered athletes have no log and an unchanged roster plan: theirs did not.
  const auto second_changed = changed_of(report);
  ASSERT_EQ(second_changed.size(), 6u) << report;
  EXPECT_TRUE(second_changed.at("athlete-0000"));
  EXPECT_FALSE(second_changed.at("athlete-0001"));
  EXPECT_FALSE(second_changed.at("athlete-0003"));
  EXPECT_FALSE(second_changed.at("athlete-0005"));

  // A night with no new entry dated on or before it rewrites no plan file.
  std::map<std::string, long long> stamps;
  for (const auto& e : fs::directory_iterator(out_))
    if (e.is_directory()) stamps[e.path().string()] = mtime_ns(e.path().string() + "/plan.yaml");
  ASSERT_EQ(stamps.size(), 6u);
  ASSERT_EQ(night("2026-03-17").exit_code, 0);
  for (const auto& [folder, stamp] : stamps)
    EXPECT_EQ(mtime_ns(folder + "/plan.yaml"), stamp) << folder << " was rewritten";
  EXPECT_EQ(before(read_plan(jane), "2026-03-17"), before(second, "2026-03-17"));
  // The report says what moved with the date: Jane's Achilles is in reduced load
  // today (pain 3 on 03-15: reduced load until a week after the last pain).
  const std::string third = slurp(out_ + "/report.json");
  // No plan was written tonight: nothing to send, and the report says so.
  std::map<std::string, bool> none = all_six;
  for (auto& [id, changed] : none) changed = false;
  EXPECT_EQ(changed_of(third), none) << third;
  EXPECT_NE(third.find("\"injuries_today\": [{\"injury\": \"achilles_tendinopathy\", \"side\": "
                       "\"left\", \"status\": \"reduced-load\"}]"),
            std::string::npos)
      << third;
}

// samples/injuries/calf-pop.yaml calls off the City 10K of 2026-04-26 in
// samples/plans/half-marathon.yaml (acute rest after the pop of 04-19); its entries are
// dated 04-19, 04-23, 05-02 and 05-07, so nights 04-25 and 04-27 see the same ones and
// only the race's date passes between them.
TEST_F(Nightly, ARaceCalledOffStaysInTheHeaderAndLeavesTheMorningReportOnceItIsPast) {
  const std::string roster = dir_ + "/races", out = dir_ + "/races-out";
  fs::create_directories(roster + "/jane-doe");
  fs::copy_file(source_path("samples/plans/half-marathon.yaml"), roster + "/jane-doe/plan.yaml");
  fs::copy_file(source_path("samples/injuries/calf-pop.yaml"), roster + "/jane-doe/injuries.yaml");
  const std::string off =
      "race on 2026-04-26 (City 10K) is off: Calf strain (left), pain 6/10 on 2026-04-19, felt a "
      "pop or snap: no racing in the acute phase (rest for 7 days)";
  auto run_night = [&](const char* as_of) {
    return run_tool("batch " + roster + " -o " + out + " --as-of " + as_of + " --quiet");
  };
  const std::string plan = out + "/jane-doe/plan.yaml";

  ASSERT_EQ(run_night("2026-04-25").exit_code, 0);
  const std::string before_race = slurp(plan);
  const long long stamp = mtime_ns(plan);
  EXPECT_NE(before_race.find("    - \"" + off + "\"\n"), std::string::npos) << before_race;
  const std::string report1 = slurp(out + "/report.json");
  EXPECT_NE(report1.find("\"races_called_off\": [\"2026-04-26\"]"), std::string::npos) << report1;
  EXPECT_NE(report1.find(off), std::string::npos) << report1;

  ASSERT_EQ(run_night("2026-04-27").exit_code, 0);
  // The race is past: the plan keeps its warning and is not rewritten ...
  EXPECT_EQ(slurp(plan), before_race);
  EXPECT_EQ(mtime_ns(plan), stamp) << "rewritten only because the race's date passed";
  // ... and the morning report no longer lists it. 04-27 is a Monday: the message moved
  // to the new week, so it alone is to be sent (docs/batch.md#reportjson).
  const std::string report2 = slurp(out + "/report.json");
  EXPECT_NE(report2.find("\"changed_files\": [\"jane-doe/message.md\"]"), std::string::npos)
      << report2;
  EXPECT_NE(report2.find("\"races_called_off\": []"), std::string::npos) << report2;
  // Its warning is no longer raised: said closed this once (docs/batch.md#states).
  const auto off_at = report2.find("is off");
  ASSERT_NE(off_at, std::string::npos) << report2;
  EXPECT_EQ(report2.find("is off", off_at + 1), std::string::npos) << report2;
  EXPECT_LT(report2.find("\"warnings_closed\": ["), off_at) << report2;
  const std::string md2 = slurp(out + "/report.md");
  const auto closed_at = md2.find("## Warnings closed since the previous run (1)");
  ASSERT_NE(closed_at, std::string::npos) << md2;
  EXPECT_GT(md2.find("is off"), closed_at) << md2;
  ASSERT_EQ(run_night("2026-04-28").exit_code, 0);  // then it is gone
  EXPECT_EQ(slurp(out + "/report.json").find("is off"), std::string::npos);
  EXPECT_EQ(slurp(out + "/report.md").find("is off"), std::string::npos);
}

TEST_F(Nightly, AdjustInPlaceKeepsTheFileWhenNothingChanged) {
  const std::string plan = dir_ + "/plan.yaml";
  fs::copy_file(roster_ + "/athlete-0000/plan.yaml", plan);
  const std::string log = roster_ + "/athlete-0000/injuries.yaml";
  ASSERT_EQ(run_tool("adjust " + plan + " -i " + log + " --as-of 2026-03-10 --in-place").exit_code,
            0);
  const std::string once = slurp(plan);
  EXPECT_NE(once.find("adjusted:"), std::string::npos);
  const long long stamp = mtime_ns(plan);
  ASSERT_EQ(run_tool("adjust " + plan + " -i " + log + " --as-of 2026-03-11 --in-place").exit_code,
            0);
  EXPECT_EQ(slurp(plan), once);
  EXPECT_EQ(mtime_ns(plan), stamp);
}

TEST_F(Nightly, AStandardInputPlanAndAMissingFile) {
  const std::string plan = slurp(roster_ + "/athlete-0000/plan.yaml");
  const auto r = run_tool("adjust - -o -", plan);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("athlete: athlete-0000"), std::string::npos);
  EXPECT_EQ(run_tool("adjust " + dir_ + "/nowhere.yaml").exit_code, 2);
}

TEST_F(Nightly, ACorruptPreviousRevisionIsThatAthletesErrorAndStaysAsItWas) {
  ASSERT_EQ(night("2026-03-10").exit_code, 0);
  const std::string broken = "version: 1\nathlete: athlete-0001\nsessions: [\n";
  spit(out_ + "/athlete-0001/plan.yaml", broken);
  const auto r = night("2026-03-11");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(slurp(out_ + "/athlete-0001/plan.yaml"), broken);
  const std::string report = slurp(out_ + "/report.json");
  EXPECT_NE(report.find(out_ + "/athlete-0001/plan.yaml:"), std::string::npos) << report;
  EXPECT_NE(report.find("\"errors\": 1"), std::string::npos) << report;
}

TEST_F(Nightly, YmlLogsAreReadAndStrayFilesWarnedWithDidYouMean) {
  // athlete-0001 has no injuries.yaml: a pop in injuries.yml must reach the report.
  spit(roster_ + "/athlete-0001/injuries.yml",
       "version: 1\nathlete: athlete-0001\nentries:\n"
       "  - {date: 2026-03-09, injury: muscle_strain, location: calf, side: left, pain: 6, "
       "pop_or_snap: true}\n");
  spit(roster_ + "/athlete-0003/injury.yaml", "version: 1\nathlete: athlete-0003\nentries: []\n");
  spit(roster_ + "/athlete-0005/injuries.yaml", "");
  spit(roster_ + "/athlete-0002/injuries.yml", slurp(roster_ + "/athlete-0002/injuries.yaml"));
  const auto r = night("2026-03-10");
  EXPECT_EQ(r.exit_code, 1) << r.err;  // athlete-0002 holds both spellings
  const std::string report = slurp(out_ + "/report.json");
  EXPECT_NE(report.find("felt a pop or snap"), std::string::npos) << report;
  EXPECT_NE(report.find(roster_ + "/athlete-0003/injury.yaml: warning: file not read: an "
                                  "athlete's folder holds plan.yaml and injuries.yaml (did you "
                                  "mean 'injuries.yaml'?)"),
            std::string::npos)
      << report;
  EXPECT_NE(report.find(roster_ + "/athlete-0005/injuries.yaml:1:1: warning: the injury log is "
                                  "empty: no injuries"),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("both injuries.yaml and injuries.yml in the athlete's folder: keep one"),
            std::string::npos)
      << report;
}

// How many times `what` occurs in `text`.
std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST_F(Nightly, TheRosterPlansWarningsAreSaidOnceAndTheRevisionsOwnToo) {
  // The coach keeps a note under an unknown key in the roster plan: it is carried into
  // the revision, and warned of once a night, at the roster plan's line.
  const std::string plan = roster_ + "/athlete-0001/plan.yaml";
  std::string text = slurp(plan);
  const auto first = text.find("    type: ");
  ASSERT_NE(first, std::string::npos) << text;
  text.insert(first, "    coach_note: keep it conversational\n");
  spit(plan, text);
  ASSERT_EQ(night("2026-03-10").exit_code, 0);
  const std::string revised = out_ + "/athlete-0001/plan.yaml";
  ASSERT_NE(slurp(revised).find("coach_note: keep it conversational"), std::string::npos);
  // Between nights the coach adds a note of their own to the revision.
  std::string told = slurp(revised);
  const auto at = told.find("    coach_note: ");
  told.insert(at, "    athlete_note: felt good\n");
  spit(revised, told);

  ASSERT_EQ(night("2026-03-11").exit_code, 0);
  const std::string md = slurp(out_ + "/report.md");
  EXPECT_EQ(count_of(md, "warning: unknown key 'coach_note' in session, kept as is"), 1u) << md;
  EXPECT_NE(md.find(plan + ":"), std::string::npos) << md;
  EXPECT_EQ(count_of(md, revised + ":"), 1u) << md;
  EXPECT_EQ(count_of(md, "warning: unknown key 'athlete_note' in session, kept as is"), 1u) << md;
}

// Issue 25 item 1: a mistyped date must not switch the rules off. A pop dated a year
// ahead is an error (nothing written for that athlete); dated a month ahead it is after
// --as-of, so it heads the report and stderr as a possible typo, night after night.
TEST_F(Nightly, AMistypedDateIsRefusedOrRaisedNeverSwallowed) {
  spit(roster_ + "/athlete-0000/injuries.yaml",
       "version: 1\nathlete: athlete-0000\nentries:\n"
       "  - {date: 2027-03-09, injury: muscle_strain, location: hamstring, pain: 8, "
       "pop_or_snap: true}\n");
  auto r = night("2026-03-10");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  std::string report = slurp(out_ + "/report.json");
  EXPECT_NE(report.find("injuries.yaml:4:5: error: entry dated 2027-03-09 is more than 28 days "
                        "after the plan's last session ("),
            std::string::npos)
      << report;
  spit(roster_ + "/athlete-0000/injuries.yaml",
       "version: 1\nathlete: athlete-0000\nentries:\n"
       "  - {date: 2026-04-09, injury: muscle_strain, location: hamstring, pain: 8, "
       "pop_or_snap: true}\n");
  for (const char* night_of : {"2026-03-10", "2026-03-11"}) {
    r = night(night_of);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("reports severe pain (8/10), a pop or snap but is after --as-of " +
                         std::string(night_of) +
                         " and not used: dated in the future: is the date right?"),
              std::string::npos)
        << r.err;
    report = slurp(out_ + "/report.json");
    const auto future = report.find("\"dated_in_the_future\": [\n    {\"id\": \"athlete-0000\"");
    EXPECT_NE(future, std::string::npos) << report;
    EXPECT_LT(future, report.find("\"athletes\": ["));
    const std::string md = slurp(out_ + "/report.md");
    EXPECT_LT(md.find("## Dated in the future: is the date right? (1)"), md.find("## Unchanged"));
  }
  // --allow-far-dates: the year-ahead entry is a warning, the athlete revised.
  spit(roster_ + "/athlete-0000/injuries.yaml",
       "version: 1\nathlete: athlete-0000\nentries:\n"
       "  - {date: 2027-03-09, injury: muscle_strain, location: hamstring, pain: 8}\n");
  r = run_tool("batch " + roster_ + " -o " + out_ +
               " --as-of 2026-03-10 --quiet --allow-far-dates");
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

}  // namespace
}  // namespace planadj::testing

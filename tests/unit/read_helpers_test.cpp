// Small reader helpers: dates, durations, "did you mean", file kinds, file reading.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <cstdlib>
#include <fstream>

#include "planadj/date_text.h"
#include "planadj/did_you_mean.h"
#include "planadj/readers.h"

namespace planadj {
namespace {

TEST(ParseIsoDate, AcceptsRealDates) {
  EXPECT_EQ(parse_iso_date("2026-03-02"), Date(2026, 3, 2));
  EXPECT_EQ(parse_iso_date("2024-02-29"), Date(2024, 2, 29));  // leap year
  EXPECT_EQ(parse_iso_date("2026-12-31"), Date(2026, 12, 31));
}

TEST(IsoDate, WritesWhatBoostWritesForEveryDayOfTheYearsAPlanUses) {
  for (Date d(2020, 1, 1); d <= Date(2040, 12, 31); d += boost::gregorian::date_duration(1))
    ASSERT_EQ(iso_date(d), boost::gregorian::to_iso_extended_string(d));
  EXPECT_EQ(iso_date(Date(1400, 1, 1)), "1400-01-01");  // Boost's first and last days
  EXPECT_EQ(iso_date(Date(9999, 12, 31)), "9999-12-31");
  EXPECT_EQ(iso_date(Date(boost::date_time::not_a_date_time)), "not-a-date-time");
}

TEST(ParseIsoDate, RejectsImpossibleAndMalformedDates) {
  for (const char* s : {"2026-02-30", "2026-02-29", "2025-04-31", "2026-13-01", "2026-00-10",
                        "2026-01-00", "2026-1-02", "26-01-02", "2026/01/02", "2026-01-02x",
                        " 2026-01-02", "", "abcd-ef-gh", "+026-01-02", "2026-01-0a"})
    EXPECT_FALSE(parse_iso_date(s).has_value()) << s;
}

TEST(ParseDuration, AcceptsTheDocumentedForms) {
  EXPECT_EQ(parse_duration_minutes("45"), 45);
  EXPECT_EQ(parse_duration_minutes("37.5"), 37.5);
  EXPECT_EQ(parse_duration_minutes("45min"), 45);
  EXPECT_EQ(parse_duration_minutes("1h"), 60);
  EXPECT_EQ(parse_duration_minutes("1h30min"), 90);
  EXPECT_EQ(parse_duration_minutes("1.5h"), 90);
  EXPECT_EQ(parse_duration_minutes("1:30:00"), 90);
  EXPECT_EQ(parse_duration_minutes("0:45:30"), 45.5);
  EXPECT_EQ(parse_duration_minutes("90 min"), 90);
  EXPECT_EQ(parse_duration_minutes("1 h 30 min"), 90);
  EXPECT_EQ(parse_duration_minutes("1h 5min"), 65);
  EXPECT_EQ(parse_duration_minutes("0"), 0);
}

TEST(ParseDuration, RejectsEverythingElse) {
  for (const char* s :
       {"",        "min",  "h",     "-5",      "45s",     "45 mins", "45m",        "1h30",
        "30min1h", "1h1h", "45:00", "1:60:00", "1:30:60", "1:3:00",  "1:30:00:00", "abc",
        "1e3",     "1..5", "1,5",   "1 hour",  "inf",     "nan",     "0x10"})
    EXPECT_FALSE(parse_duration_minutes(s).has_value()) << s;
}

TEST(DidYouMean, EditDistance) {
  EXPECT_EQ(edit_distance("", ""), 0u);
  EXPECT_EQ(edit_distance("interval", "intervals"), 1u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
}

TEST(DidYouMean, SuggestsOnlyConvincingNames) {
  const std::vector<std::string_view> names = session_type_names();
  EXPECT_EQ(closest_name("interval", names), "intervals");
  EXPECT_EQ(closest_name("Tempo", names), "tempo");
  EXPECT_EQ(closest_name("hill-repeats", names), "hill_repeats");
  EXPECT_EQ(closest_name("cross", names), "cross_training");
  EXPECT_EQ(closest_name("long_run", names), "long");
  EXPECT_FALSE(closest_name("yoga", names).has_value());
  EXPECT_FALSE(closest_name("", names).has_value());
  EXPECT_EQ(suggestion("x", {"km", "mi"}), " (expected one of: km, mi)");
  EXPECT_EQ(suggestion("kms", {"km", "mi"}), " (did you mean 'km'?)");
}

TEST(FileKind, NamesRoundTrip) {
  for (const auto name : file_kind_names()) {
    const auto k = parse_file_kind(name);
    ASSERT_TRUE(k.has_value()) << name;
    EXPECT_EQ(name_of(*k), name);
  }
  EXPECT_EQ(parse_file_kind("injury-log"), FileKind::injury_log);
  EXPECT_FALSE(parse_file_kind("injury_log").has_value());
}

TEST(FileKind, DetectedFromTopLevelKeys) {
  EXPECT_EQ(detect_kind("athlete: a\nsessions: []\n"), FileKind::plan);
  EXPECT_EQ(detect_kind("athlete: a\nentries: []\n"), FileKind::injury_log);
  EXPECT_EQ(detect_kind("athletes: []\n"), FileKind::roster);
  EXPECT_EQ(detect_kind("rounding: {distance: 0.5}\n"), FileKind::policy);
  EXPECT_EQ(detect_kind("replace_runs_with: rest\n"), FileKind::policy);
  EXPECT_EQ(detect_kind("{athlete: a, sessions: []}\n"), FileKind::plan);
  EXPECT_EQ(detect_kind("\"entries\": []\n"), FileKind::injury_log);
  EXPECT_EQ(detect_kind("---\n# roster\nathletes :\n  - {id: a, plan: p.yaml}\n"),
            FileKind::roster);
  // Nested keys do not count, only top-level ones.
  EXPECT_EQ(detect_kind("athlete: a\nx:\n  sessions: []\nentries: []\n"), FileKind::injury_log);
  EXPECT_FALSE(detect_kind("athlete: a\n").has_value());
  EXPECT_FALSE(detect_kind("").has_value());
  EXPECT_FALSE(detect_kind("- sessions\n").has_value());
  EXPECT_FALSE(detect_kind("{").has_value());
  EXPECT_FALSE(detect_kind(std::string(20000, '[')).has_value());
}

class ReadTextFile : public ::testing::Test {
 protected:
  std::string dir_ = ::testing::TempDir() + "planadj-read-" + std::to_string(::getpid());
  void SetUp() override { ::mkdir(dir_.c_str(), 0755); }
  void TearDown() override { std::system(("rm -rf '" + dir_ + "'").c_str()); }
  std::string write(const std::string& name, const std::string& bytes) {
    const std::string path = dir_ + "/" + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
};

TEST_F(ReadTextFile, ReadsAWholeFile) {
  const std::string path = write("plan.yaml", std::string("a: 1\n\0b", 7));
  Diagnostics ds;
  EXPECT_EQ(read_text_file(path, ds), std::string("a: 1\n\0b", 7));
  EXPECT_TRUE(ds.empty());
}

TEST_F(ReadTextFile, MissingFileNamesThePath) {
  Diagnostics ds;
  EXPECT_FALSE(read_text_file(dir_ + "/nope.yaml", ds).has_value());
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].str(), dir_ + "/nope.yaml: error: no such file");
}

TEST_F(ReadTextFile, DirectoryIsRefused) {
  Diagnostics ds;
  EXPECT_FALSE(read_text_file(dir_, ds).has_value());
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].str(), dir_ + ": error: is a directory, not a file");
}

TEST_F(ReadTextFile, SizeLimitIsCheckedBeforeReading) {
  const std::string path = write("big.yaml", std::string(101, 'x'));
  Diagnostics ds;
  EXPECT_FALSE(read_text_file(path, ds, 100).has_value());
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].str(), path + ": error: file is 101 bytes, over the limit of 100 bytes");
  Diagnostics ok;
  EXPECT_TRUE(read_text_file(path, ok, 101).has_value());
}

// True when reading `path` fails with the one located message that names it.
bool refused_with_its_path(const std::string& path) {
  Diagnostics ds;
  return !read_text_file(path, ds).has_value() && ds.size() == 1 &&
         ds[0].str().rfind(path + ": error: cannot read file: ", 0) == 0;
}

TEST_F(ReadTextFile, UnreadableFileNamesThePath) {
  const std::string path = write("secret.yaml", "a: 1\n");
  ::chmod(path.c_str(), 0);
  if (::geteuid() != 0) {
    EXPECT_TRUE(refused_with_its_path(path));
    return;
  }
  // Root reads any file (CI runs as root), so the read is tried in a child process
  // that has first given up root for the unprivileged `nobody` (uid and gid 65534).
  constexpr uid_t kNobody = 65534;
  EXPECT_EXIT(
      {
        if (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0) std::_Exit(2);
        std::_Exit(refused_with_its_path(path) ? 0 : 1);
      },
      ::testing::ExitedWithCode(0), "");
}

}  // namespace
}  // namespace planadj

// Writing files in groups (docs/performance.md): every file complete under its final
// name or not there at all, unchanged files left alone, and the batch's writer stage
// holding files back until a group is full.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <utime.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "planadj/batch.h"
#include "planadj/fs.h"
#include "planadj/output_groups.h"

namespace planadj {
namespace {

namespace fs = std::filesystem;

class GroupWrite : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("planadj-group-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "a");
    fs::create_directories(dir_ / "b");
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path(const std::string& rel) const { return (dir_ / rel).string(); }
  static std::string slurp(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }
  // Every name under the test folder, relative, so leftovers show up.
  std::set<std::string> names() const {
    std::set<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir_))
      if (e.is_regular_file()) out.insert(fs::relative(e.path(), dir_).string());
    return out;
  }
  fs::path dir_;
};

TEST_F(GroupWrite, EveryFileOfTheGroupIsWrittenAndNoTemporaryIsLeft) {
  std::vector<GroupedWrite> files{{path("a/plan.yaml"), "one\n", false, {}},
                                  {path("b/plan.yaml"), "two\n", false, {}},
                                  {path("b/report.md"), "", false, {}}};
  write_files_if_changed(files);
  for (const auto& f : files) {
    EXPECT_TRUE(f.changed) << f.path;
    EXPECT_EQ(f.error, "") << f.path;
  }
  EXPECT_EQ(slurp(path("a/plan.yaml")), "one\n");
  EXPECT_EQ(slurp(path("b/plan.yaml")), "two\n");
  EXPECT_EQ(names(), (std::set<std::string>{"a/plan.yaml", "b/plan.yaml", "b/report.md"}));
  struct stat st {};
  ASSERT_EQ(::stat(path("a/plan.yaml").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0644u) << "an ordinary document, not mkstemp's 0600";
}

TEST_F(GroupWrite, AFileAlreadyHoldingTheBytesIsNotTouched) {
  std::ofstream(path("a/plan.yaml")) << "same\n";
  std::ofstream(path("b/plan.yaml")) << "old\n";
  const struct utimbuf long_ago { 1000000000, 1000000000 };
  ASSERT_EQ(::utime(path("a/plan.yaml").c_str(), &long_ago), 0);
  std::vector<GroupedWrite> files{{path("a/plan.yaml"), "same\n", false, {}},
                                  {path("b/plan.yaml"), "new\n", false, {}}};
  write_files_if_changed(files);
  EXPECT_FALSE(files[0].changed);
  EXPECT_TRUE(files[1].changed);
  struct stat st {};
  ASSERT_EQ(::stat(path("a/plan.yaml").c_str(), &st), 0);
  EXPECT_EQ(st.st_mtime, 1000000000) << "its modification time stays";
  EXPECT_EQ(slurp(path("b/plan.yaml")), "new\n");
  // Same size, other bytes: rewritten.
  files = {{path("a/plan.yaml"), "SAME\n", false, {}}};
  write_files_if_changed(files);
  EXPECT_TRUE(files[0].changed);
  EXPECT_EQ(slurp(path("a/plan.yaml")), "SAME\n");
}

TEST_F(GroupWrite, OneFileThatCannotBeWrittenDoesNotStopTheOthers) {
  std::vector<GroupedWrite> files{{path("a/plan.yaml"), "one\n", false, {}},
                                  {path("missing/plan.yaml"), "lost\n", false, {}},
                                  {path("b/plan.yaml"), "two\n", false, {}}};
  write_files_if_changed(files);
  EXPECT_EQ(files[1].error.rfind(
                "cannot create a temporary file beside " + path("missing/plan.yaml") + ": ", 0),
            0u)
      << files[1].error;
  EXPECT_FALSE(files[1].changed);
  EXPECT_TRUE(files[0].changed && files[2].changed);
  EXPECT_EQ(names(), (std::set<std::string>{"a/plan.yaml", "b/plan.yaml"}));
}

TEST_F(GroupWrite, ALongListIsWrittenCompletely) {
  // More files than the group writer keeps open at once.
  std::vector<GroupedWrite> files;
  for (int i = 0; i < 300; ++i)
    files.push_back({path("a/f" + std::to_string(i)), std::to_string(i), false, {}});
  write_files_if_changed(files);
  for (int i = 0; i < 300; ++i)
    EXPECT_EQ(slurp(path("a/f" + std::to_string(i))), std::to_string(i));
  EXPECT_EQ(names().size(), 300u);
}

TEST_F(GroupWrite, WriterStageHoldsFilesUntilTheGroupIsFull) {
  std::map<std::size_t, std::string> written;
  batch::OutputGroups groups(
      [&](std::size_t index, const GroupedWrite& f) {
        written[index] = f.changed ? "changed" : f.error;
      },
      2);
  groups.add(7, {{path("a/plan.yaml"), "a\n", false, {}}});
  EXPECT_FALSE(fs::exists(path("a/plan.yaml"))) << "not before its group is full";
  EXPECT_TRUE(written.empty());
  groups.add(3, {{path("b/plan.yaml"), "b\n", false, {}}});
  groups.drain();  // the full group is the writer thread's now: wait for it
  EXPECT_EQ(slurp(path("a/plan.yaml")), "a\n");
  EXPECT_EQ(slurp(path("b/plan.yaml")), "b\n");
  EXPECT_EQ(written, (std::map<std::size_t, std::string>{{7, "changed"}, {3, "changed"}}));
  groups.add(9, {{path("missing/plan.yaml"), "c\n", false, {}}});
  groups.add(4, {});  // an athlete in error queues nothing
  EXPECT_EQ(written.count(9), 0u);
  groups.flush();
  ASSERT_EQ(written.count(9), 1u);
  EXPECT_NE(written[9].find("cannot create a temporary file beside"), std::string::npos);
  EXPECT_EQ(written.count(4), 0u);
}

TEST_F(GroupWrite, WriterStageWritesEveryFileOnceWhateverTheWorkers) {
  // Two workers queue 300 athletes in groups of 8 while the writer thread writes.
  std::map<std::size_t, int> calls;
  {
    batch::OutputGroups groups([&](std::size_t index, const GroupedWrite&) { ++calls[index]; }, 8);
    auto worker = [&](std::size_t from) {
      for (std::size_t i = from; i < 300; i += 2)
        groups.add(i, {{path("a/f" + std::to_string(i)), std::to_string(i), false, {}}});
    };
    std::thread other(worker, 1);
    worker(0);
    other.join();
    groups.flush();
  }
  ASSERT_EQ(calls.size(), 300u);
  for (const auto& [index, n] : calls) EXPECT_EQ(n, 1) << index;
  EXPECT_EQ(slurp(path("a/f299")), "299");
  EXPECT_EQ(names().size(), 300u) << "no temporary left";
}

TEST_F(GroupWrite, WhatAWriteThrowsComesBackFromFlush) {
  int calls = 0;
  batch::OutputGroups groups(
      [&](std::size_t, const GroupedWrite&) {
        ++calls;
        throw std::runtime_error("out of memory");
      },
      1);
  groups.add(1, {{path("a/plan.yaml"), "a\n", false, {}}});
  groups.add(2, {{path("b/plan.yaml"), "b\n", false, {}}});
  EXPECT_THROW(groups.flush(), std::runtime_error);
  EXPECT_EQ(calls, 1) << "groups after the failed one are not written";
  EXPECT_FALSE(fs::exists(path("b/plan.yaml")));
}

TEST_F(GroupWrite, AStreamedFileIsWrittenWholeOrLeftAloneWhenTheSame) {
  // Pieces well past the chunk the writer buffers, so several writes and compares happen.
  const std::string piece(1000, 'x');
  const Producer produce = [&](const std::function<void(std::string_view)>& sink) {
    for (int i = 0; i < 200; ++i) sink(piece);
    sink("end\n");
  };
  bool changed = false;
  std::string error;
  ASSERT_TRUE(write_file_streamed_if_changed(path("a/report.json"), produce, changed, error))
      << error;
  EXPECT_TRUE(changed);
  const std::string expected = std::string(200000, 'x') + "end\n";
  EXPECT_EQ(slurp(path("a/report.json")), expected);
  const struct utimbuf long_ago { 1000000000, 1000000000 };
  ASSERT_EQ(::utime(path("a/report.json").c_str(), &long_ago), 0);
  ASSERT_TRUE(write_file_streamed_if_changed(path("a/report.json"), produce, changed, error));
  EXPECT_FALSE(changed);
  struct stat st {};
  ASSERT_EQ(::stat(path("a/report.json").c_str(), &st), 0);
  EXPECT_EQ(st.st_mtime, 1000000000) << "the same bytes: not rewritten";
  // One byte different near the end: rewritten.
  const Producer other = [&](const std::function<void(std::string_view)>& sink) {
    for (int i = 0; i < 200; ++i) sink(piece);
    sink("END\n");
  };
  ASSERT_TRUE(write_file_streamed_if_changed(path("a/report.json"), other, changed, error));
  EXPECT_TRUE(changed);
  EXPECT_EQ(slurp(path("a/report.json")), std::string(200000, 'x') + "END\n");
  EXPECT_EQ(names(), (std::set<std::string>{"a/report.json"}));
  EXPECT_FALSE(write_file_streamed_if_changed(path("missing/r.md"), other, changed, error));
  EXPECT_EQ(error.rfind("cannot create a temporary file beside " + path("missing/r.md"), 0), 0u);
}

TEST(SettleWrite, AFailedWriteTurnsTheAthleteIntoAnError) {
  batch::AthleteRecord r;
  r.status = batch::AthleteStatus::adjusted;
  r.summary.sessions_changed = 3;
  r.warnings = {"a race inside an injury window"};
  batch::settle_write(r, {"out/jane/plan.yaml", "x", true, {}});
  EXPECT_TRUE(r.written);
  EXPECT_EQ(r.status, batch::AthleteStatus::adjusted);
  batch::settle_write(r, {"out/jane/plan.yaml", "x", false, "cannot write it: No space left"});
  EXPECT_EQ(r.status, batch::AthleteStatus::error);
  EXPECT_EQ(r.summary.sessions_changed, 0);
  EXPECT_TRUE(r.warnings.empty());
  EXPECT_EQ(r.errors,
            std::vector<std::string>{"out/jane/plan.yaml: error: cannot write it: No space left"});
}

}  // namespace
}  // namespace planadj

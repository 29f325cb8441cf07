// Batch building blocks: athlete-id safety, sharding, the worker pool, progress.
#include "planadj/batch.h"

#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <stdexcept>

#include "planadj/progress.h"

namespace planadj::batch {
namespace {

TEST(AthleteId, SafeIdsPass) {
  for (const char* id : {"jane-doe", "sam_lee", "a", "J.Smith-2", "x.y"})
    EXPECT_EQ(unsafe_id_reason(id), "") << id;
}

TEST(AthleteId, UnsafeIdsAreRefusedWithAReason) {
  EXPECT_EQ(unsafe_id_reason(""), "athlete id must not be empty");
  EXPECT_EQ(unsafe_id_reason("a/b"), "athlete id must not contain '/'");
  EXPECT_EQ(unsafe_id_reason("../etc"), "athlete id must not contain '/'");
  EXPECT_EQ(unsafe_id_reason(".."), "athlete id must not start with '.'");
  EXPECT_EQ(unsafe_id_reason("a..b"), "athlete id must not contain '..'");
  EXPECT_EQ(unsafe_id_reason(".hidden"), "athlete id must not start with '.'");
  EXPECT_EQ(unsafe_id_reason("."), "athlete id must not start with '.'");
  EXPECT_EQ(unsafe_id_reason(std::string(256, 'a')),
            "athlete id must not be longer than 255 characters");
  EXPECT_EQ(unsafe_id_reason(std::string(255, 'a')), "");
  for (const char* id : {"jane doe", "a\\b", "a:b", "a*", "é", "a\nb", "-"}) {
    if (std::string(id) == "-") continue;  // a lone '-' is odd but harmless
    EXPECT_NE(unsafe_id_reason(id), "") << id;
  }
  EXPECT_NE(unsafe_id_reason(std::string("a\0b", 3)), "");
}

TEST(AthleteId, PrintableIdEscapesBytes) {
  EXPECT_EQ(printable_id("jane"), "jane");
  EXPECT_EQ(printable_id("a\nb\xff"), "a\\x0ab\\xff");
  EXPECT_EQ(printable_id("a\\b"), "a\\x5cb");
}

TEST(Fnv1a64, KnownVectors) {
  // From the FNV reference test suite (draft-eastlake-fnv).
  EXPECT_EQ(fnv1a64(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(fnv1a64("foobar"), 0x85944171f73967e8ull);
}

TEST(Shard, ParsesGoodSpecs) {
  const auto s = parse_shard("2/5");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->index, 2u);
  EXPECT_EQ(s->count, 5u);
  EXPECT_TRUE(parse_shard("0/1"));
}

TEST(Shard, RefusesBadSpecs) {
  for (const char* bad : {"", "1", "5/5", "6/5", "0/0", "a/b", "-1/3", "+1/3", "1/ 3", " 1/3",
                          "1/3/4", "0x1/3", "1.0/3", "/3", "1/", "99999999999999999999/3"})
    EXPECT_FALSE(parse_shard(bad)) << bad;
}

TEST(Shard, EveryIdIsInExactlyOneShard) {
  std::vector<std::string> ids;
  for (int i = 0; i < 1000; ++i) ids.push_back("athlete-" + std::to_string(i));
  for (std::uint64_t n = 1; n <= 7; ++n) {
    std::vector<int> hits(ids.size(), 0);
    std::size_t biggest = 0;
    for (std::uint64_t k = 0; k < n; ++k) {
      std::size_t in = 0;
      for (std::size_t i = 0; i < ids.size(); ++i)
        if (in_shard(ids[i], Shard{k, n})) ++hits[i], ++in;
      biggest = std::max(biggest, in);
    }
    for (std::size_t i = 0; i < ids.size(); ++i) EXPECT_EQ(hits[i], 1) << ids[i] << " N=" << n;
    // A stable hash spreads ids evenly enough: no shard holds twice its share.
    EXPECT_LT(biggest, 2 * ids.size() / n + 1) << "N=" << n;
  }
}

TEST(Shard, StableAcrossRuns) {
  // Pinned: a change here would move athletes between the machines of a job array.
  EXPECT_EQ(fnv1a64("jane-doe"), 0xa7bd1d183acb44d8ull);
  EXPECT_TRUE(in_shard("jane-doe", Shard{0, 4}));
}

TEST(WorkerPool, ResolveJobs) {
  EXPECT_EQ(resolve_jobs(3), 3u);
  EXPECT_GE(resolve_jobs(0), 1u);
  EXPECT_EQ(resolve_jobs(100000), kMaxJobs);
}

TEST(WorkerPool, EveryTaskRunsOnceAndResultsDoNotDependOnJobs) {
  auto run_with = [](unsigned jobs) {
    std::vector<std::string> out(500);
    std::vector<std::atomic<int>> runs(500);
    std::size_t last_done = 0;
    bool monotonic = true;
    run_pool(
        out.size(), jobs,
        [&](std::size_t i) {
          ++runs[i];
          out[i] = "item-" + std::to_string(i * i);
        },
        [&](std::size_t done) {
          if (done != last_done + 1) monotonic = false;
          last_done = done;
        });
    for (auto& r : runs) EXPECT_EQ(r.load(), 1);
    EXPECT_TRUE(monotonic);
    EXPECT_EQ(last_done, out.size());
    return out;
  };
  const auto one = run_with(1);
  EXPECT_EQ(one[0], "item-0");  // each task wrote its own slot, worked out by hand
  EXPECT_EQ(one[7], "item-49");
  EXPECT_EQ(one[499], "item-249001");
  for (unsigned jobs : {2u, 4u, 8u, 1000u}) EXPECT_EQ(run_with(jobs), one) << jobs;
}

TEST(WorkerPool, NoTasksIsFine) {
  int calls = 0;
  run_pool(0, 4, [&](std::size_t) { ++calls; });
  EXPECT_EQ(calls, 0);
}

TEST(WorkerPool, AThrowingTaskDoesNotStopTheOthers) {
  std::atomic<int> ran{0};
  EXPECT_THROW(run_pool(50, 4,
                        [&](std::size_t i) {
                          ++ran;
                          if (i == 7) throw std::runtime_error("boom");
                        }),
               std::runtime_error);
  EXPECT_EQ(ran.load(), 50);
}

TEST(Progress, LineShape) {
  EXPECT_EQ(progress_line(120, 2000, 85.7, 10), "[..........] 120/2000 athletes  85/s");
  EXPECT_EQ(progress_line(1000, 2000, 85, 10), "[#####.....] 1000/2000 athletes  85/s");
  EXPECT_EQ(progress_line(0, 0, 0, 4), "[####] 0/0 athletes  0/s");
}

}  // namespace
}  // namespace planadj::batch

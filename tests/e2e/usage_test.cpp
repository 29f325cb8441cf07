// Every usage mistake gets our own words (docs/install.md, "Usage messages"): the
// message naming what is missing or extra, the command's usage line, where more help
// is, and exit 2 with nothing on standard output. No Boost.Program_options text.
#include <gtest/gtest.h>

#include "support/run.h"

namespace planadj::testing {
namespace {

constexpr int kUsageError = 2;

struct Mistake {
  const char* args;
  const char* message;     ///< the first line after "plan-adjust: error: "
  const char* usage_head;  ///< how the usage line starts
};

std::string lines_of(const std::string& text, std::size_t n) {
  std::size_t at = 0;
  for (std::size_t i = 0; i < n && at != std::string::npos; ++i) at = text.find('\n', at + 1);
  return text.substr(0, at);
}

class UsageMistake : public ::testing::TestWithParam<Mistake> {};

TEST_P(UsageMistake, SaysWhatIsWrongAndShowsTheUsageLine) {
  const Mistake& m = GetParam();
  const auto r = run_tool(m.args);
  EXPECT_EQ(r.exit_code, kUsageError) << m.args;
  EXPECT_EQ(r.out, "") << m.args;
  EXPECT_EQ(lines_of(r.err, 1), std::string("plan-adjust: error: ") + m.message) << r.err;
  const std::string second = r.err.substr(r.err.find('\n') + 1);
  EXPECT_EQ(second.rfind(m.usage_head, 0), 0u) << r.err;
  for (const char* boost_words : {"the option", "required but missing", "positional options",
                                  "unrecognised", "unrecognized", "the argument"})
    EXPECT_EQ(r.err.find(boost_words), std::string::npos) << boost_words << " in " << r.err;
}

const char* const kAdjust = "usage: plan-adjust adjust PLAN [";
const char* const kDiff = "usage: plan-adjust diff ORIGINAL REVISED [";
const char* const kBatch = "usage: plan-adjust batch ROSTER ";
const char* const kValidate = "usage: plan-adjust validate FILE... [";
const char* const kTool = "usage: plan-adjust COMMAND [OPTIONS]";

INSTANTIATE_TEST_SUITE_P(
    Cli, UsageMistake,
    ::testing::Values(
        Mistake{"", "missing COMMAND (adjust, diff, batch or validate)", kTool},
        Mistake{"frobnicate", "unknown command 'frobnicate'", kTool},
        Mistake{"ajdust x.yaml", "unknown command 'ajdust' (did you mean 'adjust'?)", kTool},
        Mistake{"--frobnicate", "unknown option '--frobnicate'", kTool},
        Mistake{"adjust", "missing PLAN: the training plan (YAML)", kAdjust},
        Mistake{"adjust a.yaml b.yaml", "extra argument 'b.yaml': adjust takes only PLAN", kAdjust},
        Mistake{"adjust a.yaml --frobnicate", "unknown option '--frobnicate'", kAdjust},
        Mistake{"adjust a.yaml --injuris log.yaml",
                "unknown option '--injuris' (did you mean '--injuries'?)", kAdjust},
        Mistake{"adjust a.yaml --form json", "unknown option '--form' (did you mean '--format'?)",
                kAdjust},
        Mistake{"adjust a.yaml -z", "unknown option '-z'", kAdjust},
        Mistake{"adjust a.yaml --format docx",
                "unknown format 'docx' (expected one of: yaml, json, ics, message)", kAdjust},
        Mistake{"adjust a.yaml --format xml", "unknown format 'xml' (did you mean 'yaml'?)",
                kAdjust},
        Mistake{"adjust a.yaml --format",
                "option '--format' needs a value (yaml, json, ics or message)", kAdjust},
        Mistake{"adjust a.yaml --format=",
                "option '--format' needs a value (yaml, json, ics or message)", kAdjust},
        Mistake{"adjust a.yaml --injuries", "option '--injuries' needs a value (LOG)", kAdjust},
        Mistake{"adjust a.yaml -f json -f yaml", "option '--format' given twice", kAdjust},
        Mistake{"adjust a.yaml --as-of 2026-02-30",
                "invalid --as-of '2026-02-30' (expected YYYY-MM-DD)", kAdjust},
        Mistake{"adjust a.yaml --as-of tomorrow",
                "invalid --as-of 'tomorrow' (expected YYYY-MM-DD)", kAdjust},
        Mistake{"diff a.yaml", "missing REVISED: the plan after", kDiff},
        Mistake{"diff", "missing ORIGINAL: the plan before", kDiff},
        Mistake{"diff a.yaml b.yaml c.yaml",
                "extra argument 'c.yaml': diff takes only ORIGINAL and REVISED", kDiff},
        Mistake{"diff a.yaml b.yaml --format pdf",
                "unknown format 'pdf' (expected one of: text, markdown, json, html)", kDiff},
        Mistake{"batch",
                "missing ROSTER: a folder of <athlete>/plan.yaml (+ injuries.yaml), or "
                "a roster.yaml",
                kBatch},
        Mistake{"batch roster", "missing --out DIR: the output folder", kBatch},
        Mistake{"batch roster --out", "option '--out' needs a value (DIR)", kBatch},
        Mistake{"batch roster --out o --shard 4/4",
                "invalid --shard '4/4' (expected K/N with 0 <= K < N, e.g. 0/4)", kBatch},
        Mistake{"batch roster --out o --shard half",
                "invalid --shard 'half' (expected K/N with 0 <= K < N, e.g. 0/4)", kBatch},
        Mistake{"batch roster --out o --jobs many",
                "invalid --jobs 'many' (expected a whole number, 0 for all cores)", kBatch},
        Mistake{"batch roster --out o --jobs -1",
                "invalid --jobs '-1' (expected a whole number, 0 for all cores)", kBatch},
        Mistake{"batch roster --out o --quiet=yes", "option '--quiet' takes no value", kBatch},
        Mistake{"batch roster --out o --as-of 2026-1-5",
                "invalid --as-of '2026-1-5' (expected YYYY-MM-DD)", kBatch},
        Mistake{"validate", "missing FILE: the files to check, each on its own, or rosters",
                kValidate},
        Mistake{"validate a.yaml --kind plans", "unknown kind 'plans' (did you mean 'plan'?)",
                kValidate}));

TEST(Cli, UsageErrorEndsWithTheFullUsageLineAndWhereMoreHelpIs) {
  const auto r = run_tool("diff a.yaml");
  EXPECT_EQ(r.err,
            "plan-adjust: error: missing REVISED: the plan after\n"
            "usage: plan-adjust diff ORIGINAL REVISED [--format text|markdown|json|html] "
            "[--output OUT]\n"
            "more: plan-adjust diff --help\n");
}

TEST(Cli, OptionPrefixesAreNotGuessed) {
  const auto r = run_tool("validate samples/plans/5k.yaml --ki plan");
  EXPECT_EQ(r.exit_code, kUsageError);
  EXPECT_EQ(lines_of(r.err, 1),
            "plan-adjust: error: unknown option '--ki' (did you mean '--kind'?)");
}

}  // namespace
}  // namespace planadj::testing

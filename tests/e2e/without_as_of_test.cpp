// Batch without --as-of says what it did (docs/batch.md#without---as-of): over a previous
// revision, every session is revised again, past ones included; the run warns on standard
// error (--quiet or not) and in the report, with the count of sessions the athlete was
// sent that changed.
#include <gtest/gtest.h>

#include <string>

#include "support/roster_gen.h"
#include "support/run.h"

namespace planadj::testing {
namespace {

TEST(WithoutAsOf, ARevisionRewrittenFromTheStartIsSaidAndCounted) {
  const std::string dir = temp_dir("without-as-of"), roster = dir + "/roster", out = dir + "/out";
  write_roster(roster, 2, 4);  // athlete-0000 has a log, athlete-0001 none
  const std::string batch = "batch '" + roster + "' --out '" + out + "' --quiet";

  // Night 1, with --as-of: nothing to compare with, nothing said.
  RunResult r = run_tool(batch + " --as-of 2026-03-20");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");

  // Night 2 without --as-of: the log's entries before 2026-03-20 now also act on the
  // sessions before it, which night 1 kept as they were sent. Hand-worked: the roster
  // log's first entry (2026-03-10, pain 2) reduces the sessions from 2026-03-11; night 1
  // froze those before 2026-03-20, so some of them change tonight.
  r = run_tool(batch);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("plan-adjust: warning: no --as-of: every session of 2 athletes with a "
                       "previous revision was revised again, past ones included; "),
            std::string::npos)
      << r.err;
  const std::string json = slurp(out + "/report.json");
  EXPECT_NE(json.find("no --as-of: every session was revised again, past ones included; "),
            std::string::npos)
      << json;

  // Night 3 without --as-of again: the same inputs revise the same way; nothing the
  // athletes were sent changes, so nothing is said.
  r = run_tool(batch);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(slurp(out + "/report.json").find("no --as-of: every session was revised again"),
            std::string::npos);
}

}  // namespace
}  // namespace planadj::testing

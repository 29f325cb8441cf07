// The revised plan as text (docs/formats.md#revised-plan-as-text), end to end: a plan
// with comments in every position goes through `adjust`, and `diff -u` of the plan and
// its revision shows only the header and the sessions the tool changed. The expected
// hunks are written out by hand from docs/rules.md: mild pain (2/10) on Mon 2 March
// means reduced load from the 3rd to the 9th (80% volume, no speedwork), then the
// return ramp to the 23rd; the run on the 1st and the one in May are not touched.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "support/run.h"

namespace planadj::testing {
namespace {

const char* const kPlan =
    "# yaml-language-server: $schema=https://example.org/plan.schema.json\n"  // 1
    "# Sam's spring block: comments everywhere, kept byte for byte.\n"
    "\n"
    "version: 1   # format version\n"
    "athlete: sam-lee\n"  // 5
    "name: \"Spring block\"  # quoted on purpose\n"
    "units: km\n"
    "\n"
    "# the sessions, one a day\n"
    "sessions:\n"  // 10
    "  # week 1\n"
    "  - date: 2026-03-01   # Sunday, before the injury\n"
    "    type: long\n"
    "    # a comment inside the mapping\n"
    "    distance: 10\n"  // 15
    "    description: Long run, easy   # trailing\n"
    "  - {date: 2026-03-02, type: rest}  # flow style, the day of the injury\n"
    "\n"
    "  # the injury week goes on\n"
    "  - date: 2026-03-03\n"  // 20
    "    type: easy\n"
    "    distance: 5   # will be cut\n"
    "  - date: 2026-03-04\n"
    "    type: tempo\n"
    "    distance: 8\n"  // 25
    "    description: 3 x 10 min at tempo\n"
    "  # a comment between sessions\n"
    "  - date: 2026-05-03\n"
    "    # inside, first line\n"
    "    type: easy\n"  // 30
    "    distance: 5     # far later: unchanged\n"
    "    coach_note: 'single quoted, kept'\n"
    "# after the last session\n"
    "\n"
    "# end of file\n";  // 35

const char* const kLog =
    "version: 1\n"
    "athlete: sam-lee\n"
    "entries:\n"
    "  - {date: 2026-03-02, injury: muscle_strain, location: hamstring, side: left, pain: 2}\n";

// The header goes in before `sessions:` and the comment directly above it; the two
// changed sessions are written anew (their own comments go with them); every other
// byte, comments and quoting included, is the input's.
const char* const kExpectedHunks =
    "@@ -6,6 +6,24 @@\n"
    " name: \"Spring block\"  # quoted on purpose\n"
    " units: km\n"
    " \n"
    "+adjusted:\n"
    "+  by: plan-adjust 0.1.0\n"
    "+  notice: guidance from general running-coach advice, not medical advice\n"
    "+  summary: {sessions_changed: 2, rest_days_inserted: 0, speedwork_replaced: 1, "
    "routes_flattened: 0, volume_before: 28, volume_after: 25.4}\n"
    "+  referrals: []\n"
    "+  warnings: []\n"
    "+  injuries:\n"
    "+    - injury: muscle_strain\n"
    "+      side: left\n"
    "+      location: hamstring\n"
    "+      phases:\n"
    "+        - {rule: reduced-load, from: 2026-03-03, to: 2026-03-09}\n"
    "+        - {rule: return-ramp, from: 2026-03-10, to: 2026-03-23}\n"
    "+      care:\n"
    "+        - ice the sore area 10-15 min, 2-3 times a day while it is inflamed\n"
    "+        - foam roll the surrounding muscles 30-60 s each; never roll the injured site "
    "itself\n"
    "+        - clamshells, banded walks and glute bridges, daily, and keep doing them after the "
    "pain is gone\n"
    "+        - kinesiology tape can help after the acute phase; it is not a license to run "
    "through a severe injury\n"
    " # the sessions, one a day\n"
    " sessions:\n"
    "   # week 1\n"
    "@@ -19,11 +37,23 @@\n"
    "   # the injury week goes on\n"
    "   - date: 2026-03-03\n"
    "     type: easy\n"
    "-    distance: 5   # will be cut\n"
    "+    distance: 4\n"
    "+    adjustment:\n"
    "+      rule: reduced-load\n"
    "+      changes: [volume_reduced]\n"
    "+      reason: \"Hamstring strain (left), pain 2/10 on 2026-03-02: reduce load, no "
    "speedwork\"\n"
    "+      original: {distance: 5}\n"
    "+      wrote: {distance: 4}\n"
    "   - date: 2026-03-04\n"
    "-    type: tempo\n"
    "-    distance: 8\n"
    "-    description: 3 x 10 min at tempo\n"
    "+    type: easy\n"
    "+    distance: 6.4\n"
    "+    description: \"Easy run, instead of: 3 x 10 min at tempo\"\n"
    "+    adjustment:\n"
    "+      rule: reduced-load\n"
    "+      changes: [speedwork_to_easy, volume_reduced]\n"
    "+      reason: \"Hamstring strain (left), pain 2/10 on 2026-03-02: reduce load, no "
    "speedwork\"\n"
    "+      original: {type: tempo, distance: 8, description: 3 x 10 min at tempo}\n"
    "+      wrote: {type: easy, distance: 6.4, description: \"Easy run, instead of: 3 x 10 min at "
    "tempo\"}\n"
    "   # a comment between sessions\n"
    "   - date: 2026-05-03\n"
    "     # inside, first line\n";

// `diff -u A B` without its two file-name lines.
std::string unified_diff(const std::string& a, const std::string& b, const std::string& dir) {
  const std::string out = dir + "/diff.txt";
  std::system(("diff -u '" + a + "' '" + b + "' | tail -n +3 > '" + out + "'").c_str());
  return slurp(out);
}

TEST(CommentsRoundTrip, DiffShowsOnlyTheHeaderAndTheChangedSessions) {
  if (std::system("command -v diff >/dev/null 2>&1") != 0) GTEST_SKIP() << "no diff(1)";
  const std::string dir = temp_dir("comments");
  spit(dir + "/plan.yaml", kPlan);
  spit(dir + "/injuries.yaml", kLog);
  const auto r = run_tool("adjust '" + dir + "/plan.yaml' --injuries '" + dir +
                          "/injuries.yaml' -o '" + dir + "/revised.yaml'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(unified_diff(dir + "/plan.yaml", dir + "/revised.yaml", dir), kExpectedHunks);

  // Adjusting the revision again with the same log changes no byte, comments included.
  const auto again = run_tool("adjust '" + dir + "/revised.yaml' --injuries '" + dir +
                              "/injuries.yaml' -o '" + dir + "/again.yaml'");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(slurp(dir + "/again.yaml"), slurp(dir + "/revised.yaml"));
}

}  // namespace
}  // namespace planadj::testing

// The revised plan keeps its input text (docs/formats.md#revised-plan-as-text): a line
// diff of a plan and its revision shows only the sessions the tool changed and the
// `adjusted` header; re-adjusting replaces only what changed.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "planadj/adjust.h"
#include "planadj/readers.h"
#include "planadj/writers.h"
#include "unit/reader_support.h"

namespace planadj {
namespace {

using ::planadj::testing::lines;

// A plan with comments in every position, flow and block sessions, quoting kept as is.
const char* const kPlan =
    "# yaml-language-server: $schema=../schemas/plan.schema.json\n"  // 1
    "# Spring plan for Sam.\n"                                       // 2
    "\n"                                                             // 3
    "version: 1   # the format\n"                                    // 4
    "athlete: sam-lee\n"                                             // 5
    "# the coach\n"                                                  // 6
    "coach: 'Maria'\n"                                               // 7
    "units: km\n"                                                    // 8
    "\n"                                                             // 9
    "# the sessions, week by week\n"                                 // 10
    "sessions:\n"                                                    // 11
    "  # week 1\n"                                                   // 12
    "  - date: 2026-03-02   # Monday\n"                              // 13
    "    type: rest\n"                                               // 14
    "  - {date: 2026-03-03, type: easy, distance: 6}\n"              // 15
    "  - date: 2026-03-04\n"                                         // 16
    "    # the hard one\n"                                           // 17
    "    type: intervals\n"                                          // 18
    "    distance: 9\n"                                              // 19
    "    description: '6 x 800 m'\n"                                 // 20
    "  - date: 2026-03-05\n"                                         // 21
    "    type: easy\n"                                               // 22
    "    distance: 7\n"                                              // 23
    "\n"                                                             // 24
    "  # week 2\n"                                                   // 25
    "  - date: 2026-03-09\n"                                         // 26
    "    type: tempo\n"                                              // 27
    "    distance: 8   # keep it honest\n"                           // 28
    "notes: |\n"                                                     // 29
    "  keep it easy\n"                                               // 30
    "# trailing comment\n";                                          // 31

const char* const kLog =
    "version: 1\n"
    "athlete: sam-lee\n"
    "entries:\n"
    "  - {date: 2026-03-04, injury: achilles_tendinopathy, side: left, pain: 4}\n";

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t nl = text.find('\n', start);
    const std::size_t end = nl == std::string::npos ? text.size() : nl + 1;
    out.push_back(text.substr(start, end - start));
    start = end;
  }
  return out;
}

// One run of differing lines: input lines [from, from + removed) (1-based) replaced by
// `added` output lines, as `diff -u` shows a hunk without context.
struct Hunk {
  int from = 0;
  int removed = 0;
  std::vector<std::string> added;
};

// A longest-common-subsequence line diff (the files here are small).
std::vector<Hunk> line_diff(const std::string& a_text, const std::string& b_text) {
  const auto a = split_lines(a_text), b = split_lines(b_text);
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::vector<Hunk> hunks;
  std::size_t i = 0, j = 0;
  bool in_hunk = false;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      ++i, ++j;
      in_hunk = false;
    } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      if (!in_hunk) hunks.push_back({static_cast<int>(i) + 1, 0, {}});
      in_hunk = true;
      hunks.back().added.push_back(b[j++]);
    } else {
      if (!in_hunk) hunks.push_back({static_cast<int>(i) + 1, 0, {}});
      in_hunk = true;
      ++hunks.back().removed;
      ++i;
    }
  }
  return hunks;
}

Plan read(const std::string& text) {
  const auto p = parse_plan(text, "plan.yaml");
  EXPECT_TRUE(p.ok()) << ::testing::PrintToString(lines(p.diagnostics)) << text;
  return p.ok() ? *p.value : Plan{};
}

std::string adjusted_text(const std::string& plan_text, const char* log_text) {
  const Plan plan = read(plan_text);
  std::optional<InjuryLog> log;
  if (log_text) {
    const auto l = parse_injury_log(log_text, "log.yaml");
    EXPECT_TRUE(l.ok()) << ::testing::PrintToString(lines(l.diagnostics));
    log = *l.value;
  }
  const auto result = adjust_plan(plan, log ? &*log : nullptr, Policy{}, std::nullopt);
  return write_plan_yaml(result.revised);
}

// The `adjusted` block as our writer puts it: the key, then lines indented under it.
void expect_header_block(const std::vector<std::string>& added) {
  ASSERT_FALSE(added.empty());
  EXPECT_EQ(added.front(), "adjusted:\n");
  for (std::size_t k = 1; k < added.size(); ++k)
    EXPECT_EQ(added[k].rfind("  ", 0), 0u) << "not inside the header: " << added[k];
}

TEST(PlanText, UnchangedPlanWithoutInjuriesGainsOnlyTheHeader) {
  const std::string out = adjusted_text(kPlan, nullptr);
  const auto hunks = line_diff(kPlan, out);
  ASSERT_EQ(hunks.size(), 1u) << out;
  EXPECT_EQ(hunks[0].from, 10);  // before the comment that belongs to `sessions:`
  EXPECT_EQ(hunks[0].removed, 0);
  expect_header_block(hunks[0].added);
  EXPECT_EQ(out.rfind("# yaml-language-server: $schema=", 0), 0u);
}

TEST(PlanText, OnlyTheChangedSessionsAndTheHeaderDiffer) {
  const std::string out = adjusted_text(kPlan, kLog);
  const auto hunks = line_diff(kPlan, out);
  // Hand-worked: pain 4 on 03-04 puts 03-05 (easy, 7) and 03-09 (tempo, 8) under
  // reduced load; 03-02..03-04 are on or before the entry and keep their bytes.
  ASSERT_EQ(hunks.size(), 3u) << out;
  EXPECT_EQ(hunks[0].from, 10);
  EXPECT_EQ(hunks[0].removed, 0);
  expect_header_block(hunks[0].added);
  // 03-05: only its distance line (23) gives way to the eased distance and the record.
  EXPECT_EQ(hunks[1].from, 23);
  EXPECT_EQ(hunks[1].removed, 1);
  EXPECT_EQ(hunks[1].added.front(), "    distance: 4.9\n");
  EXPECT_EQ(hunks[1].added.back(), "      wrote: {distance: 4.9}\n");
  // 03-09: lines 27-28, the end-of-line comment of a changed line included.
  EXPECT_EQ(hunks[2].from, 27);
  EXPECT_EQ(hunks[2].removed, 2);
  EXPECT_EQ(hunks[2].added.front(), "    type: easy\n");
  // The eased tempo had no description: it gets one, and `description: null` records
  // that it had none (docs/rules.md#changed-sessions).
  EXPECT_NE(std::find(hunks[2].added.begin(), hunks[2].added.end(),
                      "    description: \"Easy run, instead of: tempo run, 8 km\"\n"),
            hunks[2].added.end());
  EXPECT_NE(std::find(hunks[2].added.begin(), hunks[2].added.end(),
                      "      original: {type: tempo, distance: 8, description: null}\n"),
            hunks[2].added.end());
  EXPECT_EQ(hunks[2].added.back(),
            "      wrote: {type: easy, distance: 5.6, description: \"Easy run, instead of: tempo "
            "run, 8 km\"}\n");
}

TEST(PlanText, ReadjustingARevisionWithTheSameLogGivesTheSameBytes) {
  const std::string once = adjusted_text(kPlan, kLog);
  EXPECT_EQ(adjusted_text(once, kLog), once);
  const std::string plain = adjusted_text(kPlan, nullptr);
  EXPECT_EQ(adjusted_text(plain, nullptr), plain);
}

TEST(PlanText, AGrownLogChangesOnlyTheSessionsItAffects) {
  const std::string once = adjusted_text(kPlan, kLog);
  const std::string grown = std::string(kLog) +
                            "  - {date: 2026-03-08, injury: achilles_tendinopathy, side: left, "
                            "pain: 3}\n";
  const std::string twice = adjusted_text(once, grown.c_str());
  const auto old_lines = split_lines(once);
  const auto header_end = static_cast<int>(
      std::find(old_lines.begin(), old_lines.end(), "# the sessions, week by week\n") -
      old_lines.begin());
  const auto last_session = static_cast<int>(
      std::find(old_lines.begin(), old_lines.end(), "  - date: 2026-03-09\n") - old_lines.begin());
  ASSERT_LT(last_session, static_cast<int>(old_lines.size()));
  // Hand-worked: the 03-08 entry only rewrites the header and the 03-09 session's reason.
  for (const Hunk& h : line_diff(once, twice)) {
    const bool in_header = h.from >= 1 && h.from + h.removed - 1 <= header_end;
    // The 03-09 session: date, type, distance, description and its 6-line adjustment.
    const bool in_last = h.from > last_session + 1 && h.from + h.removed - 1 <= last_session + 11;
    EXPECT_TRUE(in_header || in_last) << "hunk at line " << h.from << " in\n" << twice;
  }
  EXPECT_NE(twice, once);
}

TEST(PlanText, AnAnchoredSessionThatChangesTakesItsAliasesAlong) {
  const std::string plan =
      "athlete: sam-lee\n"
      "sessions:\n"
      "  - date: 2026-03-04\n"
      "    type: rest\n"
      "  - &easy\n"
      "    date: 2026-03-05\n"
      "    type: easy\n"
      "    distance: 7\n"
      "  - <<: *easy\n"
      "    date: 2026-03-06\n"
      "  - date: 2026-05-20\n"
      "    type: easy\n"
      "    distance: 5\n";
  const std::string out = adjusted_text(plan, kLog);
  const Plan back = read(out);
  ASSERT_EQ(back.sessions.size(), 4u) << out;
  EXPECT_EQ(out.find("*easy"), std::string::npos) << "alias to an anchor that is gone\n" << out;
  EXPECT_EQ(back.sessions[2].date, boost::gregorian::date(2026, 3, 6));
  EXPECT_EQ(back.sessions[2].type, SessionType::easy);
  EXPECT_TRUE(back.sessions[2].adjustment.has_value()) << out;
  EXPECT_NE(out.find("  - date: 2026-05-20\n    type: easy\n    distance: 5\n"), std::string::npos)
      << out;
}

TEST(PlanText, AnAnchorUsedOutsideTheSessionsFallsBackToTheWholeDocument) {
  const std::string plan =
      "athlete: sam-lee\n"
      "sessions:\n"
      "  - &easy\n"
      "    date: 2026-03-05\n"
      "    type: easy\n"
      "    distance: 7\n"
      "template: *easy\n";
  const std::string out = adjusted_text(plan, kLog);
  const Plan back = read(out);
  ASSERT_EQ(back.sessions.size(), 1u) << out;
  EXPECT_TRUE(back.sessions[0].adjustment.has_value()) << out;
  EXPECT_NE(out.find("template:\n  date: 2026-03-05\n"), std::string::npos) << out;
}

TEST(PlanText, AChangedFlowSessionOfScalarsStaysFlow) {
  Plan p = read(kPlan);
  p.sessions[1].description = "easy, chatty";
  const std::string out = write_plan_yaml(p);
  const auto hunks = line_diff(kPlan, out);
  ASSERT_EQ(hunks.size(), 1u) << out;
  EXPECT_EQ(hunks[0].from, 15);
  ASSERT_EQ(hunks[0].added.size(), 1u);
  EXPECT_EQ(hunks[0].added[0],
            "  - {date: 2026-03-03, type: easy, distance: 6, description: \"easy, chatty\"}\n");
}

TEST(PlanText, CrLfLinesStayCrLf) {
  std::string crlf;
  for (const auto& l : split_lines(kPlan)) crlf += l.substr(0, l.size() - 1) + "\r\n";
  const std::string out = adjusted_text(crlf, kLog);
  for (std::size_t at = out.find('\n'); at != std::string::npos; at = out.find('\n', at + 1))
    ASSERT_EQ(out[at - 1], '\r') << "a bare LF at byte " << at << "\n" << out;
}

TEST(PlanText, ASessionTakenFromAnotherPlanKeepsItsOwnBytes) {
  const Plan other = read(
      "athlete: sam-lee\nsessions:\n  - date: 2026-03-01   # from last week\n    type: rest\n");
  Plan p = read(kPlan);
  p.sessions.insert(p.sessions.begin(), other.sessions[0]);
  const std::string out = write_plan_yaml(p);
  EXPECT_NE(out.find("sessions:\n  - date: 2026-03-01   # from last week\n    type: rest\n"
                     "  # week 1\n  - date: 2026-03-02   # Monday\n"),
            std::string::npos)
      << out;
  EXPECT_EQ(read(out).sessions.size(), 6u);
}

}  // namespace
}  // namespace planadj

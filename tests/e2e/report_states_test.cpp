// New, standing, closed (docs/batch.md#states): five nights of `batch` over one roster as
// a calf strain with a pop is followed up, cleared by a physio, then left alone into a
// new week, checking what each morning's report says of the referral and the warnings,
// and which files it lists to send.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/roster_gen.h"
#include "support/run.h"

namespace planadj::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// The lines of report.json's object for athlete `id`: from its `"id"` line to the next
// athlete's (the writer puts one member per line, an inline array or object on one).
std::vector<std::string> athlete_lines(const std::string& json, const std::string& id) {
  std::vector<std::string> out;
  bool in = false;
  for (const std::string& line : lines_of(json)) {
    const bool id_line = line.find("\"id\": \"") != std::string::npos;
    if (id_line) in = line.find("\"id\": \"" + id + "\"") != std::string::npos;
    if (in) out.push_back(line);
  }
  return out;
}

// The one line holding `needle`, or "" when none does (or several do: ambiguous).
std::string line_with(const std::vector<std::string>& lines, const std::string& needle) {
  std::string found;
  int n = 0;
  for (const std::string& l : lines)
    if (l.find(needle) != std::string::npos) found = l, ++n;
  return n == 1 ? found : "";
}

bool has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

// Ana's log, night by night: a pop on Tuesday 2026-03-10; "resolved" on Thursday (after a
// pop only a clearance lifts the gate: a warning); the physio's clearance on Saturday.
const char* const kHead = "version: 1\nathlete: ana\nentries:\n";
const char* const kPop =
    "  - {date: 2026-03-10, injury: muscle_strain, location: calf, side: left, pain: 6, "
    "pop_or_snap: true}\n";
const char* const kFollowUp =
    "  - {date: 2026-03-12, injury: muscle_strain, location: calf, side: left, pain: 2, "
    "resolved: true}\n";
const char* const kClearance =
    "  - {date: 2026-03-14, injury: muscle_strain, location: calf, side: left, pain: 0, "
    "cleared: true, notes: 'Dr Lee, physio'}\n";

const std::string kReferral =
    "Calf strain (left), 2026-03-10: felt a pop or snap: see a medical "
    "professional";
const std::string kGate = "after a pop or snap reduced load goes on until an entry with cleared";

class ReportStates : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = temp_dir("states");
    roster_ = dir_ + "/roster";
    out_ = dir_ + "/out";
    for (const char* id : {"ana", "ben"}) {
      fs::create_directories(roster_ + "/" + id);
      spit(roster_ + "/" + id + "/plan.yaml", plan_yaml(id, 1, 8));
    }
  }
  void TearDown() override { fs::remove_all(dir_); }
  void log(const std::string& entries) {
    spit(roster_ + "/ana/injuries.yaml", std::string(kHead) + entries);
  }
  // Runs the night; its report.json (ana's lines) and report.md.
  void night(const char* as_of) {
    const auto r = run_tool("batch " + roster_ + " -o " + out_ + " --as-of " + as_of + " --quiet");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    json_ = slurp(out_ + "/report.json");
    ana_ = athlete_lines(json_, "ana");
    ben_ = athlete_lines(json_, "ben");
    md_ = slurp(out_ + "/report.md");
    html_ = slurp(out_ + "/report.html");
    message_ = slurp(out_ + "/ana/message.md");
  }
  std::string dir_, roster_, out_, json_, md_, html_, message_;
  std::vector<std::string> ana_, ben_;
};

TEST_F(ReportStates, AReferralIsNewThenStandingThenClosedOnceThenGone) {
  // Night 1, Tuesday: the pop. Everything is new; both athletes' files are first written.
  log(kPop);
  night("2026-03-10");
  const std::string referral = line_with(ana_, "\"reason\": \"felt a pop or snap");
  EXPECT_TRUE(has(referral, "\"state\": \"new\"")) << json_;
  EXPECT_FALSE(has(referral, "\"closed\"")) << referral;
  EXPECT_EQ(line_with(ana_, "\"changed_files\""),
            "      \"changed_files\": [\"ana/plan.yaml\", \"ana/message.md\"],")
      << json_;
  EXPECT_TRUE(has(md_, "- **ana**: " + kReferral + " (new)\n")) << md_;
  EXPECT_TRUE(has(md_, "- **ana**: ana/plan.yaml, ana/message.md\n")) << md_;
  EXPECT_TRUE(has(md_, "- **ben**: ben/plan.yaml, ben/message.md\n")) << md_;
  EXPECT_TRUE(has(message_, "## Please see a medical professional\n")) << message_;
  EXPECT_TRUE(has(html_,
                  "felt a pop or snap: see a medical professional <span "
                  "class=\"state\">(new)</span></li>"))
      << html_;

  // Night 2, Thursday: "resolved" after the pop. The referral stands; the gate's warning
  // is new.
  log(std::string(kPop) + kFollowUp);
  night("2026-03-12");
  EXPECT_TRUE(has(line_with(ana_, "\"reason\": \"felt a pop or snap"), "\"state\": \"standing\""))
      << json_;
  EXPECT_TRUE(has(md_, "- **ana**: " + kReferral + " (standing)\n")) << md_;
  const std::string gate = line_with(ana_, kGate);
  ASSERT_FALSE(gate.empty()) << json_;
  EXPECT_EQ(line_with(ana_, "\"warning_states\""), "      \"warning_states\": [\"new\"],") << json_;
  EXPECT_TRUE(has(md_, kGate)) << md_;
  EXPECT_TRUE(has(md_, "clinician's clearance (new)\n")) << md_;
  // Ben's files are as they were: nothing to send him.
  EXPECT_EQ(line_with(ben_, "\"changed_files\""), "      \"changed_files\": [],") << json_;
  EXPECT_EQ(line_with(ben_, "\"changed_since_previous_run\""),
            "      \"changed_since_previous_run\": false,")
      << json_;

  // Night 3, Saturday: the physio clears her. The referral is shown closed, with who
  // cleared it; the gate's warning is no longer raised, and said closed; the message
  // says the clearance instead of the referral.
  log(std::string(kPop) + kFollowUp + kClearance);
  night("2026-03-14");
  const std::string closed = line_with(ana_, "\"reason\": \"felt a pop or snap");
  EXPECT_TRUE(has(closed,
                  "\"state\": \"closed\", \"closed\": \"2026-03-14\", \"cleared\": true, "
                  "\"closed_note\": \"Dr Lee, physio\"}"))
      << json_;
  EXPECT_TRUE(has(md_, "- **ana**: " + kReferral +
                           " (closed: cleared by a clinician on 2026-03-14, Dr Lee, physio)\n"))
      << md_;
  EXPECT_EQ(count(json_, kGate), 1u) << json_;  // in warnings_closed only
  EXPECT_EQ(line_with(ana_, "\"warning_states\""), "      \"warning_states\": [],") << json_;
  EXPECT_TRUE(has(md_, "## Warnings closed since the previous run (1)\n\n- **ana**: ")) << md_;
  EXPECT_TRUE(has(html_,
                  "<span class=\"state\">(closed: cleared by a clinician on 2026-03-14, "
                  "Dr Lee, physio)</span>"))
      << html_;
  EXPECT_TRUE(has(html_, "<section id=\"warnings-closed\">")) << html_;
  EXPECT_TRUE(has(json_, "\"warnings_closed\": 1,")) << json_;
  EXPECT_FALSE(has(message_, "Please see a medical professional")) << message_;
  EXPECT_TRUE(has(message_,
                  "## Cleared\n\n- Calf strain (left): cleared by a clinician on Sat "
                  "14 Mar (Dr Lee, physio).\n"))
      << message_;
  EXPECT_EQ(line_with(ana_, "\"changed_files\""),
            "      \"changed_files\": [\"ana/plan.yaml\", \"ana/message.md\"],")
      << json_;
  // The revised plan keeps the referral, closed, so the message can say the clearance.
  const std::string plan = slurp(out_ + "/ana/plan.yaml");
  EXPECT_TRUE(has(plan, "closed: 2026-03-14, cleared: true, closed_note: \"Dr Lee, physio\"}"))
      << plan;

  // Night 4, Sunday: nothing new. The closed referral is gone, and so is the closed
  // warning; no file changed.
  night("2026-03-15");
  EXPECT_FALSE(has(json_, "felt a pop or snap")) << json_;
  EXPECT_FALSE(has(md_, "felt a pop or snap")) << md_;
  EXPECT_FALSE(has(json_, kGate)) << json_;
  EXPECT_FALSE(has(md_, "Warnings closed")) << md_;
  EXPECT_TRUE(has(json_, "\"referrals\": 0,")) << json_;
  EXPECT_EQ(line_with(ana_, "\"changed_files\""), "      \"changed_files\": [],") << json_;
  EXPECT_FALSE(has(md_, "## Changed since the previous run")) << md_;

  // Night 5, Monday: a new week. The plan is as it was, but the message moved to the
  // new week: it is listed to send. The referral stays gone.
  const std::string friday_message = message_;
  night("2026-03-16");
  EXPECT_NE(message_, friday_message);
  EXPECT_TRUE(has(message_, "## This week: Mon 16 Mar to Sun 22 Mar")) << message_;
  EXPECT_EQ(line_with(ana_, "\"changed_files\""), "      \"changed_files\": [\"ana/message.md\"],")
      << json_;
  EXPECT_EQ(line_with(ana_, "\"changed_since_previous_run\""),
            "      \"changed_since_previous_run\": true,")
      << json_;
  EXPECT_TRUE(has(md_, "## Changed since the previous run (1)\n\n- **ana**: ana/message.md\n"))
      << md_;
  EXPECT_FALSE(has(json_, "felt a pop or snap")) << json_;
  EXPECT_FALSE(has(md_, "## Referrals")) << md_;
}

// A warning the coach has not dealt with stands night after night; the memory of what was
// reported sits in the athlete's output folder.
TEST_F(ReportStates, AWarningStandsWhileItIsRaisedAndTheMemoryIsKeptBesideThePlan) {
  spit(roster_ + "/ben/plan.yaml", "coach: Maria\n" + plan_yaml("ben", 1, 8));
  night("2026-03-10");
  EXPECT_EQ(line_with(ben_, "\"warning_states\""), "      \"warning_states\": [\"new\"],") << json_;
  EXPECT_TRUE(has(md_, "unknown key 'coach' in plan, kept as is (new)\n")) << md_;
  const std::string memory = slurp(out_ + "/ben/.reported");
  EXPECT_TRUE(has(memory, "warning ")) << memory;
  EXPECT_TRUE(has(memory, "unknown key 'coach' in plan, kept as is\n")) << memory;
  night("2026-03-11");
  EXPECT_EQ(line_with(ben_, "\"warning_states\""), "      \"warning_states\": [\"standing\"],")
      << json_;
  EXPECT_TRUE(has(md_, "unknown key 'coach' in plan, kept as is (standing)\n")) << md_;
  EXPECT_FALSE(has(md_, "Warnings closed")) << md_;
}

}  // namespace
}  // namespace planadj::testing

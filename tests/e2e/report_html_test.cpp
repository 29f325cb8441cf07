// `batch` writes report.html (docs/batch.md#reporthtml): its order, its charts, the
// located errors, escaping, and that it stays self-contained and small.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/roster_gen.h"
#include "support/run.h"

namespace planadj::testing {
namespace {

namespace fs = std::filesystem;

std::string q(const std::string& s) { return "'" + s + "'"; }

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

class ReportHtml : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = temp_dir("report-html");
    roster_ = dir_ + "/roster";
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Six athletes (roster_gen.h): 0, 2 and 4 have an injury log, and athlete-0000's
  // (seed 0) is a stress fracture at 8/10 on 2026-03-10: two referrals. athlete-0005
  // gets a log with a pop at 7/10 and, four days later, a typo in the injury (line 11
  // column 13): not revised, her two referrals kept. athlete-0001's plan gets a key
  // with markup in it, a warning.
  std::string six_athletes() {
    write_roster(roster_, 6);
    spit(roster_ + "/athlete-0005/injuries.yaml",
         "version: 1\nathlete: athlete-0005\nentries:\n  - date: 2026-03-10\n"
         "    injury: muscle_strain\n    location: hamstring\n    side: left\n    pain: 7\n"
         "    pop_or_snap: true\n  - date: 2026-03-14\n    injury: achilles_tendonitis\n"
         "    pain: 3\n");
    spit(roster_ + "/athlete-0001/plan.yaml", plan_yaml("athlete-0001", 1) + "note<b>: x\n");
    const std::string out = dir_ + "/out";
    const auto r =
        run_tool("batch " + q(roster_) + " --out " + q(out) + " --as-of 2026-03-29 --quiet");
    EXPECT_EQ(r.exit_code, 1) << r.err;  // athlete-0005 failed, the rest were written
    return slurp(out + "/report.html");
  }

  std::string dir_, roster_;
};

TEST_F(ReportHtml, ReferralsComeFirstThenErrorsInjuredWarningsAndTheRest) {
  const std::string html = six_athletes();
  ASSERT_EQ(html.rfind("<!DOCTYPE html>\n", 0), 0u) << html.substr(0, 200);
  const auto referrals = html.find("<section id=\"referrals\"");
  const auto errors = html.find("<section id=\"errors\"");
  const auto first_athlete = html.find("<section class=\"athlete\"");
  const auto warnings = html.find("<section id=\"warnings\"");
  const auto rest = html.find("<section id=\"roster\"");
  ASSERT_NE(referrals, std::string::npos);
  ASSERT_NE(first_athlete, std::string::npos);
  EXPECT_LT(referrals, errors);
  EXPECT_LT(errors, first_athlete);
  EXPECT_LT(first_athlete, warnings);
  EXPECT_LT(warnings, rest);
  // Each referral with the entry that raised it: date, injury, what was reported; and its
  // state, new on a first run (docs/batch.md#states).
  const auto list = html.find("<ul class=\"referrals\">");
  EXPECT_GT(list, referrals);
  EXPECT_LT(list, errors);
  EXPECT_NE(html.find("<li><b>athlete-0000</b>: 2026-03-10, Stress fracture (left): severe pain "
                      "(8/10): see a medical professional <span class=\"state\">(new)</span></li>"),
            std::string::npos);
  EXPECT_NE(
      html.find(
          "<li><b>athlete-0000</b>: 2026-03-10, Stress fracture (left): possible "
          "bone injury: stop running and see a doctor <span class=\"state\">(new)</span></li>"),
      std::string::npos);
  // An error never hides a red flag: athlete-0005's referrals, saying she was not revised.
  for (const char* reason : {"felt a pop or snap", "severe pain (7/10)"})
    EXPECT_NE(
        html.find(
            std::string("<li><b>athlete-0005</b>: 2026-03-10, Hamstring strain "
                        "(left): ") +
            reason +
            ": see a medical professional (plan not revised tonight: <a "
            "href=\"#error-athlete-0005\">see below</a>) <span class=\"state\">(new)</span></li>"),
        std::string::npos)
        << reason;
  EXPECT_LT(html.find("<li><b>athlete-0005</b>"), errors);
  // The rest of the roster, a line each: the two athletes without a log.
  EXPECT_EQ(count(html.substr(rest), "<li><b>athlete-000"), 2u);
  EXPECT_NE(html.find("<li><b>athlete-0003</b>: no change by the rules", rest), std::string::npos);
}

TEST_F(ReportHtml, OneChartPerInjuredAthleteWithToday) {
  const std::string html = six_athletes();
  EXPECT_EQ(count(html, "<section class=\"athlete\""), 3u);
  EXPECT_EQ(count(html, "<svg"), 3u);
  EXPECT_EQ(count(html, "<svg class=\"volume-chart\""), 3u);
  for (const char* id : {"athlete-0000", "athlete-0002", "athlete-0004"}) {
    const auto at = html.find(std::string("<section class=\"athlete\" id=\"athlete-") + id + "\"");
    ASSERT_NE(at, std::string::npos) << id;
    const auto end = html.find("</section>", at);
    const std::string section = html.substr(at, end - at);
    EXPECT_EQ(count(section, "<svg"), 1u) << id;
    EXPECT_EQ(count(section, "class=\"bars bars-before\""), 1u) << id;
    EXPECT_EQ(count(section, "class=\"bars bars-after\""), 1u) << id;
    EXPECT_NE(section.find("<line class=\"today\""), std::string::npos) << id;
    EXPECT_NE(section.find(">today Mar 29</text>"), std::string::npos) << id;
    EXPECT_NE(section.find("class=\"phase\""), std::string::npos) << id;
  }
}

TEST_F(ReportHtml, FailedAthleteShowsTheLocatedErrorAndWhatToFix) {
  const std::string html = six_athletes();
  const std::string log = roster_ + "/athlete-0005/injuries.yaml";
  const auto at = html.find("<div class=\"failed\" id=\"error-athlete-0005\">");
  ASSERT_NE(at, std::string::npos);
  EXPECT_NE(html.find("<li><code>" + log +
                          ":11:13</code> unknown injury &#39;achilles_tendonitis&#39; (did you "
                          "mean &#39;achilles_tendinopathy&#39;?)</li>",
                      at),
            std::string::npos)
      << html.substr(at, 800);
  EXPECT_NE(html.find("<p class=\"fix\">To fix: correct what each line says at the place it "
                      "names, in <code>" +
                          log + "</code>; <code>plan-adjust validate " + roster_ + "</code>",
                      at),
            std::string::npos);
  // Not among the injured: no chart for an athlete the night could not revise.
  EXPECT_EQ(html.find("id=\"athlete-athlete-0005\""), std::string::npos);
}

TEST_F(ReportHtml, SelfContainedEscapedAndPrintsOnA4) {
  const std::string html = six_athletes();
  for (const char* outside : {"<script", "<link", "<img", "<iframe", "url(", "@import", "src="})
    EXPECT_EQ(html.find(outside), std::string::npos) << outside;
  EXPECT_EQ(html.find("note<b>"), std::string::npos);
  EXPECT_NE(html.find("unknown key &#39;note&lt;b&gt;&#39; in plan, kept as is"),
            std::string::npos);
  EXPECT_NE(html.find("@page { size: A4;"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
}

TEST_F(ReportHtml, NoReferralsSaysSoInTheSamePlace) {
  write_roster(roster_, 2);  // athlete-0000's log raises referrals: drop it
  fs::remove(roster_ + "/athlete-0000/injuries.yaml");
  const auto r = run_tool("batch " + q(roster_) + " --out " + q(dir_ + "/out") + " --quiet");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string html = slurp(dir_ + "/out/report.html");
  EXPECT_NE(html.find("<section id=\"referrals\" class=\"panel review\">\n<h2>Referrals: see a "
                      "medical professional (0)</h2>\n<p class=\"none\">No referrals "
                      "tonight.</p>\n</section>"),
            std::string::npos);
  EXPECT_EQ(count(html, "<svg"), 0u);
  EXPECT_EQ(html.find("<section id=\"errors\""), std::string::npos);
}

// At 500 athletes, 250 of them injured (a chart each), the page stays under 2 MB
// (docs/batch.md#reporthtml).
TEST_F(ReportHtml, StaysUnderTwoMegabytesAt500Athletes) {
  write_roster(roster_, 500, 16);
  const auto r = run_tool("batch " + q(roster_) + " --out " + q(dir_ + "/out") +
                          " --as-of 2026-03-23 --quiet");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto size = fs::file_size(dir_ + "/out/report.html");
  EXPECT_LT(size, 2u << 20);
  EXPECT_EQ(count(slurp(dir_ + "/out/report.html"), "<svg"), 250u);
}

}  // namespace
}  // namespace planadj::testing

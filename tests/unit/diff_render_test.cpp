// The four diff renderings: exact golden files for the sample pair, escaping, colour.
// Regenerate the goldens with PLANADJ_UPDATE_GOLDEN=1 (the run then fails; review the git diff).
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "planadj/diff.h"
#include "support/golden.h"
#include "unit/diff_fixture.h"

namespace planadj::testing {
namespace {

std::string golden_path(const std::string& name) {
  return std::string(PLANADJ_SOURCE_DIR) + "/tests/golden/diff/" + name;
}

// tests/support/golden.h: PLANADJ_UPDATE_GOLDEN=1 rewrites a golden that differs and fails.
void expect_golden(const std::string& name, const std::string& actual) {
  expect_golden_file(golden_path(name), actual);
}

PlanDiff sample_diff() { return diff_plans(sample_original(), sample_revised()); }

TEST(DiffRender, TextGolden) { expect_golden("sample.txt", render_text(sample_diff())); }
TEST(DiffRender, MarkdownGolden) { expect_golden("sample.md", render_markdown(sample_diff())); }
TEST(DiffRender, JsonGolden) { expect_golden("sample.json", render_json(sample_diff())); }
TEST(DiffRender, HtmlGolden) { expect_golden("sample.html", render_html(sample_diff())); }

TEST(DiffRender, SameGolden) {
  const Plan p = sample_original();
  const PlanDiff diff = diff_plans(p, p);
  expect_golden("same.txt", render_text(diff));
  expect_golden("same.json", render_json(diff));
}

TEST(DiffRender, ColourOnlyWhenAsked) {
  const PlanDiff diff = sample_diff();
  EXPECT_EQ(render_text(diff, false).find('\x1b'), std::string::npos);
  EXPECT_NE(render_text(diff, true).find("\x1b[32m"), std::string::npos);
}

TEST(DiffRender, TextShowsBeforeArrowAfterRuleAndReason) {
  const std::string text = render_text(sample_diff());
  EXPECT_NE(text.find("2026-03-10  intervals 10 km hilly → easy 8 km flat"), std::string::npos)
      << text;
  EXPECT_NE(text.find("[reduced-load] achilles_tendinopathy (left), pain 2/10"), std::string::npos);
  EXPECT_NE(text.find("[edited] (changed: description)"), std::string::npos);
}

// An easy run on a named route turned into a rest day by a rule: the tool dropped the
// route and wrote its own description. `hand_too` then edits the tool's description.
PlanDiff rest_day_diff(bool hand_too) {
  Plan a;
  a.athlete = "x";
  Session s = run(d("2026-03-03"), SessionType::easy, 5);
  s.route = "Park loop";
  s.description = "Easy aerobic";
  a.sessions.push_back(s);
  Plan b = a;
  Session& r = b.sessions[0];
  r.type = SessionType::rest;
  r.distance.reset();
  r.route.reset();
  r.description = hand_too ? "Rest, feet up" : "Rest day, instead of: Easy aerobic";
  Original o;
  o.type = SessionType::easy;
  o.distance = 5;
  o.route = "Park loop";
  o.description = std::optional<std::string>("Easy aerobic");
  Original wrote;
  wrote.description = std::optional<std::string>("Rest day, instead of: Easy aerobic");
  r.adjustment = Adjustment{"acute-rest", {"to_rest"}, "calf strain, pain 5/10", o, wrote};
  return diff_plans(a, b);
}

TEST(DiffRender, AToolOnlyChangeIsExplainedByItsReasonNotByAFieldList) {
  const PlanDiff tool = rest_day_diff(false);
  ASSERT_EQ(tool.changes.size(), 1u);
  EXPECT_EQ(tool.changes[0].origin, ChangeOrigin::tool);
  const std::string text = render_text(tool);
  EXPECT_NE(text.find("[acute-rest] calf strain, pain 5/10\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("(changed:"), std::string::npos) << text;
  EXPECT_EQ(render_markdown(tool).find("(changed:"), std::string::npos);
  EXPECT_EQ(render_html(tool).find("(changed:"), std::string::npos);
  // The machine-facing list keeps every field that differs.
  EXPECT_NE(render_json(tool).find(R"("fields": [
        "type",
        "distance",
        "route",
        "description"
      ],)"),
            std::string::npos)
      << render_json(tool);
}

TEST(DiffRender, AChangeTouchedByHandStillListsTheFieldsItsTextsDoNotShow) {
  const PlanDiff both = rest_day_diff(true);
  ASSERT_EQ(both.changes.size(), 1u);
  EXPECT_EQ(both.changes[0].origin, ChangeOrigin::tool_and_hand);
  const std::string text = render_text(both);
  EXPECT_NE(text.find("[acute-rest, edited] calf strain, pain 5/10 (changed: route, description)"),
            std::string::npos)
      << text;
}

PlanDiff hostile_diff() {
  Plan a;
  a.source = "a<b>.yaml";
  a.athlete = "x";
  a.name = "<script>alert('x')</script> & \"co\" | pipe";
  Session s = run(d("2026-03-03"), SessionType::easy, 5);
  s.description = "line1\nline2 | <b>bold</b> \"q\" \\ \x01";
  a.sessions.push_back(s);
  Plan b = a;
  b.source = "b&c.yaml";
  b.sessions[0].distance = 4;
  b.sessions[0].adjustment = Adjustment{"reduced-load", {}, "pain <7> | \"x\"", {}};
  return diff_plans(a, b);
}

TEST(DiffRender, HtmlEscapesEveryInputString) {
  const std::string html = render_html(hostile_diff());
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_EQ(html.find("pain <7>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"),
            std::string::npos);
  EXPECT_NE(html.find("a&lt;b&gt;.yaml"), std::string::npos);
  EXPECT_NE(html.find("pain &lt;7&gt;"), std::string::npos);
}

TEST(DiffRender, HtmlIsSelfContained) {
  const std::string html = render_html(sample_diff());
  for (const char* banned : {"<script", "<link", "<img", "@import", "url(", "https://", "<iframe"})
    EXPECT_EQ(html.find(banned), std::string::npos) << banned;
  EXPECT_NE(html.find("<svg"), std::string::npos);
  std::size_t bars = 0;
  for (std::size_t at = 0; (at = html.find("class=\"bar bar-", at)) != std::string::npos; ++at)
    ++bars;
  EXPECT_EQ(bars, 32u);  // 16 weeks, before and after
}

TEST(DiffRender, MarkdownEscapesPipes) {
  const std::string md = render_markdown(hostile_diff());
  EXPECT_NE(md.find("pain &lt;7&gt; \\| \"x\""), std::string::npos) << md;
  // The change row keeps its six column separators: every pipe from the input is escaped.
  const std::size_t at = md.find("| 2026-03-03");
  ASSERT_NE(at, std::string::npos);
  const std::string row = md.substr(at, md.find('\n', at) - at);
  int separators = 0;
  for (std::size_t i = 0; i < row.size(); ++i)
    if (row[i] == '|' && (i == 0 || row[i - 1] != '\\')) ++separators;
  EXPECT_EQ(separators, 6) << row;
  EXPECT_EQ(md.find("<script"), std::string::npos);
}

TEST(DiffRender, JsonEscapesStrings) {
  const std::string json = render_json(hostile_diff());
  EXPECT_NE(json.find("\"pain <7> | \\\"x\\\"\""), std::string::npos) << json;
  EXPECT_NE(json.find("line1\\nline2 | <b>bold</b> \\\"q\\\" \\\\ \\u0001"), std::string::npos);
  EXPECT_NE(json.find("\"original\": \"a<b>.yaml\""), std::string::npos);
}

TEST(DiffRender, TextKeepsControlCharactersOut) {
  Plan a;
  a.athlete = "x";
  a.name = "evil\x1b[2Jname";
  Session s = run(d("2026-03-03"), SessionType::easy, 5);
  a.sessions.push_back(s);
  Plan b = a;
  b.sessions[0].distance = 4;
  b.sessions[0].adjustment = Adjustment{"reduced-load", {}, "line\nbreak\x1b[31m", {}};
  const std::string text = render_text(diff_plans(a, b), false);
  EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
  EXPECT_NE(text.find("line break [31m"), std::string::npos) << text;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = 0; (at = text.find(what, at)) != std::string::npos; at += what.size()) ++n;
  return n;
}

TEST(DiffRender, OpenEndedPhaseIsShadedToTheEndOfTheChart) {
  const Plan a = sample_original();
  Plan b = a;
  InjuryReport r;
  r.injury = InjuryKind::stress_fracture;
  r.side = Side::left;
  r.location = "foot";
  r.phases = {{"bone-stop", d("2026-05-01"), std::nullopt}};
  b.adjusted = AdjustedHeader{};
  b.adjusted->injuries.push_back(r);
  const PlanDiff diff = diff_plans(a, b);
  ASSERT_EQ(diff.phases.size(), 1u);
  EXPECT_EQ(diff.phases[0].injury, "Stress fracture (left foot)");
  const std::string html = render_html(diff);
  EXPECT_EQ(count(html, "class=\"phase\""), 1u);
  EXPECT_NE(html.find("bone-stop 2026-05-01 to open"), std::string::npos);
  EXPECT_NE(html.find(">bone stop</text>"), std::string::npos);  // in the legend
  EXPECT_NE(render_json(diff).find("\"to\": null"), std::string::npos);
}

TEST(DiffRender, LongPlansLabelEveryOtherWeek) {
  Plan a;
  a.athlete = "x";
  for (int k = 0; k < 54; ++k)
    a.sessions.push_back(
        run(d("2026-01-06") + boost::gregorian::days(7 * k), SessionType::easy, 5));
  const std::string html = render_html(diff_plans(a, a));
  EXPECT_EQ(count(html, "class=\"bar bar-after\""), 54u);
  const std::size_t labels = count(html, "<text class=\"wk\"");
  EXPECT_GT(labels, 10u);
  EXPECT_LT(labels, 54u);
}

}  // namespace
}  // namespace planadj::testing

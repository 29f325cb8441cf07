// The pipeline's segments (lib/adjust/segments.cpp,
// docs/performance.md#the-adjust-pipeline-linear-in-plan-length): the growth cap's running maximum
// and the date index by hand, and the whole pipeline against the one it replaced — every entry date
// re-running every rule over a copy of the whole plan — on the property tests' generated cases.
#include "adjust/segments.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <set>

#include "adjust/episodes.h"
#include "support/invariants.h"
#include "unit/adjust_fixtures.h"

namespace planadj {
namespace {

using namespace fixtures;
using adjust::PriorLongest;
using adjust::Revision;

Session timed(const char* date, SessionType type, double minutes) {
  Session s = run(date, type, std::nullopt);
  s.duration = Duration{minutes, std::to_string(static_cast<int>(minutes)) + "min"};
  return s;
}

// A revision over `sessions` (already in date order) with every index in by_date.
Revision revision_of(std::vector<Session>& sessions, const Policy& policy,
                     Units units = Units::km) {
  Revision r{policy, units, sessions, {}, {}, {}, {}};
  r.by_date.resize(sessions.size());
  std::iota(r.by_date.begin(), r.by_date.end(), std::size_t{0});
  r.status.resize(sessions.size());
  r.frozen.resize(sessions.size(), false);
  return r;
}

TEST(Segments, prior_longest_covers_the_thirty_days_before_the_day) {
  const Policy policy;
  std::vector<Session> s{
      run("2026-03-01", SessionType::long_run, 25.0),  // D-31 for 04-01: outside
      run("2026-03-02", SessionType::long_run, 18.0),  // D-30: inside
      run("2026-03-10", SessionType::easy, 12.0),
      timed("2026-03-12", SessionType::tempo, 70.0),   // minutes, not distance
      run("2026-03-20", SessionType::strength, 99.0),  // not a run
      run("2026-04-01", SessionType::long_run, 30.0),  // the day itself: not prior
  };
  Revision r = revision_of(s, policy);
  PriorLongest prior(r);
  EXPECT_EQ(prior.before(day("2026-03-02"), true), 25.0);  // 03-01 is D-1
  EXPECT_EQ(prior.before(day("2026-03-31"), true), 25.0);  // 03-01 is D-30
  EXPECT_EQ(prior.before(day("2026-04-01"), true), 18.0);  // 03-01 is D-31 now
  EXPECT_EQ(prior.before(day("2026-04-01"), false), 70.0);
  EXPECT_EQ(prior.before(day("2026-04-12"), false), std::nullopt);  // 03-12 is D-31
  EXPECT_EQ(prior.before(day("2026-04-12"), true), 30.0);
}

TEST(Segments, prior_longest_sees_a_run_shortened_before_it_is_asked) {
  const Policy policy;
  std::vector<Session> s{run("2026-03-01", SessionType::long_run, 25.0),
                         run("2026-03-02", SessionType::long_run, 20.0)};
  Revision r = revision_of(s, policy);
  PriorLongest prior(r);
  s[1].distance = 10.0;  // the rules revised it before the cap looks at 03-03
  EXPECT_EQ(prior.before(day("2026-03-03"), true), 25.0);
  EXPECT_EQ(prior.before(day("2026-04-01"), true), 10.0);  // 03-01 is D-31
}

TEST(Segments, dated_is_the_slice_of_by_date_in_the_range) {
  const Policy policy;
  std::vector<Session> s{
      run("2026-03-02", SessionType::easy, 5.0), run("2026-03-04", SessionType::easy, 5.0),
      run("2026-03-04", SessionType::tempo, 5.0), run("2026-03-09", SessionType::easy, 5.0)};
  Revision r = revision_of(s, policy);
  const auto [first, last] = r.dated(day("2026-03-03"), day("2026-03-08"));
  EXPECT_EQ(std::vector<std::size_t>(first, last), (std::vector<std::size_t>{1, 2}));
  const auto [none_first, none_last] = r.dated(day("2026-03-05"), day("2026-03-08"));
  EXPECT_EQ(none_first, none_last);
}

// The pipeline before the segments: for every entry date, group the entries known then,
// run every rule over a copy of the whole plan with the sessions before the segment
// frozen, and keep the segment's sessions and warnings (docs/rules.md#new-entries).
struct FullPasses {
  std::vector<Session> sessions;
  std::vector<std::string> warnings;
};

FullPasses full_passes(const Plan& plan, const InjuryLog& log, const Policy& policy,
                       std::optional<Date> as_of) {
  Plan revised = restore_original(plan);
  for (std::size_t i = 0; i < plan.sessions.size(); ++i)
    if (as_of && plan.sessions[i].date < *as_of) revised.sessions[i] = plan.sessions[i];
  std::set<Date> dates;
  for (const auto& e : log.entries)
    if (!as_of || e.date <= *as_of) dates.insert(e.date);
  FullPasses out;
  for (auto it = dates.begin(); it != dates.end(); ++it) {
    const auto next = std::next(it);
    const Date until = next == dates.end() ? Date(boost::date_time::max_date_time) : *next;
    const Date freeze = std::max(*it + boost::gregorian::date_duration(1), as_of.value_or(*it));
    std::vector<Session> pass = revised.sessions;
    const auto episodes = adjust::group_episodes(log.entries, *it, policy);
    Revision r = revision_of(pass, policy, revised.units);
    std::stable_sort(r.by_date.begin(), r.by_date.end(),
                     [&](std::size_t a, std::size_t b) { return pass[a].date < pass[b].date; });
    for (std::size_t i = 0; i < pass.size(); ++i) {
      r.frozen[i] = pass[i].date < freeze;
      if (!r.frozen[i]) r.status[i] = adjust::day_status(episodes, pass[i].date, policy);
    }
    adjust::run_rules(r);
    auto mine = [&](std::size_t i) { return pass[i].date >= freeze && pass[i].date <= until; };
    for (std::size_t i = 0; i < pass.size(); ++i)
      if (mine(i)) revised.sessions[i] = pass[i];
    for (const auto& [i, message] : r.warnings)
      if (mine(i)) out.warnings.push_back(message);
  }
  out.sessions = std::move(revised.sessions);
  // Before the rules' warnings: those of races called off before --as-of, kept as they
  // were told (docs/rules.md, "Races called off, as built"), in plan order.
  std::vector<std::string> kept;
  for (const auto& s : plan.sessions)
    if (as_of && s.date < *as_of)
      if (auto w = called_off_warning(s)) kept.push_back(*w);
  out.warnings.insert(out.warnings.begin(), kept.begin(), kept.end());
  return out;
}

TEST(Segments, the_pipeline_revises_as_full_passes_did) {
  using namespace testing;
  for_all_cases("SegmentsMatchFullPasses", [](const Case& c) -> std::string {
    const Plan in = props::input_plan(adjust_plan, c);
    const AdjustResult got = adjust_plan(in, &c.log, c.policy, c.as_of);
    if (has_errors(got.diagnostics)) return {};  // refused: no revision to compare
    const FullPasses want = full_passes(in, c.log, c.policy, c.as_of);
    if (auto d = sessions_diff(got.revised.sessions, want.sessions); !d.empty())
      return "sessions differ: " + d;
    // Kept races', the rules', then clearance's.
    const auto& warnings = got.revised.adjusted->warnings;
    if (warnings.size() < want.warnings.size() ||
        !std::equal(want.warnings.begin(), want.warnings.end(), warnings.begin()))
      return "warnings differ";
    return {};
  });
}

// Long plans are where the pipeline leaves episodes out past their horizon and revises
// each segment over its own weeks only; the generated cases above are 4-20 weeks.
TEST(Segments, two_year_plans_with_many_episodes_revise_as_full_passes_did) {
  using namespace testing;
  for (std::uint64_t seed = 1; seed <= 6; ++seed) {
    Rng rng(20261203 + seed);
    Plan plan = gen::plan(rng);
    plan.sessions.clear();
    const Date start(2026, 3, 2);
    for (long d = 0; d < 728; ++d)
      if (rng.chance(0.85))
        plan.sessions.push_back(gen::session(rng, gen::add_days(start, d), plan.units));
    InjuryLog log;
    log.athlete = plan.athlete;
    std::vector<gen::Identity> ids(3);
    for (auto& id : ids) id = gen::identity(rng);
    for (long at = rng.between(0, 20); at < 728; at += rng.between(10, 40)) {
      const auto more = rng.chance(0.7)
                            ? gen::story(rng, rng.pick(ids), gen::add_days(start, at))
                            : gen::follow_ups(rng, rng.pick(ids), gen::add_days(start, at));
      log.entries.insert(log.entries.end(), more.begin(), more.end());
    }
    const Policy policy = rng.chance(0.5) ? Policy{} : gen::policy(rng);
    for (const std::optional<Date> as_of :
         {std::optional<Date>{}, std::optional<Date>{gen::add_days(start, 300)}}) {
      const AdjustResult got = adjust_plan(plan, &log, policy, as_of);
      if (has_errors(got.diagnostics)) continue;  // an ambiguous follow-up: refused
      const FullPasses want = full_passes(plan, log, policy, as_of);
      EXPECT_EQ(sessions_diff(got.revised.sessions, want.sessions), "") << "seed " << seed;
      const auto& warnings = got.revised.adjusted->warnings;
      ASSERT_GE(warnings.size(), want.warnings.size()) << "seed " << seed;
      EXPECT_TRUE(std::equal(want.warnings.begin(), want.warnings.end(), warnings.begin()))
          << "seed " << seed;
    }
  }
}

}  // namespace
}  // namespace planadj

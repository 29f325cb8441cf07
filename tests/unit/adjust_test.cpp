// The pipeline around the rules: episodes, as_of, several episodes, referrals,
// care advice, the header, policy overrides, idempotence.
#include <gtest/gtest.h>

#include <sstream>

#include "adjust/episodes.h"
#include "unit/adjust_fixtures.h"

namespace planadj {
namespace {

using namespace fixtures;
using Changes = std::vector<std::string>;
using T = SessionType;

// Everything a session shows, for whole-plan comparisons.
std::string describe(const Session& s, bool keys = true) {
  std::ostringstream o;
  o << boost::gregorian::to_iso_extended_string(s.date) << ' ' << name_of(s.type);
  if (s.distance) o << " d=" << *s.distance;
  if (s.duration) o << " t=" << s.duration->minutes << '/' << s.duration->text;
  if (s.terrain) o << " terrain=" << name_of(*s.terrain);
  if (s.route) o << " route=" << *s.route;
  if (s.elevation_gain) o << " gain=" << *s.elevation_gain;
  if (s.adjustment) {
    const auto& a = *s.adjustment;
    o << " [" << a.rule << ':';
    for (const auto& c : a.changes) o << c << ',';
    o << a.reason << " orig:";
    if (a.original.type) o << name_of(*a.original.type);
    if (a.original.distance) o << " d=" << *a.original.distance;
    if (a.original.duration) o << " t=" << a.original.duration->text;
    if (a.original.terrain)
      o << " terrain=" << (*a.original.terrain ? name_of(**a.original.terrain) : "absent");
    if (a.original.route) o << " route=" << *a.original.route;
    o << ']';
  }
  if (keys) {
    o << " keys:";
    for (const auto& k : s.key_order) o << k << ',';
  }
  return o.str();
}

// Key order is the writer's business: an in-memory revision keeps the keys it removed.
std::vector<std::string> describe(const Plan& p, bool keys = true) {
  std::vector<std::string> out;
  for (const auto& s : p.sessions) out.push_back(describe(s, keys));
  return out;
}

// A busy plan: 4 weeks of doubles, speedwork, hills, long runs and a race.
Plan busy_plan() {
  std::vector<Session> s;
  const char* days[] = {"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05",
                        "2026-03-06", "2026-03-07", "2026-03-08"};
  for (int w = 0; w < 4; ++w) {
    auto at = [&](int i) {
      return boost::gregorian::to_iso_extended_string(day(days[i]) +
                                                      boost::gregorian::date_duration(7 * w));
    };
    s.push_back(run(at(0).c_str(), T::rest, std::nullopt));
    s.push_back(run(at(1).c_str(), T::intervals, 9, Terrain::rolling));
    s.push_back(run(at(2).c_str(), T::easy, 7));
    s.push_back(run(at(2).c_str(), T::recovery, 4));
    Session tempo = run(at(3).c_str(), T::tempo, std::nullopt);
    tempo.duration = Duration{45, "45min"};
    tempo.key_order.push_back("duration");
    s.push_back(tempo);
    s.push_back(run(at(4).c_str(), T::cross_training, std::nullopt));
    Session hills = run(at(5).c_str(), T::hill_repeats, 8, Terrain::hilly);
    hills.route = "Cemetery hill";
    hills.elevation_gain = 240;
    hills.key_order.push_back("route");
    hills.key_order.push_back("elevation_gain");
    s.push_back(hills);
    s.push_back(run(at(6).c_str(), w == 3 ? T::race : T::long_run, 12 + 2 * w));
  }
  return plan_of(s);
}

InjuryLog busy_log() {
  auto a1 = entry("2026-03-01", InjuryKind::achilles_tendinopathy, 4);
  a1.persists = true;
  auto a2 = entry("2026-03-04", InjuryKind::achilles_tendinopathy, 1);
  auto a3 = entry("2026-03-09", InjuryKind::achilles_tendinopathy, 0);
  a3.resolved = true;
  auto h = entry("2026-03-10", InjuryKind::muscle_strain, 5, Side::right);
  h.location = "hamstring";
  return log_of({a1, a2, a3, h});
}

// ---- episodes ----------------------------------------------------------------

TEST(Episodes, group_by_injury_side_location_and_reopen_after_close) {
  auto resolved = entry("2026-03-05", InjuryKind::itbs, 0);
  resolved.resolved = true;
  auto calf = entry("2026-03-02", InjuryKind::muscle_strain, 2);
  calf.location = "calf";
  auto hamstring = entry("2026-03-02", InjuryKind::muscle_strain, 2);
  hamstring.location = "hamstring";
  const auto eps = adjust::group_episodes(
      {entry("2026-03-09", InjuryKind::itbs, 3), entry("2026-03-01", InjuryKind::itbs, 0),
       entry("2026-03-03", InjuryKind::itbs, 2), resolved, calf, hamstring,
       entry("2026-03-03", InjuryKind::itbs, 2, Side::right),
       entry("2026-04-01", InjuryKind::itbs, 9)},
      day("2026-03-31"));
  ASSERT_EQ(eps.size(), 5u);
  EXPECT_EQ(eps[0].location, std::string("calf"));
  EXPECT_EQ(eps[1].location, std::string("hamstring"));
  EXPECT_EQ(eps[2].entries.size(), 2u);  // 03-03 .. 03-05; the pain-0 03-01 opens nothing
  EXPECT_TRUE(eps[2].closed);
  EXPECT_EQ(eps[3].side, Side::right);
  EXPECT_EQ(eps[4].first_date(), day("2026-03-09"));  // a new episode after the close
  EXPECT_EQ(eps[4].entries.size(), 1u);               // 04-01 is after as_of
}

TEST(Episodes, bone_episode_closes_only_at_clearance) {
  auto r = entry("2026-03-03", InjuryKind::stress_fracture, 0);
  r.resolved = true;
  auto c = entry("2026-03-10", InjuryKind::stress_fracture, 0);
  c.cleared = true;
  const auto eps = adjust::group_episodes(
      {entry("2026-03-01", InjuryKind::stress_fracture, 0), r, c}, std::nullopt);
  ASSERT_EQ(eps.size(), 1u);
  EXPECT_EQ(eps[0].entries.size(), 3u);
  EXPECT_TRUE(eps[0].closed);
}

// ---- as_of, several episodes, causality ---------------------------------------

TEST(Adjust, as_of_freezes_earlier_sessions_and_ignores_later_entries) {
  auto persists = entry("2026-03-01", InjuryKind::achilles_tendinopathy, 4);
  persists.persists = true;
  auto pop = entry("2026-03-04", InjuryKind::achilles_tendinopathy, 6);
  pop.pop_or_snap = true;
  Plan p = plan_of(daily("2026-03-01", "2026-03-06", T::easy, 10));
  p.sessions[0].type = T::tempo;  // an earlier revision left here stays as it is
  p.sessions[0].adjustment = Adjustment{"reduced-load", {"x"}, "why", {}};
  const Plan r = adjusted(p, log_of({persists, pop}), Policy{}, day("2026-03-03"));
  EXPECT_EQ(describe(on(r, "2026-03-01")), describe(p.sessions[0]));
  EXPECT_FALSE(on(r, "2026-03-02").adjustment);  // before as_of
  EXPECT_EQ(rule(on(r, "2026-03-03")), "acute-rest");
  EXPECT_EQ(rule(on(r, "2026-03-05")), "reduced-load");  // the 03-04 pop is not known yet
  // The status on --as-of is kept for the batch report, not written in the header.
  ASSERT_EQ(r.adjusted->injuries.size(), 1u);
  EXPECT_EQ(r.adjusted->injuries[0].status, "acute-rest");
  EXPECT_TRUE(r.adjusted->referrals.empty());
}

TEST(Adjust, several_episodes_strictest_wins_and_volume_takes_the_minimum) {
  auto ham = entry("2026-03-01", InjuryKind::muscle_strain, 5);
  ham.location = "hamstring";
  const Plan p = plan_of({run("2026-03-03", T::easy, 10, Terrain::hilly)});
  const Plan r =
      adjusted(p, log_of({entry("2026-03-01", InjuryKind::achilles_tendinopathy, 2), ham}));
  const Session& s = on(r, "2026-03-03");
  EXPECT_EQ(s.distance, 7.0);           // min(0.8, 0.7)
  EXPECT_EQ(s.terrain, Terrain::flat);  // the Achilles asks for flat routes
  EXPECT_EQ(s.adjustment->reason,
            "Hamstring strain (left), pain 5/10 on 2026-03-01: reduce load, no speedwork, "
            "flat routes for Achilles tendinopathy (left)");

  ham.persists = true;  // now one episode is in acute rest: it wins
  const Plan r2 =
      adjusted(p, log_of({entry("2026-03-01", InjuryKind::achilles_tendinopathy, 2), ham}));
  EXPECT_EQ(rule(on(r2, "2026-03-03")), "acute-rest");
  EXPECT_EQ(r2.adjusted->injuries.size(), 2u);
}

TEST(Adjust, later_entries_never_change_earlier_sessions) {
  const Plan p = busy_plan();
  InjuryLog log = busy_log();
  const Plan before = adjusted(p, log);
  auto pop = entry("2026-03-18", InjuryKind::itbs, 8);
  pop.pop_or_snap = true;
  log.entries.push_back(pop);
  const Plan after = adjusted(p, log);
  for (std::size_t i = 0; i < p.sessions.size(); ++i)
    if (p.sessions[i].date <= day("2026-03-18")) {
      EXPECT_EQ(describe(after.sessions[i]), describe(before.sessions[i]));
    }
  EXPECT_EQ(rule(on(after, "2026-03-19")), "acute-rest");
}

// ---- invariants on a busy plan -------------------------------------------------

TEST(Adjust, adjusting_a_revision_gives_the_same_revision) {
  const Plan p = busy_plan();
  const InjuryLog log = busy_log();
  for (auto as_of : {std::optional<Date>{}, std::optional<Date>{day("2026-03-06")}}) {
    const Plan once = adjusted(p, log, Policy{}, as_of);
    const Plan twice = adjusted(once, log, Policy{}, as_of);
    EXPECT_EQ(describe(twice, false), describe(once, false));
    EXPECT_EQ(describe(restore_original(once)), describe(p));
  }
}

TEST(Adjust, no_injuries_leaves_sessions_unchanged_with_a_header) {
  const Plan p = busy_plan();
  const auto res = adjust_plan(p, nullptr, Policy{}, std::nullopt);
  EXPECT_EQ(describe(res.revised), describe(p));
  ASSERT_TRUE(res.revised.adjusted);
  EXPECT_EQ(res.revised.adjusted->by, "plan-adjust 0.1.0");
  EXPECT_EQ(res.revised.adjusted->notice,
            "guidance from general running-coach advice, not medical advice");
  EXPECT_EQ(res.revised.adjusted->summary.sessions_changed, 0);
  const InjuryLog empty = log_of({});
  EXPECT_EQ(describe(adjusted(p, empty)), describe(p));
}

TEST(Adjust, athlete_mismatch_is_an_error) {
  const InjuryLog log = log_of({entry("2026-03-01", InjuryKind::itbs, 2)}, "sam-lee");
  const auto res = adjust_plan(busy_plan(), &log, Policy{}, std::nullopt);
  ASSERT_TRUE(has_errors(res.diagnostics));
  EXPECT_EQ(res.diagnostics[0].message,
            "injury log is for athlete 'sam-lee' but the plan is for 'jane-doe'");
}

TEST(Adjust, summary_counts_what_changed) {
  const Plan r = adjusted(busy_plan(), busy_log());
  const Summary& s = r.adjusted->summary;
  int changed = 0;
  for (const auto& x : r.sessions) changed += x.adjustment ? 1 : 0;
  EXPECT_EQ(s.sessions_changed, changed);
  EXPECT_GT(s.rest_days_inserted, 0);
  EXPECT_GT(s.speedwork_replaced, 0);
  EXPECT_GT(s.routes_flattened, 0);
  EXPECT_LT(s.volume_after, s.volume_before);
  EXPECT_DOUBLE_EQ(s.volume_before, 4 * (9 + 7 + 4 + 8) + 12 + 14 + 16 + 18);
}

// ---- policy -----------------------------------------------------------------

TEST(Adjust, policy_overrides_change_the_numbers) {
  Policy p;
  p.pain_moderate_from = 3;
  p.rest_days_persists = 4;
  p.volume_moderate = 0.6;
  p.rounding_distance = 0.5;
  auto e = entry("2026-03-01", InjuryKind::itbs, 3);
  e.persists = true;
  const Plan r = adjusted(plan_of({run("2026-03-05", T::easy, 10), run("2026-03-06", T::easy, 9)}),
                          log_of({e}), p);
  EXPECT_EQ(rule(on(r, "2026-03-05")), "acute-rest");  // 4 days, not 3
  EXPECT_EQ(on(r, "2026-03-06").distance, 5.5);        // 9 x 0.6 = 5.4 -> 5.5
}

TEST(Adjust, replace_runs_with_cross_training) {
  Policy p;
  p.replace_runs_with = Replacement::cross_training;
  auto e = entry("2026-03-01", InjuryKind::itbs, 8);
  Session tempo = run("2026-03-03", T::tempo, std::nullopt);
  tempo.duration = Duration{45, "45min"};
  const Plan r = adjusted(plan_of({tempo}), log_of({e}), p);
  const Session& s = on(r, "2026-03-03");
  EXPECT_EQ(s.type, T::cross_training);
  EXPECT_EQ(s.duration->minutes, 45);
  EXPECT_EQ(changes(s), Changes{"to_cross_training"});
}

// ---- header: referrals, injuries, care ------------------------------------------

TEST(Adjust, referrals_for_each_reason) {
  auto severe = entry("2026-03-01", InjuryKind::itbs, 8);
  auto pop = entry("2026-03-02", InjuryKind::runners_knee, 3);
  pop.pop_or_snap = true;
  auto p1 = entry("2026-03-01", InjuryKind::plantar_fasciitis, 3);
  p1.persists = true;
  auto p2 = entry("2026-03-08", InjuryKind::plantar_fasciitis, 3);
  p2.persists = true;  // 7 days apart: not yet
  auto p3 = entry("2026-03-09", InjuryKind::plantar_fasciitis, 3);
  p3.persists = true;  // 8 days: more than 7
  auto bone = entry("2026-03-03", InjuryKind::bone_bruise, 2, std::nullopt);
  const Plan r = adjusted(plan_of({}), log_of({severe, pop, p1, p2, p3, bone}));
  const auto& refs = r.adjusted->referrals;
  ASSERT_EQ(refs.size(), 4u);
  EXPECT_EQ(refs[0].injury, InjuryKind::itbs);
  EXPECT_EQ(refs[0].reason, "severe pain (8/10): see a medical professional");
  EXPECT_EQ(refs[1].reason, "felt a pop or snap: see a medical professional");
  EXPECT_EQ(refs[2].injury, InjuryKind::bone_bruise);
  EXPECT_EQ(refs[2].reason, "possible bone injury: stop running and see a doctor");
  EXPECT_EQ(refs[3].date, day("2026-03-09"));
  EXPECT_EQ(refs[3].reason,
            "pain persisting for more than 7 days (since 2026-03-01): see a medical professional");
}

TEST(Adjust, injuries_report_status_phases_and_care_as_in_spec_example) {
  auto a1 = entry("2026-03-01", InjuryKind::achilles_tendinopathy, 4);
  a1.persists = true;
  auto a2 = entry("2026-03-04", InjuryKind::achilles_tendinopathy, 1);
  auto a3 = entry("2026-03-09", InjuryKind::achilles_tendinopathy, 0);
  a3.resolved = true;
  const Plan r = adjusted(plan_of({}), log_of({a1, a2, a3}), Policy{}, day("2026-03-05"));
  const auto& inj = r.adjusted->injuries.at(0);
  EXPECT_EQ(inj.status, "reduced-load");
  ASSERT_EQ(inj.phases.size(), 3u);
  EXPECT_EQ(inj.phases[0].rule, "acute-rest");
  EXPECT_EQ(inj.phases[0].from, day("2026-03-02"));
  EXPECT_EQ(inj.phases[0].to, day("2026-03-04"));
  EXPECT_EQ(inj.phases[1].rule, "reduced-load");
  EXPECT_EQ(inj.phases[1].to, day("2026-03-11"));
  EXPECT_EQ(inj.phases[2].rule, "return-ramp");
  EXPECT_EQ(inj.phases[2].from, day("2026-03-12"));
  EXPECT_EQ(inj.phases[2].to, day("2026-03-25"));
  EXPECT_EQ(inj.care,
            (std::vector<std::string>{
                "ice the sore area 10-15 min, 2-3 times a day while it is inflamed",
                "foam roll the calves 30-60 s each; never roll the injured tendon itself",
                "wear supportive shoes when not running; avoid flip-flops and flat sandals",
                "eccentric heel drops, daily, and keep doing them after the pain is gone"}));

  // With every entry known, resolution on 03-09 ends reduced-load early.
  const Plan all = adjusted(plan_of({}), log_of({a1, a2, a3}));
  const auto& done = all.adjusted->injuries.at(0);
  EXPECT_EQ(done.status, "return-ramp");
  EXPECT_EQ(done.phases[1].to, day("2026-03-09"));
  EXPECT_EQ(done.phases[2].to, day("2026-03-23"));
}

std::vector<std::string> care_for(InjuryKind k, std::optional<std::string> location = {}) {
  auto e = entry("2026-03-01", k, 2);
  e.location = location;
  return adjusted(plan_of({}), log_of({e})).adjusted->injuries.at(0).care;
}

bool has(const std::vector<std::string>& care, const std::string& text) {
  for (const auto& c : care)
    if (c.find(text) != std::string::npos) return true;
  return false;
}

TEST(Adjust, care_advice_follows_the_seed_per_injury) {
  const auto itbs = care_for(InjuryKind::itbs);
  EXPECT_TRUE(has(itbs, "gently"));
  EXPECT_TRUE(has(itbs, "clamshells, banded walks and glute bridges"));
  EXPECT_TRUE(has(itbs, "not a license to run through a severe injury"));
  EXPECT_FALSE(has(itbs, "supportive shoes"));

  const auto pf = care_for(InjuryKind::plantar_fasciitis);
  EXPECT_TRUE(has(pf, "foam roll the calves"));
  EXPECT_TRUE(has(pf, "towel scrunches"));
  EXPECT_TRUE(has(pf, "supportive shoes"));
  EXPECT_FALSE(has(pf, "kinesiology"));

  const auto knee = care_for(InjuryKind::runners_knee);
  EXPECT_TRUE(has(knee, "never roll the injured site"));
  EXPECT_TRUE(has(knee, "kinesiology tape"));

  EXPECT_TRUE(has(care_for(InjuryKind::sprain, "ankle"), "supportive shoes"));
  EXPECT_FALSE(has(care_for(InjuryKind::muscle_strain, "hamstring"), "supportive shoes"));
  EXPECT_TRUE(has(care_for(InjuryKind::muscle_strain, "hamstring"), "kinesiology tape"));

  const auto bone = care_for(InjuryKind::stress_fracture, "foot");
  EXPECT_EQ(bone, (std::vector<std::string>{"stop running and see a doctor for a diagnosis",
                                            "do not foam roll over a bone injury"}));
  EXPECT_FALSE(has(bone, "ice"));
}

}  // namespace
}  // namespace planadj

namespace planadj {
namespace {

using namespace fixtures;

// ---- care by phase (docs/rules.md#care-advice, v2) -------------------------------------

TEST(CareByPhase, ClearedBoneInjuryGetsReturnAdviceNotStopRunning) {
  auto e1 = entry("2026-04-21", InjuryKind::stress_fracture, 5);
  e1.location = "foot";
  auto e2 = e1;
  e2.date = day("2026-05-12");
  e2.pain = 0;
  e2.cleared = true;
  const auto stopped = adjusted(plan_of({}), log_of({e1})).adjusted->injuries.at(0).care;
  EXPECT_EQ(stopped.at(0), "stop running and see a doctor for a diagnosis");
  const auto cleared = adjusted(plan_of({}), log_of({e1, e2})).adjusted->injuries.at(0).care;
  EXPECT_EQ(cleared, (std::vector<std::string>{
                         "cleared to run: build back up as gradually as the plan does, and see "
                         "the doctor again if the pain comes back",
                         "do not foam roll over a bone injury"}));
}

TEST(CareByPhase, IceOnlyWhileInflamed) {
  auto e1 = entry("2026-03-01", InjuryKind::itbs, 3);
  auto e2 = entry("2026-03-05", InjuryKind::itbs, 0);
  e2.resolved = true;
  const auto reduced = adjusted(plan_of({}), log_of({e1})).adjusted->injuries.at(0).care;
  EXPECT_EQ(reduced.at(0), "ice the sore area 10-15 min, 2-3 times a day while it is inflamed");
  const auto ramp = adjusted(plan_of({}), log_of({e1, e2})).adjusted->injuries.at(0).care;
  for (const auto& line : ramp) EXPECT_EQ(line.find("ice the sore area"), std::string::npos);
  EXPECT_EQ(ramp.size(), reduced.size() - 1);
}

TEST(CareByPhase, NoHeelDropsWhileAFootStressFractureIsInBoneStop) {
  auto achilles = entry("2026-03-01", InjuryKind::achilles_tendinopathy, 3);
  auto foot = entry("2026-03-03", InjuryKind::stress_fracture, 4);
  foot.location = "foot";
  const auto both = adjusted(plan_of({}), log_of({achilles, foot})).adjusted->injuries;
  ASSERT_EQ(both.size(), 2u);
  for (const auto& line : both[0].care) EXPECT_EQ(line.find("heel drops"), std::string::npos);
  // Cleared: the heel drops come back.
  auto cleared = foot;
  cleared.date = day("2026-03-10");
  cleared.pain = 0;
  cleared.cleared = true;
  const auto after = adjusted(plan_of({}), log_of({achilles, foot, cleared})).adjusted->injuries;
  EXPECT_EQ(after[0].care.back(),
            "eccentric heel drops, daily, and keep doing them after the pain is gone");
}

TEST(CareByPhase, HipExercisesStayForAFootBoneStop) {
  auto pf = entry("2026-03-01", InjuryKind::plantar_fasciitis, 3);
  auto foot = entry("2026-03-02", InjuryKind::stress_fracture, 4);
  foot.location = "foot";
  const auto care = adjusted(plan_of({}), log_of({pf, foot})).adjusted->injuries.at(0).care;
  EXPECT_EQ(care.back(),
            "clamshells, banded walks and glute bridges, daily, and keep doing them after the "
            "pain is gone");
}

}  // namespace
}  // namespace planadj

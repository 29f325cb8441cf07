// Test support: generate a realistic roster folder (real YAML plans and injury logs)
// for batch tests and the benchmark.
#pragma once

#include <boost/date_time/gregorian/gregorian.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace planadj::testing {

/// `athlete-0042`: ids that sort in number order.
inline std::string athlete_id(int i) {
  std::ostringstream s;
  s << "athlete-" << (i < 1000 ? (i < 100 ? (i < 10 ? "000" : "00") : "0") : "") << i;
  return s.str();
}

/// A plan of `weeks` weeks from Monday 2026-03-02: five sessions a week, with
/// speedwork, hilly long runs and a duration-only tempo, varied by `seed`.
inline std::string plan_yaml(const std::string& athlete, int seed, int weeks = 12) {
  using boost::gregorian::date;
  using boost::gregorian::days;
  const date monday(2026, 3, 2);
  const int base = 6 + seed % 5;
  std::ostringstream y;
  y << "version: 1\nathlete: " << athlete << "\nname: Spring Half Marathon\nunits: km\n"
    << "sessions:\n";
  for (int w = 0; w < weeks; ++w) {
    const date d = monday + days(7 * w);
    auto day = [&](int offset) {
      return boost::gregorian::to_iso_extended_string(d + days(offset));
    };
    y << "  - date: " << day(1) << "\n    type: intervals\n    distance: " << base + 2
      << "\n    terrain: hilly\n    route: Ridge loop\n"
      << "    description: 6 x 800 m at 5K pace, 400 m jog\n";
    y << "  - date: " << day(2) << "\n    type: easy\n    distance: " << base
      << ".5\n    terrain: flat\n    route: River path\n";
    y << "  - date: " << day(3) << "\n    type: tempo\n    duration: 45min\n"
      << "    description: 20 min at threshold\n";
    y << "  - date: " << day(5) << "\n    type: easy\n    distance: " << base - 1
      << "\n    terrain: rolling\n";
    y << "  - date: " << day(6) << "\n    type: long\n    distance: " << base * 2 + w % 4
      << "\n    terrain: hilly\n    elevation_gain: 320\n    route: Forest trails\n";
  }
  return y.str();
}

/// An injury log with a few entries; some severe (a referral), some bone.
inline std::string injuries_yaml(const std::string& athlete, int seed) {
  const bool bone = seed % 17 == 0;
  const int pain = seed % 10 == 0 ? 8 : 2 + seed % 4;
  std::ostringstream y;
  y << "version: 1\nathlete: " << athlete << "\nentries:\n";
  y << "  - date: 2026-03-1" << seed % 8 << "\n    injury: "
    << (bone            ? "stress_fracture"
        : seed % 3 == 0 ? "itbs"
                        : "achilles_tendinopathy")
    << "\n    side: left\n    pain: " << pain
    << "\n    persists: " << (seed % 4 == 0 ? "true" : "false")
    << "\n    notes: sharp at the start, eased off\n";
  y << "  - date: 2026-03-2" << seed % 8 << "\n    injury: "
    << (bone            ? "stress_fracture"
        : seed % 3 == 0 ? "itbs"
                        : "achilles_tendinopathy")
    << "\n    side: left\n    pain: " << (bone ? 2 : 1) << "\n";
  return y.str();
}

/// Writes `count` athletes under `dir` (created); every second one has an injury log.
inline void write_roster(const std::string& dir, int count, int weeks = 12) {
  for (int i = 0; i < count; ++i) {
    const std::string id = athlete_id(i);
    std::filesystem::create_directories(dir + "/" + id);
    std::ofstream(dir + "/" + id + "/plan.yaml") << plan_yaml(id, i, weeks);
    if (i % 2 == 0) std::ofstream(dir + "/" + id + "/injuries.yaml") << injuries_yaml(id, i);
  }
}

}  // namespace planadj::testing

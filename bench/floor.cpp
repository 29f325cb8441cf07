// The floor `make bench` measures the batch against (docs/performance.md): a bare
// yaml-cpp round trip of a roster, single-threaded. For each athlete folder of ROSTER
// it loads plan.yaml and injuries.yaml (when there is one) with YAML::LoadFile and
// writes the plan back through YAML::Emitter to OUT/<athlete>/plan.yaml; no rules, no
// checks, no temporary file, no fsync.
//
//   planadj_floor ROSTER OUT
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr int kUsage = 2;

std::size_t round_trip(const fs::path& athlete, const fs::path& out) {
  const YAML::Node plan = YAML::LoadFile((athlete / "plan.yaml").string());
  const fs::path log = athlete / "injuries.yaml";
  std::size_t entries = 0;
  if (fs::exists(log)) entries = YAML::LoadFile(log.string())["entries"].size();
  YAML::Emitter emitter;
  emitter << plan;
  fs::create_directories(out);
  std::ofstream(out / "plan.yaml", std::ios::binary) << emitter.c_str() << '\n';
  return entries;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: planadj_floor ROSTER OUT\n";
    return kUsage;
  }
  const fs::path roster = argv[1], out = argv[2];
  std::vector<fs::path> athletes;
  for (const auto& e : fs::directory_iterator(roster))
    if (e.is_directory()) athletes.push_back(e.path());
  std::sort(athletes.begin(), athletes.end());
  std::size_t entries = 0;
  for (const auto& a : athletes) entries += round_trip(a, out / a.filename());
  std::cout << athletes.size() << " athletes, " << entries << " log entries\n";
  return 0;
}

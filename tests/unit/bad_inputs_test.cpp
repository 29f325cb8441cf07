// Every file under tests/data/bad is refused with the first error its README row
// names: the README is the catalogue of docs/formats.md#limits cases and stays true.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <sstream>

#include "planadj/readers.h"

namespace planadj {
namespace {

const std::string kDir = std::string(PLANADJ_SOURCE_DIR) + "/tests/data/bad/";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct Row {
  std::string file, kind, first_error;
};

std::vector<Row> readme_rows() {
  std::istringstream in(slurp(kDir + "README.md"));
  std::vector<Row> rows;
  for (std::string line; std::getline(in, line);) {
    const auto tick = line.find('`');
    if (line.rfind("| ", 0) != 0 || tick == std::string::npos) continue;
    const auto bar1 = line.find(" | ", 2), bar2 = line.find(" | ", bar1 + 3);
    rows.push_back({line.substr(2, bar1 - 2), line.substr(bar1 + 3, bar2 - bar1 - 3),
                    line.substr(tick + 1, line.rfind('`') - tick - 1)});
  }
  return rows;
}

Diagnostics parse_as(const std::string& kind, const std::string& text, const std::string& name) {
  if (kind == "plan") return parse_plan(text, name).diagnostics;
  if (kind == "injury-log") return parse_injury_log(text, name).diagnostics;
  if (kind == "policy") return parse_policy(text, name).diagnostics;
  if (kind == "roster") return parse_roster(text, name).diagnostics;
  ADD_FAILURE() << "unknown kind in README: " << kind;
  return {};
}

TEST(BadInputs, ReadmeListsEveryFixture) {
  const auto rows = readme_rows();
  EXPECT_GE(rows.size(), 40u);
  for (const auto& row : rows) EXPECT_TRUE(std::ifstream(kDir + row.file).good()) << row.file;
}

TEST(BadInputs, EachFixtureFailsWithItsDocumentedFirstError) {
  for (const auto& row : readme_rows()) {
    SCOPED_TRACE(row.file);
    const auto ds = parse_as(row.kind, slurp(kDir + row.file), row.file);
    ASSERT_TRUE(has_errors(ds));
    std::string first;
    for (const auto& d : ds)
      if (d.severity == Severity::error) {
        first = d.str();
        break;
      }
    EXPECT_EQ(first, row.first_error);
  }
}

TEST(BadInputs, EveryFixtureIsRefusedWhateverItIsReadAs) {
  // No reader may accept garbage, crash on it or hang, whichever kind it expects.
  for (const auto& row : readme_rows()) {
    const std::string text = slurp(kDir + row.file);
    for (const char* kind : {"plan", "injury-log", "policy", "roster"}) {
      SCOPED_TRACE(row.file + " as " + kind);
      EXPECT_TRUE(has_errors(parse_as(kind, text, row.file)));
    }
  }
}

}  // namespace
}  // namespace planadj

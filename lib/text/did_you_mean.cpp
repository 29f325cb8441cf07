#include "planadj/did_you_mean.h"

#include <algorithm>

#include "planadj/letter_case.h"

namespace planadj {
namespace {

std::string spelling_key(std::string_view s) {
  std::string out = lower(std::string(s));
  // Coaches write `hill-repeats` and `Hill Repeats` for `hill_repeats`.
  std::replace(out.begin(), out.end(), '-', '_');
  std::replace(out.begin(), out.end(), ' ', '_');
  return out;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::optional<std::string> closest_name(std::string_view typed,
                                        const std::vector<std::string_view>& names) {
  if (typed.empty() || typed.size() > 64) return std::nullopt;
  const std::string t = spelling_key(typed);
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  bool tie = false;
  for (const auto name : names) {
    const std::size_t d = edit_distance(t, name);
    if (!best || d < best_distance) {
      best = std::string(name), best_distance = d, tie = false;
    } else if (d == best_distance) {
      tie = true;
    }
  }
  // Allow about one typo in three letters, at least two.
  const std::size_t allowed = std::max<std::size_t>(2, t.size() / 3);
  if (best && best_distance <= allowed && !tie) return best;
  // `achilles` for `achilles_tendinopathy`: a unique name that contains the text.
  if (t.size() >= 3) {
    std::optional<std::string> containing;
    for (const auto name : names) {
      if (name.find(t) == std::string_view::npos) continue;
      if (containing) return std::nullopt;
      containing = std::string(name);
    }
    if (containing) return containing;
  }
  // `long_run` for `long`: a unique name that begins the text, up to a word break.
  std::optional<std::string> beginning;
  for (const auto name : names) {
    if (name.size() < 3 || t.size() <= name.size() || t.compare(0, name.size(), name) != 0 ||
        t[name.size()] != '_')
      continue;
    if (beginning) return std::nullopt;
    beginning = std::string(name);
  }
  if (beginning) return beginning;
  // `long_run_cap` for `long_run_growth_cap`: a unique name holding every word.
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i <= t.size();) {
    const std::size_t end = std::min(t.find('_', i), t.size());
    if (end > i) words.push_back(std::string_view(t).substr(i, end - i));
    i = end + 1;
  }
  if (words.size() < 2) return std::nullopt;
  std::optional<std::string> holding;
  for (const auto name : names) {
    const bool all = std::all_of(words.begin(), words.end(), [&](std::string_view w) {
      return name.find(w) != std::string_view::npos;
    });
    if (!all) continue;
    if (holding) return std::nullopt;
    holding = std::string(name);
  }
  return holding;
}

std::string suggestion(std::string_view typed, const std::vector<std::string_view>& names,
                       const Aliases& aliases) {
  const std::string key = spelling_key(typed);
  for (const auto& [alias, name] : aliases)
    if (key == alias) return " (did you mean '" + std::string(name) + "'?)";
  if (const auto name = closest_name(typed, names)) return " (did you mean '" + *name + "'?)";
  std::string out = " (expected one of: ";
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) out += ", ";
    out += names[i];
  }
  return out + ")";
}

}  // namespace planadj

#include "adjust/session_text.h"

#include "planadj/duration_text.h"
#include "planadj/number_text.h"
#include "planadj/session_words.h"

namespace planadj::adjust {

std::string type_in_words(SessionType t) { return std::string(words_of(t)); }

std::string run_in_words(const Session& run, Units units) {
  if (run.description && !run.description->empty()) return *run.description;
  std::string out = type_in_words(run.type);
  if (run.distance)
    out += ", " + shortest_number(*run.distance) + " " + std::string(name_of(units));
  else if (run.duration)
    out += ", " + duration_in_style(run.duration->minutes, run.duration->text);
  return out;
}

std::string replaced_run_description(const Session& run, bool cross_training, Units units) {
  return std::string(cross_training ? "Cross-training" : "Rest day") +
         ", instead of: " + run_in_words(run, units);
}

std::string eased_run_description(const Session& speedwork, bool flattened, Units units) {
  return std::string("Easy run") + (flattened ? ", flat" : "") +
         ", instead of: " + run_in_words(speedwork, units);
}

}  // namespace planadj::adjust

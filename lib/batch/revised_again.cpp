// A run without --as-of over a previous revision revises every session again, past ones
// included (docs/batch.md#without---as-of): this counts the sessions the athlete was already
// sent that came out different, so the run can say so.
#include <map>
#include <string>
#include <utility>

#include "planadj/revise.h"
#include "planadj/writers.h"

namespace planadj {
namespace {

// What the athlete reads of a session: its day, type, numbers, terrain, route, text and
// why it changed. Two sessions with the same print the same.
std::string what_the_athlete_reads(const Session& s) {
  std::string out = std::string(name_of(s.type));
  out += '|' + (s.distance ? format_number(*s.distance) : "");
  out += '|' + (s.duration ? format_number(s.duration->minutes) : "");
  out += '|' + (s.terrain ? std::string(name_of(*s.terrain)) : "");
  out += '|' + s.route.value_or("") + '|' + s.description.value_or("");
  out += '|' + (s.elevation_gain ? format_number(*s.elevation_gain) : "");
  out += '|' + (s.adjustment ? s.adjustment->rule : "");
  return out;
}

}  // namespace

SentSessions sent_sessions(const std::vector<Session>& previous) {
  SentSessions out;
  std::map<Date, int> seen;
  for (const Session& s : previous) out[{s.date, seen[s.date]++}] = what_the_athlete_reads(s);
  return out;
}

std::size_t sessions_changed_since(const SentSessions& sent, const std::vector<Session>& revised) {
  const SentSessions now = sent_sessions(revised);
  std::size_t changed = 0;
  for (const auto& [day, text] : sent) {
    const auto it = now.find(day);
    if (it == now.end() || it->second != text) ++changed;
  }
  return changed;
}

}  // namespace planadj

// New, standing or closed (docs/batch.md#states): each athlete's referrals and warnings
// tonight against what the previous run reported of them, remembered in the athlete's
// output folder (kReportedFile), so the morning report says what is new, what stands,
// and what has closed, and a closed referral is shown once and then gone.
#include <array>
#include <set>
#include <string>

#include "planadj/batch.h"
#include "planadj/date_text.h"
#include "planadj/enum_words.h"
#include "planadj/injury_label.h"

namespace planadj::batch {

using namespace std::literals;
namespace {

// The memory's three kinds of line: a referral reported open, a referral reported
// closed (so it is not shown again), a warning reported.
constexpr std::string_view kReferral = "referral ", kClosed = "closed ", kWarning = "warning ";

// A notice as one line of the memory: a line break in it (none is expected) would
// split it in two.
std::string one_line(std::string s) {
  for (auto& c : s)
    if (c == '\n' || c == '\r') c = ' ';
  return s;
}

struct Memory {
  std::set<std::string, std::less<>> referrals, closed, warnings;
  std::vector<std::string> warning_order;  ///< as remembered, for the warnings closed
};

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// A line of another kind (a later version's, a hand edit) is ignored: at worst a notice
// is called new once more.
Memory read_memory(std::string_view text) {
  Memory m;
  while (!text.empty()) {
    const auto end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    if (starts_with(line, kReferral)) {
      m.referrals.emplace(line.substr(kReferral.size()));
    } else if (starts_with(line, kClosed)) {
      m.closed.emplace(line.substr(kClosed.size()));
    } else if (starts_with(line, kWarning)) {
      const std::string w(line.substr(kWarning.size()));
      if (m.warnings.insert(w).second) m.warning_order.push_back(w);
    }
  }
  return m;
}

}  // namespace

std::string_view name_of(NoticeState s) {
  // Indexed by NoticeState (planadj/batch.h).
  static constexpr std::array kNames{"new"sv, "standing"sv, "closed"sv};
  static_assert(kNames.size() == enum_count(NoticeState::closed), "one name per state");
  return word_of(kNames, s);
}

std::string referral_text(const Referral& r) {
  return injury_label(r.injury, r.side, r.location) + ", " + iso_date(r.date) + ": " + r.reason;
}

NoticeState state_at(const std::vector<NoticeState>& states, std::size_t i) {
  return i < states.size() ? states[i] : NoticeState::new_tonight;
}

std::string state_tag(NoticeState state, const Referral* r) {
  if (state != NoticeState::closed || !r || !r->closed)
    return "(" + std::string(name_of(state)) + ")";
  std::string tag = std::string("(closed: ") +
                    (r->cleared ? "cleared by a clinician" : "resolved") + " on " +
                    iso_date(*r->closed);
  if (r->closed_note) tag += ", " + *r->closed_note;
  return tag + ")";
}

std::string apply_notice_states(AthleteRecord& record, std::string_view memory) {
  const Memory before = read_memory(memory);
  std::string tonight;
  auto remember = [&](std::string_view kind, const std::string& key) {
    tonight.append(kind).append(key).push_back('\n');
  };

  std::vector<Referral> shown;
  record.referral_states.clear();
  for (Referral& r : record.referrals) {
    const std::string key = one_line(referral_text(r));
    if (r.closed) {
      // Closed: said the night it closes, then remembered as closed and not shown again.
      remember(kClosed, key);
      if (before.closed.count(key)) continue;
      record.referral_states.push_back(NoticeState::closed);
    } else {
      remember(kReferral, key);
      record.referral_states.push_back(before.referrals.count(key) ? NoticeState::standing
                                                                   : NoticeState::new_tonight);
    }
    shown.push_back(std::move(r));
  }
  record.referrals = std::move(shown);

  std::set<std::string, std::less<>> raised;
  record.warning_states.clear();
  for (const std::string& w : record.warnings) {
    const std::string key = one_line(w);
    if (raised.insert(key).second) remember(kWarning, key);
    record.warning_states.push_back(before.warnings.count(key) ? NoticeState::standing
                                                               : NoticeState::new_tonight);
  }
  // An athlete whose files failed tonight raised only some of its warnings, if any: none
  // of the others is closed for that, and they stay remembered.
  record.warnings_closed.clear();
  for (const std::string& w : before.warning_order) {
    if (raised.count(w)) continue;
    if (record.status == AthleteStatus::error)
      remember(kWarning, w);
    else
      record.warnings_closed.push_back(w);
  }
  return tonight;
}

}  // namespace planadj::batch

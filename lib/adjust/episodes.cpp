#include "adjust/episodes.h"

#include <algorithm>

#include "adjust/fixed_numbers.h"
#include "adjust/reason.h"
#include "planadj/adjust.h"
#include "planadj/date_text.h"
#include "planadj/joined.h"

namespace planadj::adjust {

bool Episode::bone() const {
  return std::any_of(entries.begin(), entries.end(), [](const InjuryEntry& e) { return e.bone(); });
}

namespace {

// Symptoms of a soft-tissue injury reported on the entry itself.
bool symptoms(const InjuryEntry& e) {
  return e.pain >= 1 || e.pop_or_snap || e.persists || e.swelling;
}

bool closing(const InjuryEntry& e) { return e.resolved || e.cleared; }

// Whether the episode (with `e` joined) waits for a clinician's clearance.
bool gated(const Episode& ep, const Policy& policy) {
  if (ep.bone()) return true;
  return policy.pop_needs_clearance &&
         std::any_of(ep.entries.begin(), ep.entries.end(),
                     [](const InjuryEntry& e) { return e.pop_or_snap; });
}

// Whether the last entry of `ep` closes it: `cleared` for an episode that waits for a
// clinician, else `resolved` (docs/rules.md#episodes: soft tissue ignores `cleared`).
bool closes(const Episode& ep, const Policy& policy) {
  const InjuryEntry& e = ep.entries.back();
  return gated(ep, policy) ? e.cleared : e.resolved;
}

bool exact(const Episode& ep, const InjuryEntry& e) {
  return ep.injury == e.injury && ep.side == e.side && ep.location == e.location;
}

// An open episode the entry may belong to: same injury, and the side and location the
// entry gives (an entry that leaves one out fits any).
bool fits(const Episode& ep, const InjuryEntry& e) {
  return !ep.closed && ep.injury == e.injury && (!e.side || ep.side == e.side) &&
         (!e.location || ep.location == e.location);
}

std::string open_list(const std::vector<const Episode*>& eps) {
  std::string out;
  for (const Episode* ep : eps)
    out += (out.empty() ? "" : ", ") + injury_label(*ep) + " since " + iso_date(ep->first_date());
  return out;
}

// What the entry leaves out that would tell the open episodes in `fit` apart.
std::string left_out(const InjuryEntry& e, const std::vector<const Episode*>& fit) {
  auto differ = [&](auto field) {
    return std::any_of(fit.begin(), fit.end(),
                       [&](const Episode* ep) { return ep->*field != fit.front()->*field; });
  };
  const bool side = !e.side && differ(&Episode::side);
  const bool location = !e.location && differ(&Episode::location);
  if (side && location) return "no side or location";
  return side ? "no side" : "no location";
}

void ambiguous(Diagnostics* ds, const InjuryEntry& e, const std::vector<const Episode*>& fit) {
  if (!ds) return;
  add_error(*ds, e.where,
            std::string(name_of(e.injury)) + " entry on " + iso_date(e.date) + " gives " +
                left_out(e, fit) + " and " + std::to_string(fit.size()) +
                " of its episodes are open: " + open_list(fit) +
                "; give side and location to say which");
}

void unmatched(Diagnostics* ds, const InjuryEntry& e, const std::vector<Episode>& episodes) {
  if (!ds) return;
  std::vector<const Episode*> same, any;
  for (const Episode& ep : episodes) {
    if (ep.closed) continue;
    any.push_back(&ep);
    if (ep.injury == e.injury) same.push_back(&ep);
  }
  const auto& named = same.empty() ? any : same;
  std::string message = std::string(e.cleared ? "cleared" : "resolved") + " entry for " +
                        injury_label(e.injury, e.side, e.location) + " on " + iso_date(e.date) +
                        " matches no open episode";
  if (named.empty())
    message += ", and no episode is open then: a follow-up never starts an injury";
  else
    message += " (did you mean " + std::string(named.size() > 1 ? "one of " : "") +
               open_list(named) + "?)";
  add_error(*ds, e.where, message);
}

// The latest closed episode a closing entry `e` fits (same injury, the side and location
// it gives), when no episode of that injury is open: `e` repeats a close already made
// (docs/rules.md#follow-ups). Null when there is none, or when an open episode of the
// injury could be the one meant.
const Episode* closed_before(const std::vector<Episode>& episodes, const InjuryEntry& e) {
  const Episode* last = nullptr;
  for (const Episode& ep : episodes) {
    if (ep.injury != e.injury) continue;
    if (!ep.closed) return nullptr;
    if ((!e.side || ep.side == e.side) && (!e.location || ep.location == e.location)) last = &ep;
  }
  return last;
}

void repeated(Diagnostics* ds, const InjuryEntry& e, const Episode& ep) {
  if (!ds) return;
  const InjuryEntry& close = ep.entries.back();
  add_warning(*ds, e.where,
              std::string(e.cleared ? "cleared" : "resolved") + " entry for " + injury_label(ep) +
                  " on " + iso_date(e.date) + ": already " +
                  (close.cleared ? "cleared" : "resolved") + " on " + iso_date(close.date) +
                  " (nothing left to close)");
}

// The open episode `e` joins: its exact match, else the one that fits. Null when none
// does; `fit` then holds every candidate (several: ambiguous).
Episode* find_open(std::vector<Episode>& episodes, const InjuryEntry& e,
                   std::vector<const Episode*>& fit) {
  for (Episode& ep : episodes)
    if (!ep.closed && exact(ep, e)) return &ep;
  Episode* one = nullptr;
  for (Episode& ep : episodes)
    if (fits(ep, e)) {
      fit.push_back(&ep);
      one = &ep;
    }
  return fit.size() == 1 ? one : nullptr;
}

}  // namespace

bool opens(const InjuryEntry& e) { return symptoms(e) || e.bone(); }

std::vector<InjuryEntry> entries_up_to(const std::vector<InjuryEntry>& entries,
                                       std::optional<Date> as_of) {
  std::vector<InjuryEntry> sorted;
  for (const auto& e : entries)
    if (!as_of || e.date <= *as_of) sorted.push_back(e);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const InjuryEntry& a, const InjuryEntry& b) { return a.date < b.date; });
  return sorted;
}

void EpisodeGrouper::add(const InjuryEntry& e) {
  std::vector<const Episode*> fit;
  Episode* open = find_open(episodes_, e, fit);
  if (!open && fit.size() > 1) {
    ambiguous(problems_, e, fit);
    return;
  }
  if (!open) {
    // A follow-up never starts a phantom injury: a closing entry needs an open episode
    // unless it reports soft-tissue symptoms itself (a twinge already gone).
    if (closing(e) && (e.bone() || !symptoms(e))) {
      if (const Episode* done = closed_before(episodes_, e))
        repeated(problems_, e, *done);
      else
        unmatched(problems_, e, episodes_);
      return;
    }
    if (!opens(e)) return;  // a pain-free report with no open episode
    Episode ep;
    ep.injury = e.injury;
    ep.side = e.side;
    ep.location = e.location;
    episodes_.push_back(std::move(ep));
    open = &episodes_.back();
  }
  open->entries.push_back(e);
  if (closes(*open, policy_)) open->closed = true;
}

std::vector<Episode> group_episodes(const std::vector<InjuryEntry>& entries,
                                    std::optional<Date> as_of, const Policy& policy,
                                    Diagnostics* problems) {
  EpisodeGrouper grouper(policy, problems);
  for (const auto& e : entries_up_to(entries, as_of)) grouper.add(e);
  return grouper.take();
}

std::vector<std::pair<Location, std::string>> clearance_warnings(
    const std::vector<Episode>& episodes, const Policy& policy) {
  std::vector<std::pair<Location, std::string>> out;
  for (const Episode& ep : episodes) {
    Episode seen = ep;  // the episode as known at each entry
    seen.entries.clear();
    for (const InjuryEntry& e : ep.entries) {
      seen.entries.push_back(e);
      if (!e.resolved || e.cleared || !gated(seen, policy)) continue;
      const std::string why = seen.bone()
                                  ? "a bone injury needs a clinician's clearance: no running"
                                  : "after a pop or snap reduced load goes on";
      out.emplace_back(e.where, injury_label(ep) + " resolved on " + iso_date(e.date) + ", but " +
                                    why +
                                    " until an entry with cleared: true records the clinician's "
                                    "clearance");
    }
  }
  return out;
}

namespace {

// What makes an entry a red flag (docs/rules.md#dates-outside-the-plan): severe pain, a
// pop or snap, swelling, a bone injury. Empty when it is none of them.
std::vector<std::string> red_flags(const InjuryEntry& e, const Policy& policy) {
  std::vector<std::string> flags;
  if (e.pain >= policy.pain_severe_from)
    flags.push_back("severe pain (" + std::to_string(e.pain) + "/10)");
  if (e.pop_or_snap) flags.push_back("a pop or snap");
  if (e.swelling) flags.push_back("swelling");
  if (e.bone()) flags.push_back("a possible bone injury");
  return flags;
}

}  // namespace

void check_entry_dates(const std::vector<InjuryEntry>& entries, Date first, Date last,
                       std::optional<Date> as_of, const Policy& policy, bool allow_far_dates,
                       Diagnostics& ds) {
  const boost::gregorian::date_duration slack(kEntryDateSlackDays);
  const std::string days = std::to_string(kEntryDateSlackDays) + " days ";
  // Far outside the plan is an error: a typo in the year must not switch the rules off
  // (docs/rules.md#dates-outside-the-plan); --allow-far-dates makes it a warning.
  auto far = [&](const InjuryEntry& e, const std::string& what) {
    const std::string message = "entry dated " + iso_date(e.date) + " is more than " + days + what +
                                ": is the date right?" +
                                (allow_far_dates ? "" : " (--allow-far-dates to use it as it is)");
    allow_far_dates ? add_warning(ds, e.where, message) : add_error(ds, e.where, message);
  };
  const InjuryEntry* earliest = nullptr;
  for (const InjuryEntry& e : entries) {
    if (!earliest || e.date < earliest->date) earliest = &e;
    if (e.date < first - slack)
      far(e, "before the plan's first session (" + iso_date(first) + ")");
    else if (e.date > last + slack)
      far(e, "after the plan's last session (" + iso_date(last) + ")");
    const auto flags = red_flags(e, policy);
    if (as_of && e.date > *as_of && !flags.empty())
      add_warning(ds, e.where,
                  "entry for " + injury_label(e.injury, e.side, e.location) + " dated " +
                      iso_date(e.date) + " reports " + joined(flags, ", ") +
                      " but is after --as-of " + iso_date(*as_of) +
                      " and not used: " + std::string(kDatedInTheFuture));
  }
  if (as_of && earliest && *as_of < earliest->date)
    add_note(ds, earliest->where,
             "--as-of " + iso_date(*as_of) +
                 " is before every entry of the log (the first is dated " +
                 iso_date(earliest->date) + "): no entry is used");
}

bool check_log(const Plan& plan, const InjuryLog& log, const Policy& policy,
               std::optional<Date> as_of, bool allow_far_dates, Diagnostics& ds) {
  Diagnostics problems;
  check_locations(log.entries, policy, problems);
  group_episodes(log.entries, as_of, policy, &problems);
  if (!plan.sessions.empty()) {
    Date first = plan.sessions.front().date, last = first;
    for (const Session& s : plan.sessions)
      first = std::min(first, s.date), last = std::max(last, s.date);
    check_entry_dates(log.entries, first, last, as_of, policy, allow_far_dates, problems);
  }
  ds.insert(ds.end(), problems.begin(), problems.end());
  return !has_errors(problems);
}

}  // namespace planadj::adjust

#include "validate_roster.h"

#include <algorithm>
#include <ostream>
#include <vector>

#include "planadj/batch.h"
#include "planadj/plural.h"
#include "referral_lines.h"

namespace planadj {
namespace {

// The ids named in the summary line: enough to find them, not a second listing of a
// big roster (each one's diagnostics are printed above it anyway).
constexpr std::size_t kIdsNamed = 10;

std::string named_ids(const std::vector<std::string>& ids) {
  std::string text;
  for (std::size_t i = 0; i < ids.size() && i < kIdsNamed; ++i) text += (i ? ", " : "") + ids[i];
  if (ids.size() > kIdsNamed) text += ", and " + std::to_string(ids.size() - kIdsNamed) + " more";
  return text;
}

}  // namespace

bool validate_roster(const std::string& roster, const Policy& policy, std::optional<Date> as_of,
                     bool allow_far_dates, std::ostream& out, std::ostream& err) {
  Diagnostics ds;
  const auto listing = batch::discover_roster(roster, ds);
  for (const Diagnostic& d : ds) err << d.str() << "\n";
  if (!listing) return false;
  if (listing->athletes.empty()) {
    err << roster << ": error: no athletes in the roster\n";
    return false;
  }
  // The roster's own errors first (a manifest's id errors, a folder refused), as the
  // manifest reader reports them; then each athlete's files. Every athlete is checked,
  // however many fail before it: the coach fixes them all at once.
  std::vector<std::string> invalid;
  for (const bool refused : {true, false}) {
    for (const batch::RosterEntry& entry : listing->athletes) {
      if (entry.problems.empty() == refused) continue;
      const batch::AthleteCheck found = batch::check_athlete(entry, policy, as_of, allow_far_dates);
      for (const Diagnostic& d : found.diagnostics) err << d.str() << "\n";
      print_referrals(batch::printable_id(entry.id), found.referrals, true, err);
      if (has_errors(found.diagnostics)) invalid.push_back(batch::printable_id(entry.id));
    }
  }
  std::sort(invalid.begin(), invalid.end());
  const std::size_t n = listing->athletes.size();
  if (invalid.empty()) {
    out << roster << ": ok (roster, " << plural(n, "athlete") << ")\n";
    return true;
  }
  err << roster << ": error: " << invalid.size() << " of " << plural(n, "athlete")
      << " invalid: " << named_ids(invalid) << "\n";
  return false;
}

}  // namespace planadj

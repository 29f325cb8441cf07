#include "planadj/revise.h"

#include <set>
#include <string_view>

#include "planadj/adjust.h"
#include "planadj/readers.h"

namespace planadj {
namespace {

void append(Diagnostics& to, const Diagnostics& from) {
  to.insert(to.end(), from.begin(), from.end());
}

// The previous revision carries the roster plan's unknown keys through, so its reader
// warns of them again; a warning of it that says what one of the roster plan's says is
// not repeated night after night (docs/batch.md#history). Its errors, and warnings of
// its own (a key the coach added to it), are kept.
void append_previous(Diagnostics& to, const Diagnostics& plan, const Diagnostics& previous) {
  std::set<std::string_view> said;
  for (const Diagnostic& d : plan)
    if (d.severity == Severity::warning) said.insert(d.message);
  for (const Diagnostic& d : previous)
    if (d.severity != Severity::warning || said.count(d.message) == 0) to.push_back(d);
}

// The log, or nullopt for none: an empty or comment-only file is a placeholder
// (`touch injuries.yaml`), so no injuries, with a warning (docs/batch.md#the-roster).
std::optional<Parsed<InjuryLog>> read_log(const InputText& in, Diagnostics& read) {
  if (blank_yaml(in.text)) {
    add_warning(read, {in.name, 1, 1}, "the injury log is empty: no injuries");
    return std::nullopt;
  }
  auto log = parse_injury_log(in.text, in.name);
  append(read, log.diagnostics);
  return log;
}

// Every file names the athlete the run expects (batch: the roster id).
void check_athletes(const ReviseInputs& in, const Plan* plan, const InjuryLog* log,
                    const Plan* previous, Diagnostics& ds) {
  if (!in.athlete) return;
  const std::string& id = *in.athlete;
  if (plan && plan->athlete != id)
    add_error(ds, plan->athlete_where,
              "plan is for athlete '" + plan->athlete + "', not '" + id + "'");
  if (log && log->athlete != id)
    add_error(ds, log->athlete_where,
              "injury log is for athlete '" + log->athlete + "', not '" + id + "'");
  if (previous && previous->athlete != id)
    add_error(ds, previous->athlete_where,
              "previous revision is for athlete '" + previous->athlete + "', not '" + id + "'");
}

}  // namespace

bool blank_yaml(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    const auto first = line.find_first_not_of(" \t\r");
    if (first != std::string_view::npos) {
      line = line.substr(first);
      const bool marker =
          line.rfind("---", 0) == 0 && line.find_first_not_of(" \t\r", 3) == std::string_view::npos;
      if (line.front() != '#' && !marker) return false;
    }
    start = end + 1;
  }
  return true;
}

std::vector<Referral> readable_referrals(const InputText& log, const Policy& policy,
                                         std::optional<Date> as_of) {
  if (blank_yaml(log.text)) return {};
  return referrals_of(readable_injury_entries(log.text, log.name), policy, as_of);
}

std::vector<Referral> referrals_in(const Plan& revised) {
  return revised.adjusted ? revised.adjusted->referrals : std::vector<Referral>{};
}

namespace {

Revision try_revise(const ReviseInputs& in, const Policy& policy, std::optional<Date> as_of) {
  Revision out;
  auto plan = parse_plan(in.plan.text, in.plan.name);
  append(out.read, plan.diagnostics);
  std::optional<Parsed<InjuryLog>> log;
  if (in.log) log = read_log(*in.log, out.read);
  std::optional<Parsed<Plan>> previous;
  if (in.previous) {
    previous = parse_plan(in.previous->text, in.previous->name);
    append_previous(out.read, plan.diagnostics, previous->diagnostics);
  }
  check_athletes(in, plan.ok() ? &*plan.value : nullptr, log && log->ok() ? &*log->value : nullptr,
                 previous && previous->ok() ? &*previous->value : nullptr, out.read);
  if (has_errors(out.read) || !plan.ok() || (log && !log->ok()) || (previous && !previous->ok()))
    return out;

  const InjuryLog* l = log ? &*log->value : nullptr;
  // Both parsed plans are done with: moved, never copied (docs/performance.md, "The
  // nightly loop").
  Plan start = std::move(*plan.value);
  SentSessions sent;
  if (previous && !as_of) sent = sent_sessions(previous->value->sessions);
  if (previous) start = with_history(std::move(start), std::move(*previous->value), as_of);
  AdjustResult result = adjust_plan_with(std::move(start), l, policy, as_of, in.allow_far_dates);
  out.diagnostics = std::move(result.diagnostics);
  if (has_errors(out.diagnostics)) return out;
  out.revised = std::move(result.revised);
  if (previous && !as_of)
    out.sent_sessions_changed = sessions_changed_since(sent, out.revised->sessions);
  if (log) out.log = std::move(log->value);
  return out;
}

}  // namespace

Revision revise(const ReviseInputs& in, const Policy& policy, std::optional<Date> as_of) {
  Revision out = try_revise(in, policy, as_of);
  // The log is read again on a night with errors only: its readable entries' red flags
  // reach the coach whatever else failed (docs/rules.md#red-flags-survive-errors).
  if (!out.ok() && in.log) out.referrals = readable_referrals(*in.log, policy, as_of);
  return out;
}

}  // namespace planadj

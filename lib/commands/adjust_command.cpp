// The `adjust` command (docs/formats.md#diagnostics): read plan, log and policy; revise; write the
// plan to standard output or atomically to -o. Exit 0 written, 1 an input is invalid (nothing
// written), 2 usage error, unreadable file or cannot write.
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "planadj/adjust.h"
#include "planadj/commands.h"
#include "planadj/fs.h"
#include "planadj/readers.h"
#include "planadj/writers.h"

namespace planadj {

namespace {

constexpr int kWritten = 0, kInvalid = 1, kTrouble = 2;

void print(std::ostream& err, const Diagnostics& ds) {
  for (const auto& d : ds) err << d.str() << '\n';
}

// The readers' warnings (unknown keys kept as they are) are `validate`'s to report
// (docs/formats.md#diagnostics); `adjust` shows only their errors.
void keep_errors(Diagnostics& ds, const Diagnostics& from) {
  for (const auto& d : from)
    if (d.severity == Severity::error) ds.push_back(d);
}

int usage(std::ostream& err, const std::string& message) {
  err << "plan-adjust: error: " << message << "\ntry 'plan-adjust adjust --help'\n";
  return kTrouble;
}

// The files the command reads: PLAN, then --injuries and --policy when given.
std::vector<std::string> inputs(const AdjustOptions& o) {
  std::vector<std::string> files{o.plan};
  if (o.injuries) files.push_back(*o.injuries);
  if (o.policy) files.push_back(*o.policy);
  return files;
}

// The dates of the entries the revision reflects: those on or before --as-of.
std::vector<Date> history_of(const InjuryLog* log, const std::optional<Date>& as_of) {
  std::vector<Date> dates;
  if (log)
    for (const auto& e : log->entries)
      if (!as_of || e.date <= *as_of) dates.push_back(e.date);
  return dates;
}

std::string render(const Plan& plan, const std::string& format, std::vector<Date> history) {
  if (format == "json") return write_plan_json(plan);
  if (format == "ics") return write_plan_ics(plan, std::move(history));
  return write_plan_yaml(plan);
}

}  // namespace

int run_adjust(const AdjustOptions& o, std::ostream& out, std::ostream& err) {
  std::optional<Date> as_of;
  if (o.as_of) {
    as_of = parse_iso_date(*o.as_of);
    if (!as_of) return usage(err, "invalid --as-of date '" + *o.as_of + "' (expected YYYY-MM-DD)");
    if (!date_in_range(*as_of))  // docs/formats.md#dates
      return usage(err, "invalid --as-of date '" + *o.as_of + "' (expected a year from " +
                            std::to_string(kFirstYear) + " to " + std::to_string(kLastYear) + ")");
  }
  if (o.format != "yaml" && o.format != "json" && o.format != "ics")
    return usage(err, "unknown format '" + o.format + "' (expected yaml, json or ics)");
  if (o.out)
    for (const auto& in : inputs(o))
      if (same_file(*o.out, in))
        return usage(err, "refusing to write over the input file '" + in + "'");

  // Read every file first: an unreadable one is trouble (2), not invalid input.
  Diagnostics read_errors;
  const auto plan_text = read_text_file(o.plan, read_errors);
  std::optional<std::string> log_text, policy_text;
  if (o.injuries) log_text = read_text_file(*o.injuries, read_errors);
  if (o.policy) policy_text = read_text_file(*o.policy, read_errors);
  if (has_errors(read_errors)) {
    print(err, read_errors);
    return kTrouble;
  }

  // Parse every file and report all their errors together.
  Diagnostics ds;
  auto plan = parse_plan(*plan_text, o.plan);
  keep_errors(ds, plan.diagnostics);
  std::optional<Parsed<InjuryLog>> log;
  if (log_text) {
    log = parse_injury_log(*log_text, *o.injuries);
    keep_errors(ds, log->diagnostics);
  }
  Policy policy;
  if (policy_text) {
    auto parsed = parse_policy(*policy_text, *o.policy);
    keep_errors(ds, parsed.diagnostics);
    if (parsed.ok()) policy = *parsed.value;
  }
  if (has_errors(ds) || !plan.value || (log && !log->value)) {
    print(err, ds);
    return kInvalid;
  }

  AdjustResult result = adjust_plan(*plan.value, log ? &*log->value : nullptr, policy, as_of);
  ds.insert(ds.end(), result.diagnostics.begin(), result.diagnostics.end());
  print(err, ds);
  if (has_errors(result.diagnostics)) return kInvalid;
  if (result.revised.adjusted)
    for (const auto& r : result.revised.adjusted->referrals)
      err << "plan-adjust: referral: " << result.revised.athlete << ": " << describe_referral(r)
          << '\n';

  std::string bytes;
  try {
    bytes = render(result.revised, o.format, history_of(log ? &*log->value : nullptr, as_of));
  } catch (const std::exception& e) {
    err << "plan-adjust: error: cannot write the revised plan: " << e.what() << '\n';
    return kTrouble;
  }
  if (!o.out) {
    out << bytes;
    out.flush();
    return out ? kWritten : kTrouble;
  }
  std::string error;
  if (!write_file_atomic(*o.out, bytes, error)) {
    err << "plan-adjust: error: cannot write '" << *o.out << "': " << error << '\n';
    return kTrouble;
  }
  return kWritten;
}

}  // namespace planadj

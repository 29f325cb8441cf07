// The `adjust` command (docs/formats.md#diagnostics): read plan, log and policy; revise; write the
// plan to standard output or atomically to -o. Exit 0 written, 1 an input is invalid (nothing
// written), 2 usage error, unreadable file or cannot write.
#include <algorithm>
#include <iostream>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "planadj/adjust.h"
#include "planadj/commands.h"
#include "planadj/fs.h"
#include "planadj/message.h"
#include "planadj/readers.h"
#include "planadj/revise.h"
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

// `-` is standard input (docs/formats.md#v2-additions); diagnostics call it <stdin>.
std::string input_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

std::optional<std::string> read_input(const std::string& path, Diagnostics& ds) {
  if (path != "-") return read_text_file(path, ds);
  std::string bytes;
  char buffer[1 << 16];
  while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
    if (bytes.size() > kDefaultMaxFileBytes) {
      add_error(ds, {"<stdin>", 0, 0},
                "input is over the limit of " + std::to_string(kDefaultMaxFileBytes) + " bytes");
      return std::nullopt;
    }
  }
  if (std::cin.bad()) {
    add_error(ds, {"<stdin>", 0, 0}, "cannot read standard input");
    return std::nullopt;
  }
  return bytes;
}

// Of the readers' warnings, `adjust` shows the empty log's: it changes the outcome.
void keep_empty_log_warning(Diagnostics& ds, const Diagnostics& from) {
  for (const auto& d : from)
    if (d.severity == Severity::warning && d.message.rfind("the injury log is empty", 0) == 0)
      ds.push_back(d);
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

std::string render(const Plan& plan, const std::string& format, const InjuryLog* log,
                   const std::optional<Date>& as_of) {
  if (format == "message") return write_athlete_message(plan, message_day(log, as_of));
  if (format == "json") return write_plan_json(plan);
  if (format == "ics") return write_plan_ics(plan, history_of(log, as_of));
  return write_plan_yaml(plan);
}

}  // namespace

int run_adjust(const AdjustOptions& o, std::ostream& out, std::ostream& err) {
  // --as-of and --format arrive checked (planadj/commands.h).
  const std::optional<Date>& as_of = o.as_of;
  if (o.in_place && o.out) return usage(err, "--in-place and --output cannot be given together");
  if (o.in_place && (o.format == "ics" || o.format == "message"))
    return usage(err, "--in-place rewrites the plan: it cannot be written as " + o.format);
  if (o.in_place && o.plan == "-") return usage(err, "--in-place needs a PLAN file, not '-'");
  const auto files = inputs(o);
  if (std::count(files.begin(), files.end(), "-") > 1)
    return usage(err, "only one input may be '-' (standard input)");
  if (o.out && *o.out != "-")
    for (const auto& in : files)
      if (in != "-" && same_file(*o.out, in))
        return usage(err, "refusing to write over the input file '" + in + "'");
  if (o.in_place)
    for (std::size_t i = 1; i < files.size(); ++i)
      if (same_file(o.plan, files[i]))
        return usage(err, "refusing to write over the input file '" + files[i] + "'");

  // Read every file first: an unreadable one is trouble (2), not invalid input.
  Diagnostics read_errors;
  ReviseInputs in;
  const auto plan_text = read_input(o.plan, read_errors);
  if (plan_text) in.plan = {input_name(o.plan), *plan_text};
  std::optional<std::string> policy_text;
  if (o.injuries)
    if (auto t = read_input(*o.injuries, read_errors))
      in.log = InputText{input_name(*o.injuries), *t};
  if (o.policy) policy_text = read_input(*o.policy, read_errors);
  if (has_errors(read_errors)) {
    print(err, read_errors);
    return kTrouble;
  }

  // Parse every file and report all their errors together (docs/batch.md#history:
  // the same revision as each athlete of a batch).
  Diagnostics ds;
  Policy policy;
  if (policy_text) {
    auto parsed = parse_policy(*policy_text, input_name(*o.policy));
    keep_errors(ds, parsed.diagnostics);
    if (parsed.ok()) policy = *parsed.value;
  }
  Revision revised = revise(in, policy, as_of);
  keep_errors(ds, revised.read);
  keep_empty_log_warning(ds, revised.read);
  ds.insert(ds.end(), revised.diagnostics.begin(), revised.diagnostics.end());
  print(err, ds);
  if (has_errors(ds) || !revised.ok()) return kInvalid;
  const AdjustResult result{std::move(*revised.revised), {}};
  const InjuryLog* log = revised.log ? &*revised.log : nullptr;
  if (result.revised.adjusted)
    for (const auto& r : result.revised.adjusted->referrals)
      err << "plan-adjust: referral: " << result.revised.athlete << ": " << describe_referral(r)
          << '\n';

  std::string bytes;
  try {
    bytes = render(result.revised, o.format, log, as_of);
  } catch (const std::exception& e) {
    err << "plan-adjust: error: cannot write the revised plan: " << e.what() << '\n';
    return kTrouble;
  }
  const std::optional<std::string> target = o.in_place ? std::optional<std::string>(o.plan) : o.out;
  if (!target || *target == "-") {
    out << bytes;
    out.flush();
    return out ? kWritten : kTrouble;
  }
  // Unchanged bytes are not rewritten: the file keeps its modification time, so a
  // nightly --in-place run that changed nothing touches nothing (docs/batch.md#history).
  std::string error;
  bool changed = false;
  if (!write_file_if_changed(*target, bytes, changed, error)) {
    err << "plan-adjust: error: cannot write '" << *target << "': " << error << '\n';
    return kTrouble;
  }
  return kWritten;
}

}  // namespace planadj

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
#include "referral_lines.h"

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

// Standard input is read in chunks of this size; the limit on the whole is
// kDefaultMaxFileBytes (docs/formats.md#limits).
constexpr std::size_t kStdinChunkBytes = 64 * 1024;

std::optional<std::string> read_input(const std::string& path, Diagnostics& ds) {
  if (path != "-") return read_text_file(path, ds);
  std::string bytes;
  char buffer[kStdinChunkBytes];
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

// What the options ask that cannot be done, or empty. Each value on its own was
// checked by the tool (planadj/commands.h); these are their combinations and files.
std::string options_problem(const AdjustOptions& o) {
  if (o.in_place && o.out) return "--in-place and --output cannot be given together";
  if (o.no_injuries && o.injuries) return "--injuries and --no-injuries cannot be given together";
  if (o.in_place && (o.format == "ics" || o.format == "message"))
    return "--in-place rewrites the plan: it cannot be written as " + o.format;
  if (o.in_place && o.plan == "-") return "--in-place needs a PLAN file, not '-'";
  const auto files = inputs(o);
  if (std::count(files.begin(), files.end(), "-") > 1)
    return "only one input may be '-' (standard input)";
  if (o.out && *o.out != "-")
    for (const auto& in : files)
      if (in != "-" && same_file(*o.out, in))
        return "refusing to write over the input file '" + in + "'";
  if (o.in_place)
    for (std::size_t i = 1; i < files.size(); ++i)
      if (same_file(o.plan, files[i]))
        return "refusing to write over the input file '" + files[i] + "'";
  return "";
}

// The bytes of every input: PLAN and LOG named as diagnostics name them, and POLICY.
struct InputTexts {
  ReviseInputs revise;
  std::optional<std::string> policy;
};

// Reads every file first: an unreadable one is trouble (2), not invalid input. False
// once every read error is printed.
bool read_inputs(const AdjustOptions& o, InputTexts& texts, std::ostream& err) {
  Diagnostics read_errors;
  const auto plan_text = read_input(o.plan, read_errors);
  if (plan_text) texts.revise.plan = {input_name(o.plan), *plan_text};
  if (o.injuries)
    if (auto t = read_input(*o.injuries, read_errors))
      texts.revise.log = InputText{input_name(*o.injuries), *t};
  if (o.policy) texts.policy = read_input(*o.policy, read_errors);
  if (!has_errors(read_errors)) return true;
  print(err, read_errors);
  return false;
}

// Parses every file and revises the plan, printing all their errors together
// (docs/batch.md#history: the same revision as each athlete of a batch); nullopt when
// an input is invalid, after the referrals the log still raises
// (docs/rules.md#red-flags-survive-errors).
std::optional<Revision> revise_inputs(const AdjustOptions& o, const InputTexts& texts,
                                      std::ostream& err) {
  Diagnostics ds;
  Policy policy;
  if (texts.policy) {
    auto parsed = parse_policy(*texts.policy, input_name(*o.policy));
    keep_errors(ds, parsed.diagnostics);
    if (parsed.ok()) policy = *parsed.value;
  }
  ReviseInputs in = texts.revise;
  in.allow_far_dates = o.allow_far_dates;
  Revision revised = revise(in, policy, o.as_of);
  keep_errors(ds, revised.read);
  keep_empty_log_warning(ds, revised.read);
  ds.insert(ds.end(), revised.diagnostics.begin(), revised.diagnostics.end());
  print(err, ds);
  if (has_errors(ds) || !revised.ok()) {
    if (revised.ok())
      print_referrals(revised.revised->athlete, referrals_in(*revised.revised), true, err);
    else if (in.log)
      print_referrals(in.log->name, revised.referrals, true, err);
    return std::nullopt;
  }
  return revised;
}

// The revised plan's bytes in --format; nullopt once the writer's failure is printed.
std::optional<std::string> render_or_say(const Revision& revised, const AdjustOptions& o,
                                         std::ostream& err) {
  const InjuryLog* log = revised.log ? &*revised.log : nullptr;
  try {
    return render(*revised.revised, o.format, log, o.as_of);
  } catch (const std::exception& e) {
    err << "plan-adjust: error: cannot write the revised plan: " << e.what() << '\n';
    return std::nullopt;
  }
}

// Writes `bytes` to standard output, or to -o (PLAN itself with --in-place).
int write_output(const AdjustOptions& o, const std::string& bytes, std::ostream& out,
                 std::ostream& err) {
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

// A revision (an `adjusted` header) given without --injuries: revising it would restore
// every session from `adjustment.original`, the plan before the injuries
// (docs/formats.md#revisions-stay-revisions). Converted to another format as it is;
// kept as YAML it is an error unless --no-injuries says the restore is meant. nullopt
// when PLAN is not such a revision (or does not read: revise_inputs says why).
std::optional<int> revision_without_log(const AdjustOptions& o, const InputTexts& texts,
                                        std::ostream& out, std::ostream& err) {
  if (o.injuries || o.no_injuries) return std::nullopt;
  auto plan = parse_plan(texts.revise.plan.text, texts.revise.plan.name);
  if (!plan.ok() || !plan.value->adjusted) return std::nullopt;
  if (o.format == "yaml") {
    err << "plan-adjust: error: " << texts.revise.plan.name
        << " is a revision by plan-adjust; without --injuries every session would go back to "
           "the plan before the injuries: give --injuries with the log it was revised with, or "
           "--no-injuries to bring the original plan back\n";
    return kInvalid;
  }
  print_referrals(plan.value->athlete, referrals_in(*plan.value), false, err);
  Revision as_is;
  as_is.revised = std::move(plan.value);
  const std::optional<std::string> bytes = render_or_say(as_is, o, err);
  if (!bytes) return kTrouble;
  return write_output(o, *bytes, out, err);
}

}  // namespace

int run_adjust(const AdjustOptions& o, std::ostream& out, std::ostream& err) {
  if (const std::string problem = options_problem(o); !problem.empty()) return usage(err, problem);
  InputTexts texts;
  if (!read_inputs(o, texts, err)) return kTrouble;
  if (const auto done = revision_without_log(o, texts, out, err)) return *done;
  const std::optional<Revision> revised = revise_inputs(o, texts, err);
  if (!revised) return kInvalid;
  print_referrals(revised->revised->athlete, referrals_in(*revised->revised), false, err);
  const std::optional<std::string> bytes = render_or_say(*revised, o, err);
  if (!bytes) return kTrouble;
  return write_output(o, *bytes, out, err);
}

}  // namespace planadj

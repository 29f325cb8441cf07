// Each command's arguments and options (the one text --help, the man pages and the
// completion come from) and the call it makes. To add an option: one row in its table,
// one line in its run_ function (docs/install.md, "Messages").
#include "command_lines.h"

#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <iostream>

#include "planadj/batch.h"
#include "planadj/commands.h"
#include "planadj/readers.h"

namespace {

std::string check_date(const std::string& v) {
  const auto d = planadj::parse_iso_date(v);
  if (!d) return "(expected YYYY-MM-DD)";
  return planadj::date_in_range(*d)
             ? ""
             : "(expected a year from " + std::to_string(planadj::kFirstYear) + " to " +
                   std::to_string(planadj::kLastYear) + ")";
}

std::string check_shard(const std::string& v) {
  return planadj::batch::parse_shard(v) ? "" : "(expected K/N with 0 <= K < N, e.g. 0/4)";
}

std::string check_jobs(const std::string& v) {
  unsigned n = 0;
  const char* end = v.data() + v.size();
  const auto [stop, ec] = std::from_chars(v.data(), end, n);
  return ec == std::errc() && stop == end ? "" : "(expected a whole number, 0 for all cores)";
}

// An option's value as the library takes it, once the option's check has passed
// (planadj/commands.h: each value is checked here only).
std::optional<planadj::Date> date_of(const cli::Parsed& p, const std::string& option) {
  const auto v = p.get(option);
  return v ? planadj::parse_iso_date(*v) : std::nullopt;
}

bool colour_wanted(int fd) { return ::isatty(fd) && std::getenv("NO_COLOR") == nullptr; }

const cli::Option kPolicy{"policy", 'p', "POLICY", "a policy file merged over the defaults"};
const cli::Option kAllowFarDates{"allow-far-dates", 0, "",
                                 "use entries dated more than 28 days outside the plan (else "
                                 "an error: a typo in the year)"};

int run_adjust(const cli::Parsed& p) {
  planadj::AdjustOptions o;
  o.plan = p.arguments.at(0);
  o.injuries = p.get("injuries");
  o.policy = p.get("policy");
  o.as_of = date_of(p, "as-of");
  o.format = *p.get("format");
  o.out = p.get("output");
  o.in_place = p.has("in-place");
  o.allow_far_dates = p.has("allow-far-dates");
  o.no_injuries = p.has("no-injuries");
  return planadj::run_adjust(o, std::cout, std::cerr);
}

int run_diff(const cli::Parsed& p) {
  planadj::DiffOptions o;
  o.original = p.arguments.at(0);
  o.revised = p.arguments.at(1);
  o.format = *p.get("format");
  o.out = p.get("output");
  o.color = !o.out && colour_wanted(STDOUT_FILENO);
  return planadj::run_diff(o, std::cout, std::cerr);
}

int run_batch(const cli::Parsed& p) {
  planadj::BatchOptions o;
  o.roster = p.arguments.at(0);
  o.out = *p.get("out");
  o.policy = p.get("policy");
  o.as_of = date_of(p, "as-of");
  o.jobs = static_cast<unsigned>(std::stoul(*p.get("jobs")));
  if (const auto shard = p.get("shard")) o.shard = planadj::batch::parse_shard(*shard);
  o.quiet = p.has("quiet");
  o.allow_far_dates = p.has("allow-far-dates");
  o.progress_bar = !o.quiet && ::isatty(STDERR_FILENO);
  return planadj::run_batch(o, std::cout, std::cerr);
}

int run_validate(const cli::Parsed& p) {
  planadj::ValidateOptions o;
  o.files = p.arguments;
  if (const auto kind = p.get("kind")) o.kind = planadj::parse_file_kind(*kind);
  o.policy = p.get("policy");
  o.as_of = date_of(p, "as-of");
  o.allow_far_dates = p.has("allow-far-dates");
  return planadj::run_validate(o, std::cout, std::cerr);
}

cli::Command adjust_line() {
  return {"adjust",
          "write the revised plan for one runner",
          {{"PLAN", "the training plan (YAML)"}},
          {{"injuries", 'i', "LOG", "the runner's injury log (YAML)"},
           {"no-injuries", 0, "",
            "revise a revision with no log: bring back the plan before the injuries"},
           kPolicy,
           {"as-of", 0, "DATE",
            "YYYY-MM-DD: sessions before it never change, entries after it are ignored", "", false,
            check_date},
           {"format", 'f', "yaml|json|ics|message",
            "the revised plan's format, or the athlete's message (Markdown)", "yaml"},
           {"output", 'o', "OUT", "write here (atomically) instead of standard output ('-')"},
           {"in-place", 0, "", "rewrite PLAN itself, atomically; left untouched when unchanged"},
           kAllowFarDates},
          "PLAN, LOG or POLICY '-' reads standard input (one of them).",
          "0 written, 1 invalid input (nothing written), 2 usage error, unreadable input or "
          "cannot write"};
}

cli::Command diff_line() {
  return {"diff",
          "show what changed between a plan and its revision",
          {{"ORIGINAL", "the plan before"}, {"REVISED", "the plan after"}},
          {{"format", 'f', "text|markdown|json|html", "the report's format", "text"},
           {"output", 'o', "OUT", "write here (atomically) instead of standard output"}},
          "Colour on a terminal unless NO_COLOR is set.",
          "0 same, 1 different, 2 trouble"};
}

cli::Command batch_line() {
  return {
      "batch",
      "revise every runner of a roster into an output folder",
      {{"ROSTER", "a folder of <athlete>/plan.yaml (+ injuries.yaml), or a roster.yaml"}},
      {{"out", 'o', "DIR", "the output folder", "", true},
       kPolicy,
       {"as-of", 0, "DATE", "YYYY-MM-DD (default: every entry counts)", "", false, check_date},
       {"jobs", 'j', "N", "parallel workers, 0 for all cores", "0", false, check_jobs},
       {"shard", 0, "K/N", "only the athletes of shard K (0-based) of N", "", false, check_shard},
       {"quiet", 'q', "", "no progress and no summary line"},
       kAllowFarDates},
      "",
      "0 all processed, 1 some athletes failed, 2 nothing could run"};
}

cli::Command validate_line() {
  return {"validate",
          "check plans, injury logs, policies and whole rosters",
          {{"FILE", "the files to check, each on its own, or rosters", true}},
          {{"kind", 'k', "plan|injury-log|policy|roster",
            "treat every file as this kind (default: from its keys)"},
           {"policy", 'p', "POLICY", "check rosters with this policy, as batch would"},
           {"as-of", 0, "DATE", "check rosters as batch --as-of DATE would", "", false, check_date},
           kAllowFarDates},
          "A roster (a folder, or a file with 'athletes') is read as batch reads it: every "
          "athlete's plan and log, all their errors; nothing is written.",
          "0 every file valid, 1 some file invalid, 2 usage error"};
}

}  // namespace

const std::vector<ToolCommand>& tool_commands() {
  static const std::vector<ToolCommand> commands{{adjust_line(), run_adjust},
                                                 {diff_line(), run_diff},
                                                 {batch_line(), run_batch},
                                                 {validate_line(), run_validate}};
  return commands;
}

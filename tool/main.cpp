// plan-adjust: parse the command line, call one library entry point, return its
// exit code. No rule logic and no YAML here (docs/architecture.md).
#include <unistd.h>

#include <boost/program_options.hpp>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "planadj/commands.h"
#include "planadj/version.h"

namespace po = boost::program_options;

namespace {

constexpr int kUsage = 2;

const char* const kOverview =
    "usage: plan-adjust COMMAND [OPTIONS]\n"
    "\n"
    "Revise running training plans around injuries, with a reason for every change.\n"
    "\n"
    "commands:\n"
    "  adjust PLAN      write the revised plan for one runner\n"
    "  diff A B         show what changed between a plan and its revision\n"
    "  batch ROSTER     revise every runner of a roster into --out DIR\n"
    "  validate FILE... check plans, injury logs, policies and rosters\n"
    "\n"
    "options:\n"
    "  -h, --help       this help; `plan-adjust COMMAND --help` for a command's\n"
    "  --version        the version\n"
    "\n"
    "Guidance from general running-coach advice, not medical advice.\n";

struct Command {
  std::string usage;
  po::options_description named;
  po::positional_options_description positional;
};

int usage_error(const std::string& message, const std::string& command) {
  std::cerr << "plan-adjust: error: " << message << "\n"
            << "try 'plan-adjust " << (command.empty() ? "" : command + " ") << "--help'\n";
  return kUsage;
}

// Parses `args` for one command; returns false (after printing) on a usage error.
bool parse(const Command& cmd, const std::vector<std::string>& args, po::variables_map& vm,
           const std::string& name, int& exit_code) {
  try {
    po::store(po::command_line_parser(args)
                  .options(cmd.named)
                  .positional(cmd.positional)
                  .style(po::command_line_style::unix_style)
                  .run(),
              vm);
    if (vm.count("help")) {
      std::cout << cmd.usage << "\n" << cmd.named;
      exit_code = 0;
      return false;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    exit_code = usage_error(e.what(), name);
    return false;
  }
  return true;
}

template <class T>
std::optional<T> opt(const po::variables_map& vm, const char* key) {
  if (!vm.count(key)) return std::nullopt;
  return vm[key].as<T>();
}

bool colour_wanted(int fd) { return ::isatty(fd) && std::getenv("NO_COLOR") == nullptr; }

int adjust(const std::vector<std::string>& args) {
  Command cmd{
      "usage: plan-adjust adjust PLAN [--injuries LOG] [--policy POLICY] "
      "[--as-of DATE] [--format yaml|json|ics] [-o OUT]",
      po::options_description("options"),
      {}};
  cmd.named.add_options()("help,h", "this help")("plan", po::value<std::string>()->required(),
                                                 "the training plan (YAML)")(
      "injuries,i", po::value<std::string>(), "the runner's injury log (YAML)")(
      "policy,p", po::value<std::string>(), "a policy file merged over the defaults")(
      "as-of", po::value<std::string>(),
      "YYYY-MM-DD: sessions before it never change, "
      "entries after it are ignored")("format,f", po::value<std::string>()->default_value("yaml"),
                                      "yaml | json | ics")(
      "output,o", po::value<std::string>(), "write here (atomically) instead of stdout");
  cmd.positional.add("plan", 1);
  po::variables_map vm;
  int code = 0;
  if (!parse(cmd, args, vm, "adjust", code)) return code;
  planadj::AdjustOptions o;
  o.plan = vm["plan"].as<std::string>();
  o.injuries = opt<std::string>(vm, "injuries");
  o.policy = opt<std::string>(vm, "policy");
  o.as_of = opt<std::string>(vm, "as-of");
  o.format = vm["format"].as<std::string>();
  o.out = opt<std::string>(vm, "output");
  if (o.format != "yaml" && o.format != "json" && o.format != "ics")
    return usage_error("unknown format '" + o.format + "' (expected yaml, json or ics)", "adjust");
  return planadj::run_adjust(o, std::cout, std::cerr);
}

int diff(const std::vector<std::string>& args) {
  Command cmd{
      "usage: plan-adjust diff ORIGINAL REVISED [--format text|markdown|json|html] "
      "[-o OUT]\n\nexit 0: same, 1: different, 2: trouble",
      po::options_description("options"),
      {}};
  cmd.named.add_options()("help,h", "this help")("original", po::value<std::string>()->required(),
                                                 "the plan before")(
      "revised", po::value<std::string>()->required(), "the plan after")(
      "format,f", po::value<std::string>()->default_value("text"), "text | markdown | json | html")(
      "output,o", po::value<std::string>(), "write here (atomically) instead of stdout");
  cmd.positional.add("original", 1).add("revised", 1);
  po::variables_map vm;
  int code = 0;
  if (!parse(cmd, args, vm, "diff", code)) return code;
  planadj::DiffOptions o;
  o.original = vm["original"].as<std::string>();
  o.revised = vm["revised"].as<std::string>();
  o.format = vm["format"].as<std::string>();
  o.out = opt<std::string>(vm, "output");
  if (o.format != "text" && o.format != "markdown" && o.format != "json" && o.format != "html")
    return usage_error("unknown format '" + o.format + "' (expected text, markdown, json or html)",
                       "diff");
  o.color = !o.out && colour_wanted(STDOUT_FILENO);
  return planadj::run_diff(o, std::cout, std::cerr);
}

int batch(const std::vector<std::string>& args) {
  Command cmd{
      "usage: plan-adjust batch ROSTER --out DIR [--policy POLICY] [--as-of DATE] "
      "[--jobs N] [--shard K/N] [--quiet]\n\n"
      "ROSTER is a folder of <athlete>/plan.yaml (+ injuries.yaml) or a roster.yaml\n"
      "exit 0: all processed, 1: some athletes failed, 2: nothing could run",
      po::options_description("options"),
      {}};
  cmd.named.add_options()("help,h", "this help")("roster", po::value<std::string>()->required(),
                                                 "roster folder or roster.yaml")(
      "out", po::value<std::string>()->required(), "output folder")(
      "policy,p", po::value<std::string>(), "a policy file merged over the defaults")(
      "as-of", po::value<std::string>(), "YYYY-MM-DD (default: every entry counts)")(
      "jobs,j", po::value<unsigned>()->default_value(0), "parallel workers (0: all cores)")(
      "shard", po::value<std::string>(), "K/N: only the athletes of shard K (0-based) of N")(
      "quiet,q", "no progress and no summary line");
  cmd.positional.add("roster", 1);
  po::variables_map vm;
  int code = 0;
  if (!parse(cmd, args, vm, "batch", code)) return code;
  planadj::BatchOptions o;
  o.roster = vm["roster"].as<std::string>();
  o.out = vm["out"].as<std::string>();
  o.policy = opt<std::string>(vm, "policy");
  o.as_of = opt<std::string>(vm, "as-of");
  o.jobs = vm["jobs"].as<unsigned>();
  o.shard = opt<std::string>(vm, "shard");
  o.quiet = vm.count("quiet") > 0;
  o.progress_bar = !o.quiet && ::isatty(STDERR_FILENO);
  return planadj::run_batch(o, std::cout, std::cerr);
}

int validate(const std::vector<std::string>& args) {
  Command cmd{
      "usage: plan-adjust validate FILE... [--kind plan|injury-log|policy|roster]\n\n"
      "exit 0: every file valid, 1: some file invalid, 2: usage error",
      po::options_description("options"),
      {}};
  cmd.named.add_options()("help,h", "this help")(
      "file", po::value<std::vector<std::string>>()->required(), "files to check")(
      "kind,k", po::value<std::string>(), "treat every file as this kind");
  cmd.positional.add("file", -1);
  po::variables_map vm;
  int code = 0;
  if (!parse(cmd, args, vm, "validate", code)) return code;
  planadj::ValidateOptions o;
  o.files = vm["file"].as<std::vector<std::string>>();
  o.kind = opt<std::string>(vm, "kind");
  return planadj::run_validate(o, std::cout, std::cerr);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kOverview;
    return kUsage;
  }
  const std::string command = args.front();
  args.erase(args.begin());
  try {
    if (command == "-h" || command == "--help" || command == "help") {
      std::cout << kOverview;
      return 0;
    }
    if (command == "--version" || command == "-V") {
      std::cout << "plan-adjust " << planadj::kVersion << "\n";
      return 0;
    }
    if (command == "adjust") return adjust(args);
    if (command == "diff") return diff(args);
    if (command == "batch") return batch(args);
    if (command == "validate") return validate(args);
    return usage_error("unknown command '" + command + "'", "");
  } catch (const std::exception& e) {
    // Last line of defence: a bug must still end in a message and exit 2, not abort.
    std::cerr << "plan-adjust: error: internal error: " << e.what() << "\n";
    return kUsage;
  }
}

// plan-adjust: parse the command line, call one library entry point, return its
// exit code. No rule logic and no YAML here (docs/architecture.md, "Layers").
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli.h"
#include "command_lines.h"
#include "planadj/did_you_mean.h"
#include "planadj/version.h"

namespace {

const char* const kUsage = "usage: plan-adjust COMMAND [OPTIONS]";

// `plan-adjust --help`: the commands come from their tables.
std::string overview() {
  std::string out = std::string(kUsage) + "\n\n" +
                    "revise running training plans around injuries, with a reason for every "
                    "change\n\ncommands:\n";
  std::vector<std::pair<std::string, std::string>> rows;
  std::size_t width = 0;
  for (const auto& c : tool_commands()) {
    std::string left = c.line.name;
    for (const auto& a : c.line.arguments) left += " " + a.name + (a.many ? "..." : "");
    width = std::max(width, left.size());
    rows.emplace_back(left, c.line.summary);
  }
  for (const auto& [left, help] : rows)
    out += "  " + left + std::string(width - left.size() + 2, ' ') + help + "\n";
  return out +
         "\noptions:\n"
         "  -h, --help     this help; `plan-adjust COMMAND --help` for a command's\n"
         "  -V, --version  the version\n"
         "\nGuidance from general running-coach advice, not medical advice.\n"
         "\nexit status: 0 done, 1 some input invalid or different, 2 usage error or trouble "
         "(each command's --help says which)\n";
}

int unknown_command(const std::string& typed) {
  std::vector<std::string_view> names;
  for (const auto& c : tool_commands()) names.push_back(c.line.name);
  const auto near = planadj::closest_name(typed, names);
  const std::string message = typed.rfind('-', 0) == 0 ? "unknown option '" + typed + "'"
                                                       : "unknown command '" + typed + "'";
  return cli::usage_error(message + (near ? " (did you mean '" + *near + "'?)" : ""), kUsage,
                          "plan-adjust --help");
}

int dispatch(const std::string& command, const std::vector<std::string>& args) {
  if (command == "-h" || command == "--help" || command == "help") {
    std::cout << overview();
    return 0;
  }
  if (command == "--version" || command == "-V") {
    std::cout << "plan-adjust " << planadj::kVersion << "\n";
    return 0;
  }
  for (const auto& c : tool_commands()) {
    if (c.line.name != command) continue;
    int code = 0;
    const auto parsed = cli::parse(c.line, args, code);
    return parsed ? c.run(*parsed) : code;
  }
  return unknown_command(command);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::vector<std::string> names;
    for (const auto& c : tool_commands()) names.push_back(c.line.name);
    return cli::usage_error("missing COMMAND (" + cli::join_or(names) + ")", kUsage,
                            "plan-adjust --help");
  }
  const std::string command = args.front();
  args.erase(args.begin());
  try {
    return dispatch(command, args);
  } catch (const std::exception& e) {
    // Last line of defence: a bug must still end in a message and exit 2, not abort.
    std::cerr << "plan-adjust: error: internal error: " << e.what() << "\n";
    return cli::kUsageError;
  }
}

// The command line as data: each command is a table of arguments and options, and the
// parser, `--help`, the usage line and the usage errors all come from it. The man pages
// and the shell completion are generated from `--help` (docs/install.md), so the table
// is the one source of every word the tool says about its options.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cli {

/// Exit code of every usage mistake, and of --help (0).
inline constexpr int kUsageError = 2;

struct Option {
  std::string name;        ///< long name without dashes: "format"
  char letter = 0;         ///< short name, 0 for none
  std::string value{};     ///< placeholder: "LOG", "yaml|json|ics" (the choices); empty: a flag
  std::string help{};      ///< one line
  std::string fallback{};  ///< the value when absent, shown as "(default: …)"; empty: none
  bool required = false;
  /// Rejects a malformed value: returns the problem, as the end of "invalid --NAME 'X' …".
  std::string (*check)(const std::string& value) = nullptr;

  std::vector<std::string> choices() const;  ///< `value` split at '|' when it holds one
};

struct Argument {
  std::string name;  ///< "PLAN"
  std::string help;
  bool many = false;  ///< one or more (FILE...)
};

struct Command {
  std::string name;     ///< "adjust"
  std::string summary;  ///< one line, for the overview and the man page's NAME
  std::vector<Argument> arguments;
  std::vector<Option> options;  ///< --help is added by the parser
  std::string details;          ///< paragraphs after the options, may be empty
  std::string exit_status;      ///< "0 written, 1 invalid input, 2 …"
};

/// What a command line said, with defaults filled in.
struct Parsed {
  std::vector<std::string> arguments;
  std::map<std::string, std::string> values;  ///< option name -> value ("" for a flag)

  bool has(const std::string& option) const { return values.count(option) > 0; }
  std::optional<std::string> get(const std::string& option) const;
};

/// `usage: plan-adjust adjust PLAN [-i LOG] …`, from the table.
std::string usage_line(const Command& cmd);
/// The whole `plan-adjust CMD --help` text.
std::string help_text(const Command& cmd);

/// Parses `args` (after the command name). On `--help` prints the help and sets
/// `exit_code` to 0; on a mistake prints our message and the usage line and sets it to
/// kUsageError; returns nullopt in both cases.
std::optional<Parsed> parse(const Command& cmd, const std::vector<std::string>& args,
                            int& exit_code);

/// "a, b LAST c": `join({"a", "b", "c"}, "or")` is "a, b or c".
std::string join(const std::vector<std::string>& words, const std::string& last);
/// join(words, "or").
std::string join_or(const std::vector<std::string>& words);

/// Prints `plan-adjust: error: MESSAGE`, then `usage` and the way to more help.
int usage_error(const std::string& message, const std::string& usage, const std::string& help);

}  // namespace cli

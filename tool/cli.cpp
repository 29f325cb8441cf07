// The parser behind cli.h: Boost.Program_options splits the tokens, every word the
// user reads is ours (docs/install.md, "Messages").
#include "cli.h"

#include <algorithm>
#include <boost/program_options.hpp>
#include <iostream>

#include "planadj/did_you_mean.h"

namespace po = boost::program_options;

namespace cli {
namespace {

// The name under which Program_options collects the positional arguments; not an
// option anyone can type, since prefixes are not guessed.
const char* const kArguments = "positional arguments";
// `--form` is not `--format`: a prefix would change meaning when an option is added.
constexpr int kStyle = po::command_line_style::unix_style ^ po::command_line_style::allow_guessing;
// Left column of the option list, and the most it may grow before help wraps under it.
constexpr std::size_t kMaxLeftColumn = 28;
// Each row is indented this much, and its help kept this far from the left column.
constexpr std::size_t kRowIndent = 2, kColumnGap = 2;

std::string flag_of(const Option& o) { return "--" + o.name; }

const Option* find_option(const Command& cmd, std::string typed) {
  typed.erase(0, typed.find_first_not_of('-'));
  for (const auto& o : cmd.options)
    if (o.name == typed || (o.letter && typed.size() == 1 && typed[0] == o.letter)) return &o;
  return nullptr;
}

std::string value_hint(const Option& o) {
  const auto choices = o.choices();
  return choices.empty() ? o.value : join_or(choices);
}

po::options_description describe(const Command& cmd) {
  po::options_description d;
  d.add_options()("help,h", "");
  for (const auto& o : cmd.options) {
    const std::string spec = o.name + (o.letter ? std::string(",") + o.letter : "");
    if (o.value.empty())
      d.add_options()(spec.c_str(), "");
    else
      d.add_options()(spec.c_str(), po::value<std::string>(), "");
  }
  d.add_options()(kArguments, po::value<std::vector<std::string>>(), "");
  return d;
}

// Program_options' complaint, said in our words.
std::string translate(const po::error& e, const Command& cmd) {
  const auto* named = dynamic_cast<const po::error_with_option_name*>(&e);
  const std::string typed = named ? named->get_option_name() : "";
  if (dynamic_cast<const po::unknown_option*>(&e)) {
    std::vector<std::string_view> names;
    for (const auto& o : cmd.options) names.push_back(o.name);
    const std::string bare = typed.substr(std::min(typed.find_first_not_of('-'), typed.size()));
    const auto near = bare.size() > 1 ? planadj::closest_name(bare, names) : std::nullopt;
    return "unknown option '" + typed + "'" + (near ? " (did you mean '--" + *near + "'?)" : "");
  }
  const Option* o = find_option(cmd, typed);
  const std::string shown = o ? flag_of(*o) : typed;
  if (const auto* syntax = dynamic_cast<const po::invalid_command_line_syntax*>(&e)) {
    if (syntax->kind() == po::invalid_syntax::extra_parameter)
      return "option '" + shown + "' takes no value";
    if (o && (syntax->kind() == po::invalid_syntax::missing_parameter ||
              syntax->kind() == po::invalid_syntax::empty_adjacent_parameter))
      return "option '" + shown + "' needs a value (" + value_hint(*o) + ")";
  }
  return "cannot read the option '" + shown + "'";
}

// The problem with `p`'s arguments and options as a whole, or empty.
std::string missing_or_extra(const Command& cmd, const Parsed& p) {
  std::size_t needed = cmd.arguments.size();
  const bool many = !cmd.arguments.empty() && cmd.arguments.back().many;
  for (std::size_t i = p.arguments.size(); i < needed; ++i)
    return "missing " + cmd.arguments[i].name + ": " + cmd.arguments[i].help;
  if (!many && p.arguments.size() > needed) {
    std::vector<std::string> names;
    for (const auto& a : cmd.arguments) names.push_back(a.name);
    return "extra argument '" + p.arguments[needed] + "': " + cmd.name + " takes only " +
           (names.empty() ? "options" : join(names, "and"));
  }
  for (const auto& o : cmd.options)
    if (o.required && !p.has(o.name))
      return "missing " + flag_of(o) + " " + o.value + ": " + o.help;
  return "";
}

std::string bad_value(const Command& cmd, const Parsed& p) {
  for (const auto& o : cmd.options) {
    const auto v = p.get(o.name);
    if (!v || o.value.empty()) continue;
    const auto choices = o.choices();
    if (!choices.empty() && std::find(choices.begin(), choices.end(), *v) == choices.end())
      return "unknown " + o.name + " '" + *v + "'" +
             planadj::suggestion(*v, {choices.begin(), choices.end()});
    if (o.check) {
      const std::string problem = o.check(*v);
      if (!problem.empty()) return "invalid " + flag_of(o) + " '" + *v + "' " + problem;
    }
  }
  return "";
}

// Collects the parsed tokens into `p`; false (with `message`) on a repeated option.
bool collect(const po::parsed_options& parsed, const Command& cmd, Parsed& p, bool& help,
             std::string& message) {
  for (const auto& opt : parsed.options) {
    if (opt.string_key == kArguments) {
      p.arguments.insert(p.arguments.end(), opt.value.begin(), opt.value.end());
    } else if (opt.string_key == "help") {
      help = true;
    } else if (p.has(opt.string_key)) {
      message = "option '--" + opt.string_key + "' given twice";
      return false;
    } else {
      p.values[opt.string_key] = opt.value.empty() ? "" : opt.value.front();
    }
  }
  for (const auto& o : cmd.options)
    if (!o.fallback.empty() && !p.has(o.name)) p.values[o.name] = o.fallback;
  return true;
}

std::string option_left(const Option& o) {
  std::string left = o.letter ? std::string("-") + o.letter + ", " : "    ";
  left += flag_of(o);
  if (!o.value.empty()) left += " " + o.value;
  return left;
}

// Two-column lines: `  LEFT   help`; help wraps under a long LEFT.
std::string columns(const std::vector<std::pair<std::string, std::string>>& rows) {
  std::size_t width = 0;
  for (const auto& [left, help] : rows)
    if (left.size() <= kMaxLeftColumn) width = std::max(width, left.size());
  std::string out;
  for (const auto& [left, help] : rows) {
    out += std::string(kRowIndent, ' ') + left;
    out += left.size() <= width ? std::string(width - left.size() + kColumnGap, ' ')
                                : "\n" + std::string(kRowIndent + width + kColumnGap, ' ');
    out += help + "\n";
  }
  return out;
}

}  // namespace

std::string join(const std::vector<std::string>& words, const std::string& last) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i)
    out += (i == 0 ? "" : i + 1 == words.size() ? " " + last + " " : ", ") + words[i];
  return out;
}

std::string join_or(const std::vector<std::string>& words) { return join(words, "or"); }

std::vector<std::string> Option::choices() const {
  std::vector<std::string> out;
  if (value.find('|') == std::string::npos) return out;
  std::size_t start = 0;
  for (std::size_t bar; (bar = value.find('|', start)) != std::string::npos; start = bar + 1)
    out.push_back(value.substr(start, bar - start));
  out.push_back(value.substr(start));
  return out;
}

std::optional<std::string> Parsed::get(const std::string& option) const {
  const auto it = values.find(option);
  if (it == values.end()) return std::nullopt;
  return it->second;
}

std::string usage_line(const Command& cmd) {
  std::string out = "usage: plan-adjust " + cmd.name;
  for (const auto& a : cmd.arguments) out += " " + a.name + (a.many ? "..." : "");
  for (const auto& o : cmd.options) {
    const std::string part = flag_of(o) + (o.value.empty() ? "" : " " + o.value);
    out += o.required ? " " + part : " [" + part + "]";
  }
  return out;
}

std::string help_text(const Command& cmd) {
  std::string out = usage_line(cmd) + "\n\n" + cmd.summary + "\n";
  std::vector<std::pair<std::string, std::string>> rows;
  for (const auto& a : cmd.arguments) rows.emplace_back(a.name + (a.many ? "..." : ""), a.help);
  if (!rows.empty()) out += "\narguments:\n" + columns(rows);
  rows.clear();
  for (const auto& o : cmd.options)
    rows.emplace_back(option_left(o),
                      o.help + (o.fallback.empty() ? "" : " (default: " + o.fallback + ")"));
  rows.emplace_back("-h, --help", "this help");
  out += "\noptions:\n" + columns(rows);
  if (!cmd.details.empty()) out += "\n" + cmd.details + "\n";
  out += "\nexit status: " + cmd.exit_status + "\n";
  return out;
}

int usage_error(const std::string& message, const std::string& usage, const std::string& help) {
  std::cerr << "plan-adjust: error: " << message << "\n"
            << usage << "\n"
            << "more: " << help << "\n";
  return kUsageError;
}

std::optional<Parsed> parse(const Command& cmd, const std::vector<std::string>& args,
                            int& exit_code) {
  const auto fail = [&](const std::string& message) {
    exit_code = usage_error(message, usage_line(cmd), "plan-adjust " + cmd.name + " --help");
    return std::nullopt;
  };
  const auto desc = describe(cmd);
  po::positional_options_description positional;
  positional.add(kArguments, -1);
  Parsed p;
  bool help = false;
  std::string message;
  try {
    const auto parsed =
        po::command_line_parser(args).options(desc).positional(positional).style(kStyle).run();
    if (!collect(parsed, cmd, p, help, message)) return fail(message);
  } catch (const po::error& e) {
    return fail(translate(e, cmd));
  }
  if (help) {
    std::cout << help_text(cmd);
    exit_code = 0;
    return std::nullopt;
  }
  message = missing_or_extra(cmd, p);
  if (message.empty()) message = bad_value(cmd, p);
  if (!message.empty()) return fail(message);
  return p;
}

}  // namespace cli

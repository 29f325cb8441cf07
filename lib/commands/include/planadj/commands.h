// One entry point per command. tool/main.cpp parses options into these structs
// and maps the returned value to the process exit code (docs/formats.md#diagnostics).
// Each option's value is checked once, by the tool's option table, before it gets here:
// a date or a shard arrives parsed, a format or a kind is one of the table's choices
// (docs/architecture.md, "A command").
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "planadj/batch.h"
#include "planadj/model.h"
#include "planadj/readers.h"

namespace planadj {

struct AdjustOptions {
  std::string plan;
  std::optional<std::string> injuries;
  std::optional<std::string> policy;
  std::optional<Date> as_of;
  std::string format = "yaml";     ///< yaml | json | ics | message
  std::optional<std::string> out;  ///< unset or "-": standard output
  bool in_place = false;           ///< rewrite PLAN itself (docs/batch.md#history)
  bool allow_far_dates = false;    ///< docs/rules.md#dates-outside-the-plan
  /// Revise a revision with no log: restores the pre-injury plan on purpose
  /// (docs/formats.md#revisions-stay-revisions).
  bool no_injuries = false;
};

struct DiffOptions {
  std::string original;
  std::string revised;
  std::string format = "text";  ///< text | markdown | json | html
  std::optional<std::string> out;
  bool color = false;  ///< decided by main: a terminal and no NO_COLOR
};

struct BatchOptions {
  std::string roster;
  std::string out;
  std::optional<std::string> policy;
  std::optional<Date> as_of;
  unsigned jobs = 0;                  ///< 0: all cores
  std::optional<batch::Shard> shard;  ///< --shard K/N
  bool quiet = false;
  bool progress_bar = false;     ///< decided by main: standard error is a terminal
  bool allow_far_dates = false;  ///< docs/rules.md#dates-outside-the-plan
};

struct ValidateOptions {
  std::vector<std::string> files;
  std::optional<FileKind> kind;  ///< every file read as this kind
  /// A roster is checked as that night's `batch` would read it: with this policy file
  /// and date (docs/batch.md#checking-a-roster-validate).
  std::optional<std::string> policy;
  std::optional<Date> as_of;
  bool allow_far_dates = false;  ///< docs/rules.md#dates-outside-the-plan
};

/// `adjust`: 0 written, 1 invalid input, 2 usage / unreadable / cannot write.
int run_adjust(const AdjustOptions& opts, std::ostream& out, std::ostream& err);
/// `diff`: 0 same, 1 different, 2 trouble.
int run_diff(const DiffOptions& opts, std::ostream& out, std::ostream& err);
/// `batch`: 0 all processed, 1 some failed, 2 nothing could run.
int run_batch(const BatchOptions& opts, std::ostream& out, std::ostream& err);
/// `validate`: 0 all valid, 1 some invalid, 2 usage error.
int run_validate(const ValidateOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace planadj

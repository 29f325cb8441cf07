// The four commands' tables and how each turns a parsed command line into a library
// call (lib/commands, planadj/commands.h).
#pragma once

#include <vector>

#include "cli.h"

struct ToolCommand {
  cli::Command line;
  int (*run)(const cli::Parsed&);
};

/// adjust, diff, batch, validate: in the order the overview lists them.
const std::vector<ToolCommand>& tool_commands();

// Test support: run the built plan-adjust binary and capture what it printed.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

namespace planadj::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline void spit(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

/// A fresh empty folder under the build's temporary area, unique per call.
inline std::string temp_dir(const std::string& name) {
  static int counter = 0;
  std::string dir = std::string(::testing::TempDir()) + "planadj-" + name + "-" +
                    std::to_string(::getpid()) + "-" + std::to_string(counter++);
  std::system(("rm -rf '" + dir + "' && mkdir -p '" + dir + "'").c_str());
  return dir;
}

#ifdef PLANADJ_BINARY
/// Runs `plan-adjust ARGS` (ARGS already shell-quoted as needed) from the source
/// folder, so sample paths in messages read `samples/...`.
inline RunResult run_tool(const std::string& args, const std::string& stdin_text = "") {
  const std::string dir = temp_dir("run");
  const std::string in = dir + "/stdin", out = dir + "/stdout", err = dir + "/stderr";
  spit(in, stdin_text);
  const std::string cmd = "cd '" PLANADJ_SOURCE_DIR "' && '" PLANADJ_BINARY "' " + args + " <'" +
                          in + "' >'" + out + "' 2>'" + err + "'";
  const int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = slurp(out);
  r.err = slurp(err);
  std::system(("rm -rf '" + dir + "'").c_str());
  return r;
}
#endif

/// The path of a file under the source folder.
inline std::string source_path(const std::string& rel) {
  return std::string(PLANADJ_SOURCE_DIR) + "/" + rel;
}

}  // namespace planadj::testing

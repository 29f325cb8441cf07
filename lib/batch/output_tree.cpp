#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "planadj/batch.h"
#include "planadj/fs.h"

namespace planadj::batch {
namespace {

namespace fs = std::filesystem;

}  // namespace

std::string real_path(const std::string& path) {
  char* r = ::realpath(path.c_str(), nullptr);
  if (!r) return {};
  std::string out(r);
  std::free(r);
  return out;
}

bool prepare_out_dir(const std::string& out_dir, const std::string& roster_folder,
                     std::string& real_out, std::string& error) {
  std::error_code ec;
  // Checked before anything is created: a folder made inside the roster would itself
  // be something written into the roster.
  const std::string planned = fs::weakly_canonical(fs::absolute(out_dir, ec), ec).string();
  if (!ec && path_within(planned, roster_folder)) {
    error = "--out " + out_dir + " is inside the roster; choose a folder outside it";
    return false;
  }
  fs::create_directories(out_dir, ec);
  struct stat st {};
  if (::stat(out_dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    error = "cannot create the output folder " + out_dir +
            (ec ? ": " + ec.message() : std::string(": not a folder"));
    return false;
  }
  if (::access(out_dir.c_str(), W_OK | X_OK) != 0) {
    error = "cannot write into the output folder " + out_dir;
    return false;
  }
  real_out = real_path(out_dir);
  if (real_out.empty() || path_within(real_out, roster_folder)) {
    error = "--out " + out_dir + " is inside the roster; choose a folder outside it";
    return false;
  }
  return true;
}

std::vector<std::string> find_stale_outputs(const std::string& out_dir,
                                            const std::vector<std::string>& roster_ids) {
  std::vector<std::string> stale;
  std::error_code ec;
  fs::directory_iterator it(out_dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!unsafe_id_reason(name).empty()) continue;  // ours are always safe ids
    struct stat st {};
    const std::string dir = out_dir + "/" + name;
    if (::lstat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) continue;
    if (::stat((dir + "/plan.yaml").c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    if (!std::binary_search(roster_ids.begin(), roster_ids.end(), name)) stale.push_back(name);
  }
  std::sort(stale.begin(), stale.end());
  return stale;
}

}  // namespace planadj::batch

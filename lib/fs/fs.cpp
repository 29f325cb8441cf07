#include "planadj/fs.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <vector>

namespace planadj {
namespace {

constexpr std::string_view kTempSuffix = ".tmp";
constexpr std::size_t kTempRandomChars = 6;  // mkstemps' XXXXXX

std::string errno_text(int e) { return std::strerror(e); }

bool alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::string base_of(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string folder_of(const std::string& path) {
  const auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

bool write_all(int fd, const std::string& bytes) {
  const char* p = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

bool write_file_atomic(const std::string& path, const std::string& bytes, std::string& error) {
  // The temporary file sits beside the target so rename() stays on one file system.
  // Its name starts with '.' and ends in '.tmp' so a reader globbing for *.yaml skips it.
  std::string tmpl = folder_of(path) + "/." + base_of(path) + "." +
                     std::string(kTempRandomChars, 'X') + std::string(kTempSuffix);
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  const int fd = ::mkstemps(name.data(), static_cast<int>(kTempSuffix.size()));
  if (fd < 0) {
    error = "cannot create a temporary file beside " + path + ": " + errno_text(errno);
    return false;
  }
  const std::string tmp(name.data());
  bool ok = write_all(fd, bytes);
  int e = errno;
  // mkstemps makes the file 0600; a plan is an ordinary document.
  if (ok && ::fchmod(fd, 0644) != 0) {
    ok = false;
    e = errno;
  }
  if (ok && ::fsync(fd) != 0) {
    ok = false;
    e = errno;
  }
  if (::close(fd) != 0 && ok) {
    ok = false;
    e = errno;
  }
  if (ok && ::rename(tmp.c_str(), path.c_str()) != 0) {
    ok = false;
    e = errno;
  }
  if (!ok) {
    ::unlink(tmp.c_str());
    error = "cannot write " + path + ": " + errno_text(e);
    return false;
  }
  // Make the rename itself durable; a failure here loses nothing already written.
  const int dir = ::open(folder_of(path).c_str(), O_RDONLY | O_DIRECTORY);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return true;
}

bool write_file_if_changed(const std::string& path, const std::string& bytes, bool& changed,
                           std::string& error) {
  changed = false;
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
      static_cast<std::size_t>(st.st_size) == bytes.size()) {
    std::ifstream in(path, std::ios::binary);
    const std::string current((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
    if (in.good() || in.eof()) {
      if (current == bytes) return true;
    }
  }
  if (!write_file_atomic(path, bytes, error)) return false;
  changed = true;
  return true;
}

bool is_temp_name_for(std::string_view name, std::string_view base) {
  // Exactly "." + base + "." + six letters or digits + ".tmp" (what mkstemps makes).
  const std::size_t size = 1 + base.size() + 1 + kTempRandomChars + kTempSuffix.size();
  if (base.empty() || name.size() != size || name.front() != '.') return false;
  if (name.compare(1, base.size(), base) != 0 || name[1 + base.size()] != '.') return false;
  const std::string_view random = name.substr(2 + base.size(), kTempRandomChars);
  for (const char c : random)
    if (!alnum(c)) return false;
  return name.substr(size - kTempSuffix.size()) == kTempSuffix;
}

std::size_t remove_stale_temp_files(const std::string& path) {
  const std::string folder = folder_of(path), base = base_of(path);
  DIR* dir = ::opendir(folder.c_str());
  if (!dir) return 0;
  std::vector<std::string> doomed;
  while (const dirent* e = ::readdir(dir))
    if (is_temp_name_for(e->d_name, base)) doomed.push_back(folder + "/" + e->d_name);
  ::closedir(dir);
  std::size_t removed = 0;
  for (const std::string& p : doomed) {
    // Only plain files: a folder or a symbolic link of that name is not ours.
    struct stat st {};
    if (::lstat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::unlink(p.c_str()) == 0) ++removed;
  }
  return removed;
}

bool same_file(const std::string& a, const std::string& b) {
  struct stat sa {
  }, sb{};
  if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

}  // namespace planadj

#include "planadj/fs.h"

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

std::string errno_text(int e) { return std::strerror(e); }

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
  const auto slash = path.find_last_of('/');
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  std::string tmpl = folder_of(path) + "/." + base + ".XXXXXX.tmp";
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  const int fd = ::mkstemps(name.data(), 4);
  if (fd < 0) {
    error = "cannot create a temporary file beside " + path + ": " + errno_text(errno);
    return false;
  }
  const std::string tmp(name.data());
  bool ok = write_all(fd, bytes);
  int e = errno;
  // mkstemps makes the file 0600; a plan is an ordinary document.
  if (ok && ::fchmod(fd, 0644) != 0) { ok = false; e = errno; }
  if (ok && ::fsync(fd) != 0) { ok = false; e = errno; }
  if (::close(fd) != 0 && ok) { ok = false; e = errno; }
  if (ok && ::rename(tmp.c_str(), path.c_str()) != 0) { ok = false; e = errno; }
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

bool same_file(const std::string& a, const std::string& b) {
  struct stat sa {}, sb {};
  if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

}  // namespace planadj

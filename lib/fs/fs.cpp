#include "planadj/fs.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

namespace planadj {
namespace {

constexpr std::string_view kTempSuffix = ".tmp";
constexpr std::size_t kTempRandomChars = 6;  // mkstemps' XXXXXX
constexpr mode_t kFileMode = 0644;           // rw-r--r--, as an editor saves a document
// At most this many temporaries are open at once in a group write; far below the
// usual 1024 descriptors a process may hold.
constexpr std::size_t kOpenFiles = 128;
// A streamed file is written and compared this many bytes at a time.
constexpr std::size_t kStreamChunk = std::size_t{64} << 10;

// Thread-safe (the batch writes from worker threads): strerror_r, as
// planadj/errno_message.h does for the layers above; fs uses no other layer.
[[maybe_unused]] std::string from_strerror_r(const char* message, const char*) { return message; }
[[maybe_unused]] std::string from_strerror_r(int result, const char* buf) {
  return result == 0 ? buf : "error";
}
std::string errno_text(int e) {
  char buf[256] = {};
  return from_strerror_r(strerror_r(e, buf, sizeof buf), buf);
}

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

// A changed file of a group on its way to disk: its temporary's name and descriptor.
struct Staged {
  GroupedWrite* file;
  std::string tmp;
  int fd = -1;
};

// Whether `path` is a regular file holding exactly `bytes` (then it is not rewritten).
bool holds_exactly(const std::string& path, const std::string& bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st {};
  bool same = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
              static_cast<std::size_t>(st.st_size) == bytes.size();
  std::vector<char> buffer(same ? bytes.size() : 0);
  std::size_t got = 0;
  while (same && got < buffer.size()) {
    const ssize_t n = ::read(fd, buffer.data() + got, buffer.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) same = false;
    got += n > 0 ? static_cast<std::size_t>(n) : 0;
  }
  ::close(fd);
  return same && bytes.compare(0, bytes.size(), buffer.data(), buffer.size()) == 0;
}

void fail(Staged& s, const std::string& message) {
  if (s.fd >= 0) ::close(s.fd);
  s.fd = -1;
  if (!s.tmp.empty()) ::unlink(s.tmp.c_str());
  s.tmp.clear();
  s.file->error = message;
}

// Creates the temporary beside the target (so rename() stays on one file system),
// writes the bytes and starts their writeback; the descriptor stays open for the sync.
// Its name starts with '.' and ends in '.tmp' so a reader globbing for *.yaml skips it.
bool open_temp(Staged& s) {
  const std::string& path = s.file->path;
  std::string tmpl = folder_of(path) + "/." + base_of(path) + "." +
                     std::string(kTempRandomChars, 'X') + std::string(kTempSuffix);
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  s.fd = ::mkostemps(name.data(), static_cast<int>(kTempSuffix.size()), O_CLOEXEC);
  if (s.fd < 0) {
    s.file->error = "cannot create a temporary file beside " + path + ": " + errno_text(errno);
    return false;
  }
  s.tmp = name.data();
  // mkstemps makes the file 0600; a plan is an ordinary document.
  if (::fchmod(s.fd, kFileMode) == 0) return true;
  fail(s, "cannot write " + path + ": " + errno_text(errno));
  return false;
}

void stage(Staged& s) {
  if (!open_temp(s)) return;
  if (!write_all(s.fd, s.file->bytes))
    return fail(s, "cannot write " + s.file->path + ": " + errno_text(errno));
  // Only a hint (the data sync below is what counts): the disk starts on this file
  // while the next ones are written, so the sync pass mostly waits for nothing.
  ::sync_file_range(s.fd, 0, 0, SYNC_FILE_RANGE_WRITE);
}

std::size_t open_count(const std::vector<Staged>& staged) {
  return static_cast<std::size_t>(
      std::count_if(staged.begin(), staged.end(), [](const Staged& s) { return s.fd >= 0; }));
}

// The data of every staged temporary on disk, then closed. One file: fdatasync. More:
// one syncfs for all of them, since on ext4 each fdatasync of a new file is a journal
// commit and a disk cache flush (~6 ms here), while one syncfs is one of each for the
// whole group (docs/performance.md). syncfs reports a writeback error since Linux 5.8.
void sync_data(std::vector<Staged>& staged) {
  const bool one = open_count(staged) == 1;
  int group_error = 0;
  if (!one) {
    const auto first =
        std::find_if(staged.begin(), staged.end(), [](const Staged& s) { return s.fd >= 0; });
    if (first != staged.end() && ::syncfs(first->fd) != 0) group_error = errno;
  }
  for (Staged& s : staged) {
    if (s.fd < 0) continue;
    const int e = group_error ? group_error : (one && ::fdatasync(s.fd) != 0 ? errno : 0);
    const int fd = s.fd;
    s.fd = -1;
    const int closed = ::close(fd) != 0 ? errno : 0;
    if (e || closed) fail(s, "cannot write " + s.file->path + ": " + errno_text(e ? e : closed));
  }
}

// Renames each synced temporary to its final name, then makes the renames durable:
// one fsync of the folder for one file, one syncfs for a group (as sync_data). A
// failed sync here loses nothing already written.
void rename_and_sync_folders(std::vector<Staged>& staged) {
  std::vector<std::string> folders;
  for (Staged& s : staged) {
    if (s.tmp.empty()) continue;
    if (::rename(s.tmp.c_str(), s.file->path.c_str()) != 0) {
      fail(s, "cannot write " + s.file->path + ": " + errno_text(errno));
      continue;
    }
    s.tmp.clear();
    s.file->changed = true;
    folders.push_back(folder_of(s.file->path));
  }
  if (folders.size() == 1) return sync_folder(folders.front());
  if (folders.empty()) return;
  const int dir = ::open(folders.front().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir < 0) return;
  ::syncfs(dir);
  ::close(dir);
}

// Whether the file open as `fd` holds the same bytes as the file at `path`.
bool same_contents(int fd, const std::string& path) {
  struct stat mine {
  }, theirs{};
  if (::fstat(fd, &mine) != 0 || ::stat(path.c_str(), &theirs) != 0 || !S_ISREG(theirs.st_mode) ||
      mine.st_size != theirs.st_size)
    return false;
  const int other = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (other < 0) return false;
  std::vector<char> a(kStreamChunk), b(kStreamChunk);
  bool same = true;
  for (off_t at = 0; same && at < mine.st_size;) {
    const ssize_t n = ::pread(fd, a.data(), a.size(), at);
    same = n > 0 && ::pread(other, b.data(), static_cast<std::size_t>(n), at) == n &&
           std::equal(a.begin(), a.begin() + n, b.begin());
    at += n > 0 ? n : 0;
  }
  ::close(other);
  return same;
}

// Writes what `produce` hands out into the staged temporary, kStreamChunk at a time.
bool write_pieces(Staged& s, const Producer& produce) {
  std::string buffer;
  bool ok = true;
  try {
    produce([&](std::string_view piece) {
      buffer.append(piece);
      if (buffer.size() < kStreamChunk) return;
      ok = ok && write_all(s.fd, buffer);
      buffer.clear();
    });
  } catch (...) {
    fail(s, "cannot write " + s.file->path);
    throw;
  }
  return ok && write_all(s.fd, buffer);
}

}  // namespace

bool write_file_streamed_if_changed(const std::string& path, const Producer& produce, bool& changed,
                                    std::string& error) {
  GroupedWrite file{path, {}, false, {}};
  std::vector<Staged> one{{&file, {}, -1}};
  Staged& s = one.front();
  if (open_temp(s)) {
    if (!write_pieces(s, produce)) {
      fail(s, "cannot write " + path + ": " + errno_text(errno));
    } else if (same_contents(s.fd, path)) {
      ::close(s.fd);
      ::unlink(s.tmp.c_str());
      s = {&file, {}, -1};
    } else {
      sync_data(one);
      rename_and_sync_folders(one);
    }
  }
  changed = file.changed;
  error = file.error;
  return error.empty();
}

void sync_folder(const std::string& folder) {
  const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir < 0) return;
  ::fsync(dir);
  ::close(dir);
}

void write_files_if_changed(std::vector<GroupedWrite>& files) {
  std::vector<Staged> staged;
  for (std::size_t i = 0; i < files.size(); ++i) {
    GroupedWrite& f = files[i];
    f.changed = false;
    f.error.clear();
    if (!holds_exactly(f.path, f.bytes)) {
      staged.push_back({&f, {}, -1});
      stage(staged.back());
    }
    // Bounded open descriptors: a long list goes to disk in groups of kOpenFiles.
    if (staged.size() == kOpenFiles || i + 1 == files.size()) {
      sync_data(staged);
      rename_and_sync_folders(staged);
      staged.clear();
    }
  }
}

bool write_file_atomic(const std::string& path, const std::string& bytes, std::string& error) {
  std::vector<GroupedWrite> one{{path, bytes, false, {}}};
  Staged s{&one.front(), {}, -1};
  std::vector<Staged> staged;
  stage(s);
  staged.push_back(s);
  sync_data(staged);
  rename_and_sync_folders(staged);
  error = one.front().error;
  return error.empty();
}

bool write_file_if_changed(const std::string& path, const std::string& bytes, bool& changed,
                           std::string& error) {
  std::vector<GroupedWrite> one{{path, bytes, false, {}}};
  write_files_if_changed(one);
  changed = one.front().changed;
  error = one.front().error;
  return error.empty();
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

bool path_within(const std::string& path, const std::string& folder) {
  if (folder.empty() || path.empty()) return false;
  if (path == folder || folder == "/") return true;
  return path.compare(0, folder.size() + 1, folder + "/") == 0;
}

}  // namespace planadj

// Reading a whole input file, refusing what is not a readable regular file.
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "planadj/errno_message.h"
#include "planadj/readers.h"

namespace planadj {

std::optional<std::string> read_text_file(const std::string& path, Diagnostics& ds,
                                          std::size_t max_bytes) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    const int e = errno;
    add_error(ds, {path, 0, 0},
              e == ENOENT ? std::string("no such file")
                          : std::string("cannot read file: ") + errno_message(e));
    return std::nullopt;
  }
  if (S_ISDIR(st.st_mode)) {
    add_error(ds, {path, 0, 0}, "is a directory, not a file");
    return std::nullopt;
  }
  // Check the size before reading a byte (docs/formats.md#limits); a FIFO or a growing file is
  // still cut off below.
  if (S_ISREG(st.st_mode) && static_cast<unsigned long long>(st.st_size) > max_bytes) {
    add_error(ds, {path, 0, 0},
              "file is " + std::to_string(st.st_size) + " bytes, over the limit of " +
                  std::to_string(max_bytes) + " bytes");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    add_error(ds, {path, 0, 0}, std::string("cannot read file: ") + errno_message(errno));
    return std::nullopt;
  }
  std::string bytes;
  char buffer[1 << 16];
  while (in) {
    in.read(buffer, sizeof buffer);
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > max_bytes) {
      add_error(ds, {path, 0, 0},
                "file is over the limit of " + std::to_string(max_bytes) + " bytes");
      return std::nullopt;
    }
  }
  if (in.bad()) {
    add_error(ds, {path, 0, 0}, "cannot read file: read error");
    return std::nullopt;
  }
  return bytes;
}

}  // namespace planadj

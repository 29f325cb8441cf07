// The few file-system operations the tool needs, written so that a crash never
// leaves a partial file under a final name.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace planadj {

/// Writes `bytes` to `path` atomically: a temporary file in the same folder,
/// fsync, rename. Returns false and sets `error` (lower-case) on failure; on
/// failure nothing is left behind under `path` or the temporary name.
bool write_file_atomic(const std::string& path, const std::string& bytes, std::string& error);

/// As write_file_atomic, but leaves the file alone (mtime and all) when it already
/// holds exactly `bytes`. Sets `changed` to whether it wrote.
bool write_file_if_changed(const std::string& path, const std::string& bytes, bool& changed,
                           std::string& error);

/// True when `name` is a temporary name write_file_atomic uses for a file named `base`:
/// exactly `.BASE.XXXXXX.tmp`, each X a letter or digit.
bool is_temp_name_for(std::string_view name, std::string_view base);

/// Removes what a write_file_atomic(path, …) killed part way may have left beside
/// `path`: regular files whose name is_temp_name_for path's file name, nothing else.
/// Returns how many were removed. Only for a folder no other process is writing
/// `path` in, since a write in flight uses such a name too.
std::size_t remove_stale_temp_files(const std::string& path);

/// True when the two paths name the same existing file (same device and inode).
bool same_file(const std::string& a, const std::string& b);

}  // namespace planadj

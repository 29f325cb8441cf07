// The few file-system operations the tool needs, written so that a crash never
// leaves a partial file under a final name.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace planadj {

/// Writes `bytes` to `path` atomically: a temporary file in the same folder,
/// fsync, rename. Returns false and sets `error` (lower-case) on failure; on
/// failure nothing is left behind under `path` or the temporary name.
bool write_file_atomic(const std::string& path, const std::string& bytes, std::string& error);

/// As write_file_atomic, but leaves the file alone (mtime and all) when it already
/// holds exactly `bytes`. Sets `changed` to whether it wrote.
bool write_file_if_changed(const std::string& path, const std::string& bytes, bool& changed,
                           std::string& error);

/// One file of a group write: what to write where (in), and what happened (out).
struct GroupedWrite {
  std::string path;
  std::string bytes;
  bool changed = false;  ///< out: the file was (re)written
  std::string error;     ///< out: set (lower-case) when it could not be written
};

/// write_file_if_changed for many files at once, with the disk synced per group, not
/// per file: every changed file's temporary is written, then all their data reaches
/// the disk in one pass, then each is renamed to its final name, then each folder
/// holding a renamed file is synced once. So no final name ever points at a file whose
/// data is not on disk (docs/performance.md). A file that fails leaves nothing behind
/// and does not stop the others.
void write_files_if_changed(std::vector<GroupedWrite>& files);

/// Hands out a file's bytes piece by piece: calls its argument once per piece.
using Producer = std::function<void(const std::function<void(std::string_view)>&)>;

/// write_file_if_changed for a file too big to hold whole in memory (a big roster's
/// report): the pieces go straight into the temporary, which is then compared with the
/// file at `path` and dropped when they are the same, else synced and renamed.
bool write_file_streamed_if_changed(const std::string& path, const Producer& produce, bool& changed,
                                    std::string& error);

/// Makes the entries of `folder` (files renamed or folders made in it) durable: fsync.
/// A failure is ignored: it loses nothing already written.
void sync_folder(const std::string& folder);

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

/// True when `path` is `folder` or lies below it. Both are resolved paths (realpath):
/// the text is compared, "/" holds every absolute path, an empty folder holds nothing.
bool path_within(const std::string& path, const std::string& folder);

}  // namespace planadj

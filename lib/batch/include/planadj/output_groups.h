// The batch's writer stage, driven by the batch command (lib/commands): the workers
// queue each athlete's output files, and a full group is written with one sync pass
// (docs/performance.md).
#pragma once

#include <cstddef>
#include <functional>
#include <mutex>
#include <vector>

#include "planadj/fs.h"

namespace planadj::batch {

/// Files per group: one data sync and one journal commit for this many files instead
/// of one each; small enough that a killed run has written the first groups early.
inline constexpr std::size_t kFilesPerGroup = 64;
/// Queued bytes that also close a group, so memory stays flat whatever the plan sizes.
inline constexpr std::size_t kBytesPerGroup = std::size_t{8} << 20;

class OutputGroups {
 public:
  /// Called once per file after its group is written (changed or error set), with the
  /// index the file was queued under; from the thread that wrote the group.
  using Written = std::function<void(std::size_t index, const GroupedWrite& file)>;

  explicit OutputGroups(Written on_written, std::size_t files_per_group = kFilesPerGroup,
                        std::size_t bytes_per_group = kBytesPerGroup);
  OutputGroups(const OutputGroups&) = delete;
  OutputGroups& operator=(const OutputGroups&) = delete;

  /// Queues `files` (for one index); when the group is full this thread writes it,
  /// outside the lock, while the other workers go on queueing.
  void add(std::size_t index, std::vector<GroupedWrite> files);
  /// Writes whatever is queued (call once every worker has stopped).
  void flush();

 private:
  struct Group {
    std::vector<std::size_t> index;
    std::vector<GroupedWrite> files;
    std::size_t bytes = 0;
  };
  void write(Group& group);

  Written on_written_;
  std::size_t files_per_group_, bytes_per_group_;
  std::mutex lock_;  // guards pending_
  Group pending_;
};

}  // namespace planadj::batch

// The batch's writer stage, driven by the batch command (lib/commands): the workers
// queue each athlete's output files, and a writer thread writes each full group with
// one sync pass (docs/performance.md), so no worker waits for the disk.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "planadj/fs.h"

namespace planadj::batch {

/// Files per group: one data sync and one journal commit for this many files instead
/// of one each; small enough that a killed run has written the first groups early.
inline constexpr std::size_t kFilesPerGroup = 64;
/// Queued bytes that also close a group, so memory stays flat whatever the plan sizes.
inline constexpr std::size_t kBytesPerGroup = std::size_t{8} << 20;
/// Full groups waiting for the writer before a worker that fills another one waits:
/// enough to keep the writer busy while the workers go on, and memory stays bounded.
inline constexpr std::size_t kGroupsWaiting = 2;

class OutputGroups {
 public:
  /// Called once per file after its group is written (changed or error set), with the
  /// index the file was queued under; from the writer thread, one group after another.
  using Written = std::function<void(std::size_t index, const GroupedWrite& file)>;

  /// Starts the writer thread.
  explicit OutputGroups(Written on_written, std::size_t files_per_group = kFilesPerGroup,
                        std::size_t bytes_per_group = kBytesPerGroup);
  /// Writes what is queued (as flush, but a writer failure is dropped), then stops.
  ~OutputGroups();
  OutputGroups(const OutputGroups&) = delete;
  OutputGroups& operator=(const OutputGroups&) = delete;

  /// Queues `files` (for one index); a full group goes to the writer thread. Waits only
  /// while kGroupsWaiting full groups are still unwritten.
  void add(std::size_t index, std::vector<GroupedWrite> files);
  /// Returns once every full group handed over so far is written (on_written called).
  void drain();
  /// Writes whatever is queued and returns once it is written (call once every worker
  /// has stopped). Rethrows what a write threw (e.g. std::bad_alloc); groups after a
  /// failed one are not written and their on_written is not called.
  void flush();

 private:
  struct Group {
    std::vector<std::size_t> index;
    std::vector<GroupedWrite> files;
    std::size_t bytes = 0;
  };
  void write(Group& group);
  void writer_loop();

  Written on_written_;
  std::size_t files_per_group_, bytes_per_group_;
  std::mutex lock_;                  // guards everything below but the thread
  std::condition_variable changed_;  // a group queued or written, or closing
  Group pending_;                    // filling up
  std::deque<Group> full_;           // waiting for the writer
  bool writing_ = false;             // the writer holds a group
  bool closing_ = false;
  std::exception_ptr failure_;
  std::thread writer_;
};

}  // namespace planadj::batch

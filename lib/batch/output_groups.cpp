#include "planadj/output_groups.h"

#include <utility>

namespace planadj::batch {

OutputGroups::OutputGroups(Written on_written, std::size_t files_per_group,
                           std::size_t bytes_per_group)
    : on_written_(std::move(on_written)),
      files_per_group_(files_per_group == 0 ? 1 : files_per_group),
      bytes_per_group_(bytes_per_group) {}

void OutputGroups::add(std::size_t index, std::vector<GroupedWrite> files) {
  Group full;
  {
    std::lock_guard<std::mutex> guard(lock_);
    for (auto& f : files) {
      pending_.bytes += f.bytes.size();
      pending_.index.push_back(index);
      pending_.files.push_back(std::move(f));
    }
    if (pending_.files.size() < files_per_group_ && pending_.bytes < bytes_per_group_) return;
    std::swap(full, pending_);
  }
  write(full);
}

void OutputGroups::flush() {
  Group rest;
  {
    std::lock_guard<std::mutex> guard(lock_);
    std::swap(rest, pending_);
  }
  write(rest);
}

void OutputGroups::write(Group& group) {
  if (group.files.empty()) return;
  write_files_if_changed(group.files);
  for (std::size_t i = 0; i < group.files.size(); ++i) on_written_(group.index[i], group.files[i]);
}

}  // namespace planadj::batch

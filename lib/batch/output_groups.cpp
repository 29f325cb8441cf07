#include "planadj/output_groups.h"

#include <utility>

namespace planadj::batch {

OutputGroups::OutputGroups(Written on_written, std::size_t files_per_group,
                           std::size_t bytes_per_group)
    : on_written_(std::move(on_written)),
      files_per_group_(files_per_group == 0 ? 1 : files_per_group),
      bytes_per_group_(bytes_per_group),
      writer_([this] { writer_loop(); }) {}

OutputGroups::~OutputGroups() {
  try {
    flush();
  } catch (...) {  // a destructor must not throw; flush() reported it to who called it
  }
  {
    std::lock_guard<std::mutex> guard(lock_);
    closing_ = true;
  }
  changed_.notify_all();
  writer_.join();
}

void OutputGroups::add(std::size_t index, std::vector<GroupedWrite> files) {
  std::unique_lock<std::mutex> guard(lock_);
  for (auto& f : files) {
    pending_.bytes += f.bytes.size();
    pending_.index.push_back(index);
    pending_.files.push_back(std::move(f));
  }
  if (pending_.files.size() < files_per_group_ && pending_.bytes < bytes_per_group_) return;
  // Back pressure: a writer that falls behind (a slow disk) holds the workers back
  // rather than letting queued plans grow without bound.
  changed_.wait(guard, [&] { return full_.size() < kGroupsWaiting || failure_; });
  full_.push_back(std::exchange(pending_, Group{}));
  changed_.notify_all();
}

void OutputGroups::drain() {
  std::unique_lock<std::mutex> guard(lock_);
  changed_.wait(guard, [&] { return (full_.empty() && !writing_) || failure_; });
}

void OutputGroups::flush() {
  {
    std::lock_guard<std::mutex> guard(lock_);
    if (!pending_.files.empty()) full_.push_back(std::exchange(pending_, Group{}));
  }
  changed_.notify_all();
  drain();
  std::lock_guard<std::mutex> guard(lock_);
  if (failure_) std::rethrow_exception(failure_);
}

void OutputGroups::writer_loop() {
  std::unique_lock<std::mutex> guard(lock_);
  for (;;) {
    changed_.wait(guard, [&] { return !full_.empty() || closing_; });
    if (full_.empty()) return;  // closing, and nothing left
    Group group = std::move(full_.front());
    full_.pop_front();
    writing_ = true;
    guard.unlock();
    std::exception_ptr thrown;
    try {
      if (!failure_) write(group);  // read without the lock: only this thread sets it
    } catch (...) {
      thrown = std::current_exception();
    }
    guard.lock();
    if (thrown && !failure_) failure_ = thrown;
    writing_ = false;
    changed_.notify_all();
  }
}

void OutputGroups::write(Group& group) {
  if (group.files.empty()) return;
  write_files_if_changed(group.files);
  for (std::size_t i = 0; i < group.files.size(); ++i) on_written_(group.index[i], group.files[i]);
}

}  // namespace planadj::batch

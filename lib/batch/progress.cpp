#include "planadj/progress.h"

#include <ostream>

namespace planadj::batch {

std::string progress_line(std::size_t done, std::size_t total, double per_second, int width) {
  const std::size_t cells =
      total == 0 ? static_cast<std::size_t>(width) : done * static_cast<std::size_t>(width) / total;
  std::string bar = "[";
  for (int i = 0; i < width; ++i) bar += static_cast<std::size_t>(i) < cells ? '#' : '.';
  bar += "] " + std::to_string(done) + "/" + std::to_string(total) + " athletes  " +
         std::to_string(per_second > 0 ? static_cast<long long>(per_second) : 0LL) + "/s";
  return bar;
}

ProgressBar::ProgressBar(std::ostream& err, std::size_t total, bool enabled)
    : err_(err),
      total_(total),
      enabled_(enabled),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void ProgressBar::draw(std::size_t done) {
  const auto now = std::chrono::steady_clock::now();
  const double secs = std::chrono::duration<double>(now - start_).count();
  // Padding clears what a longer earlier line left behind.
  err_ << '\r' << progress_line(done, total_, secs > 0 ? done / secs : 0) << "  " << std::flush;
  last_ = now;
  drawn_ = true;
}

void ProgressBar::update(std::size_t done) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  // Ten redraws a second look live and cost nothing next to the athletes' work.
  constexpr std::chrono::milliseconds kRedrawEvery{100};
  if (drawn_ && now - last_ < kRedrawEvery) return;
  draw(done);
}

void ProgressBar::finish(std::size_t done) {
  if (!enabled_) return;
  draw(done);
  err_ << '\n' << std::flush;
}

}  // namespace planadj::batch

// The progress shown on standard error while a batch runs (public to lib/commands, which draws it).
#pragma once

#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <string>

namespace planadj::batch {

/// `[#####.....] 120/2000 athletes  85/s`: `width` cells, the rate rounded down.
std::string progress_line(std::size_t done, std::size_t total, double per_second, int width = 20);

/// Redraws progress_line with '\r', at most ten times a second, when enabled.
class ProgressBar {
 public:
  ProgressBar(std::ostream& err, std::size_t total, bool enabled);
  /// Called with the number of athletes finished; cheap when nothing is drawn.
  void update(std::size_t done);
  /// Draws the final state and ends the line (only if anything was drawn).
  void finish(std::size_t done);

 private:
  void draw(std::size_t done);
  std::ostream& err_;
  std::size_t total_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace planadj::batch

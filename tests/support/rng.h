// Test support: a random source whose numbers are the same on every standard library.
// std::mt19937_64 is fully specified by the standard, but the std:: distributions are
// not, so the few distributions the generators need are written here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

namespace planadj::testing {

/// A seeded, portable random source: the same seed gives the same draws everywhere.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}

  /// 64 raw bits.
  std::uint64_t bits() { return engine_(); }

  /// A uniform integer in [lo, hi] (inclusive); lo when hi < lo.
  long between(long lo, long hi) {
    if (hi <= lo) return lo;
    const std::uint64_t span = static_cast<std::uint64_t>(hi - lo) + 1;
    // Rejection sampling keeps the draw unbiased for every span.
    const std::uint64_t limit = (std::numeric_limits<std::uint64_t>::max() / span) * span;
    std::uint64_t x = engine_();
    while (x >= limit) x = engine_();
    return lo + static_cast<long>(x % span);
  }

  /// A uniform double in [0, 1) with 53 random bits.
  double unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

  /// True with probability p.
  bool chance(double p) { return unit() < p; }

  /// A uniformly chosen element of a non-empty vector.
  template <class T>
  const T& pick(const std::vector<T>& v) {
    return v[static_cast<std::size_t>(between(0, static_cast<long>(v.size()) - 1))];
  }

  /// An index drawn with the given (non-negative, not all zero) weights.
  std::size_t weighted(const std::vector<int>& weights) {
    long total = 0;
    for (int w : weights) total += w;
    long x = between(0, total - 1);
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (x < weights[i]) return i;
      x -= weights[i];
    }
    return weights.size() - 1;
  }

  /// Fisher-Yates shuffle with this source's draws.
  template <class T>
  void shuffle(std::vector<T>& v) {
    for (std::size_t i = v.size(); i > 1; --i) {
      const auto j = static_cast<std::size_t>(between(0, static_cast<long>(i) - 1));
      std::swap(v[i - 1], v[j]);
    }
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace planadj::testing

#include <charconv>

#include "planadj/batch.h"

namespace planadj::batch {
namespace {

// Longer counts are refused before parsing: 18 decimal digits always fit in 64 bits.
constexpr std::size_t kMaxCountDigits = 18;

// Plain decimal digits only: no sign, no spaces, no hex, so "0/ 3" or "+1/3" is junk.
std::optional<std::uint64_t> parse_count(std::string_view s) {
  if (s.empty() || s.size() > kMaxCountDigits) return std::nullopt;
  std::uint64_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

std::optional<Shard> parse_shard(std::string_view text) {
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const auto k = parse_count(text.substr(0, slash));
  const auto n = parse_count(text.substr(slash + 1));
  if (!k || !n || *n == 0 || *k >= *n) return std::nullopt;
  return Shard{*k, *n};
}

std::uint64_t fnv1a64(std::string_view bytes) {
  // Fixed by the FNV spec, unlike std::hash, so every machine of a job array agrees
  // (docs/batch.md: the stable hash of --shard).
  constexpr std::uint64_t kFnvOffsetBasis = 14695981039346656037ull;
  constexpr std::uint64_t kFnvPrime = 1099511628211ull;
  std::uint64_t h = kFnvOffsetBasis;
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= kFnvPrime;
  }
  return h;
}

bool in_shard(std::string_view id, const Shard& shard) {
  return fnv1a64(id) % shard.count == shard.index;
}

}  // namespace planadj::batch

// The one entry point every fuzz target defines (libFuzzer's), and a check that stops
// the run when an oracle fails: a finding, not a normal outcome (docs/reliability.md).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace planadj::fuzz {

/// Aborts with `what` when `ok` is false, so libFuzzer (or the replay) reports the input.
inline void require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz oracle failed: %s\n", what);
  std::abort();
}

}  // namespace planadj::fuzz

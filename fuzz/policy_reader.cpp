// Fuzz target: the policy reader (docs/formats.md#policy).
#include "planadj/readers.h"
#include "reader_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  planadj::fuzz::check_parsed(planadj::parse_policy(text, "fuzz.yaml"));
  return 0;
}

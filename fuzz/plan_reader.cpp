// Fuzz target: the plan reader (docs/formats.md#plan), revised plans included.
#include "planadj/readers.h"
#include "reader_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  planadj::fuzz::check_parsed(planadj::parse_plan(text, "fuzz.yaml"));
  return 0;
}

// Fuzz target: the injury log reader (docs/formats.md#injury-log).
#include "planadj/readers.h"
#include "reader_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  planadj::fuzz::check_parsed(planadj::parse_injury_log(text, "fuzz.yaml"));
  return 0;
}

#include "planadj/errno_message.h"

#include <cstring>

namespace planadj {
namespace {

constexpr std::size_t kMessageBytes = 256;  // longer than any glibc message

// glibc's GNU strerror_r returns the message (perhaps not in `buf`); the XSI one
// returns 0 and fills `buf`. Overloads take whichever the library declares.
[[maybe_unused]] std::string from_strerror_r(const char* message, const char*, int) {
  return message;
}
[[maybe_unused]] std::string from_strerror_r(int result, const char* buf, int e) {
  return result == 0 ? std::string(buf) : "error " + std::to_string(e);
}

}  // namespace

std::string errno_message(int e) {
  char buf[kMessageBytes] = {};
  return from_strerror_r(strerror_r(e, buf, sizeof buf), buf, e);
}

}  // namespace planadj

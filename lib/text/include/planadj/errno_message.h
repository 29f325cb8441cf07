// The text of an errno value, safe to call from several threads at once.
#pragma once

#include <string>

namespace planadj {

/// The system's message for errno value `e` ("No such file or directory"), through
/// strerror_r: std::strerror may share one buffer between threads, and the batch reads
/// and writes files from its worker threads (docs/batch.md). Never fails: an unknown
/// value gives "error N".
std::string errno_message(int e);

}  // namespace planadj

// Upper and lower case for the words the tool writes: ASCII letters only, whatever the
// locale (docs/architecture.md, "yaml-cpp facts": the global locale is never changed),
// so a UTF-8 location such as `Épaule` passes through unharmed.
#pragma once

#include <string>

namespace planadj {

/// `s` with its first letter in upper case: `long run` -> `Long run`; a first character
/// that is not an ASCII letter stays as it is.
std::string capitalised(std::string s);

/// `s` with every ASCII letter in lower case: `Hamstring` -> `hamstring`.
std::string lower(std::string s);

}  // namespace planadj

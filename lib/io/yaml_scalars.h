// How YAML readers resolve plain (unquoted) scalars: YAML 1.1 for the quoting
// decision (PyYAML and many coach tools still read 1.1), the YAML 1.2 core schema
// for typing unknown values in JSON output.
#pragma once

#include <string>
#include <string_view>

namespace planadj::io {

/// True when a YAML 1.1 or 1.2 reader would take the plain scalar `s` for something
/// other than a string (null, bool, int, float, timestamp, `<<`, `=`): quote it.
bool reads_as_non_string(std::string_view s);

/// The type the YAML 1.2 core schema gives an unquoted scalar.
enum class CoreType { null, boolean, integer, floating, string };
CoreType core_schema_type(std::string_view plain);

/// The JSON spelling of an unquoted YAML number (`+5` -> `5`, `0x1F` -> `31`,
/// `1.` -> `1`); empty when JSON cannot hold it (`.inf`, `.nan`, out of range).
std::string json_number(std::string_view plain, CoreType type);

}  // namespace planadj::io

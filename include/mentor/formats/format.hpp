#pragma once
/// Output formats, and the conversions every format shares.

#include <optional>
#include <string>
#include <string_view>

#include "mentor/formats/json_writer.hpp"
#include "mentor/formats/yaml.hpp"

namespace mentor {

enum class Format { Text, Markdown, Json, Yaml, Csv, Html };

std::optional<Format> parse_format(std::string_view name);
std::string to_string(Format format);

/// Writes a YAML tree as JSON: plain scalars that are whole numbers become
/// numbers, plain true/false booleans, null null, everything else strings.
void write_yaml_as_json(JsonWriter& json, const yaml::Node& node);

}  // namespace mentor

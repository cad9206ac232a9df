#pragma once
// An option whose value may be typed in other words ("bonne", "mentoré·e",
// "à distance"): read as the canonical value the schema field's aliases give
// (records/spelling.hpp) before any check, so commands see only English values.

#include <CLI/CLI.hpp>
#include <string>

#include "mentor/records/spelling.hpp"

namespace mentor::cli {

inline CLI::Validator spelled(const schema::Field& field) {
    return CLI::Validator(
        [&field](std::string& value) {
            value = schema::canonical(field, value);
            return std::string();
        },
        "");
}

}  // namespace mentor::cli

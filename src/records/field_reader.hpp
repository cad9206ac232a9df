#pragma once
// Reads typed fields out of a YAML map, collecting a diagnostic for every
// field of the wrong shape instead of stopping at the first one. Private to
// the library: record readers are its only users.

#include <optional>
#include <string>
#include <vector>

#include "mentor/core/error.hpp"
#include "mentor/formats/yaml.hpp"

namespace mentor::detail {

class FieldReader {
public:
    FieldReader(const std::string& file, Diagnostics& diagnostics) : file_(file), diagnostics_(diagnostics) {}

    /// Records an error at the node (or at its key when the node has no position).
    void error(const yaml::Node& at, const std::string& message);
    void warning(const yaml::Node& at, const std::string& message);

    /// A string scalar; numbers and dates written bare are accepted as their text.
    std::optional<std::string> text(const yaml::Node& n, std::string_view key);
    /// A whole number in [min, max].
    std::optional<int> integer(const yaml::Node& n, std::string_view key, int min, int max);
    std::optional<bool> boolean(const yaml::Node& n, std::string_view key);
    /// A list of strings; a single scalar is taken as a one-item list.
    std::vector<std::string> text_list(const yaml::Node& n, std::string_view key);
    /// A YYYY-MM-DD date (kept as text).
    std::optional<std::string> date(const yaml::Node& n, std::string_view key);
    /// A map node, or an error.
    bool expect_map(const yaml::Node& n, std::string_view what);

    const std::string& file() const { return file_; }

private:
    void add(const yaml::Node& at, Severity severity, const std::string& message);

    const std::string& file_;
    Diagnostics& diagnostics_;
};

/// Describes a node for "got ..." in messages: a quoted scalar, "a list", "a map", "nothing".
std::string describe(const yaml::Node& n);

/// Strict YYYY-MM-DD with a real calendar day.
bool is_iso_date(std::string_view text);

}  // namespace mentor::detail

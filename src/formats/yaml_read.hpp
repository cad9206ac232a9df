#pragma once
// Private to src/formats/: the two readers behind yaml::parse and the rules
// they share, so that the fast reader of canonical files (yaml_fast.cpp) and
// libyaml's event reader (yaml_parse.cpp) cannot drift apart.

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "mentor/formats/yaml.hpp"

namespace mentor::yaml::detail {

/// A plain (unquoted) scalar that our model reads as null.
inline bool is_null_plain(std::string_view value) {
    return value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL";
}

/// The duplicate-key check of one map: a scan of the keys so far for the small
/// maps records are made of (no allocation), a hash set once a map grows large.
class KeyCheck {
public:
    /// True when `key` is already among `entries` (the map's entries so far,
    /// every one of which went through this check).
    bool duplicate(const std::vector<Node::Entry>& entries, const std::string& key) {
        constexpr size_t kScanLimit = 32;
        if (entries.size() < kScanLimit)
            return std::any_of(entries.begin(), entries.end(), [&](const auto& e) { return e.first == key; });
        if (entries.size() == kScanLimit)
            for (const auto& entry : entries) seen_.insert(entry.first);
        return !seen_.insert(key).second;
    }

private:
    std::unordered_set<std::string> seen_;
};

/// The limits one document of `size` bytes is held to: at most
/// `limits.max_bytes`, and a node count in proportion to its size.
ParseLimits bounded_limits(const ParseLimits& limits, size_t size);

/// The fast reader of the canonical subset yaml::emit writes. Returns the tree
/// libyaml would give, or nullopt ("declined") for anything outside the subset
/// or anything it is unsure of, including every input libyaml refuses. Never
/// throws mentor::Error. `limits` are already bounded (bounded_limits).
std::optional<Node> parse_canonical(std::string_view text, const ParseLimits& limits);

/// libyaml's reader alone, as yaml::parse falls back to it (limits checked and
/// bounded here). The reference the fast reader is tested against.
Node parse_libyaml(std::string_view text, const std::string& file, const ParseLimits& limits);

/// The first difference between two trees (kind, marks, style, bytes, order),
/// named by its path from `path`; "" when they are the same.
std::string first_difference(const Node& a, const Node& b, const std::string& path = "doc");

}  // namespace mentor::yaml::detail

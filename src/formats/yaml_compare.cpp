// The deep comparison of two trees, marks included: how the fast reader is
// checked against libyaml (tests/unit/test_yaml_fast.cpp, tests/fuzz).

#include "yaml_read.hpp"

namespace mentor::yaml::detail {
namespace {

std::string where(const Mark& m) { return std::to_string(m.line) + ":" + std::to_string(m.column); }

}  // namespace

std::string first_difference(const Node& a, const Node& b, const std::string& path) {
    if (a.kind() != b.kind()) return path + ": kind";
    if (a.mark.line != b.mark.line || a.mark.column != b.mark.column) return path + ": mark " + where(a.mark) + " vs " + where(b.mark);
    if (a.key_mark.line != b.key_mark.line || a.key_mark.column != b.key_mark.column)
        return path + ": key mark " + where(a.key_mark) + " vs " + where(b.key_mark);
    if (a.style() != b.style()) return path + ": style";
    if (a.scalar() != b.scalar()) return path + ": scalar '" + a.scalar() + "' vs '" + b.scalar() + "'";
    if (a.items().size() != b.items().size()) return path + ": item count";
    for (size_t i = 0; i < a.items().size(); ++i) {
        std::string diff = first_difference(a.items()[i], b.items()[i], path + "[" + std::to_string(i) + "]");
        if (!diff.empty()) return diff;
    }
    if (a.entries().size() != b.entries().size()) return path + ": entry count";
    for (size_t i = 0; i < a.entries().size(); ++i) {
        const auto& [key, value] = a.entries()[i];
        if (key != b.entries()[i].first) return path + ": key '" + key + "' vs '" + b.entries()[i].first + "'";
        std::string diff = first_difference(value, b.entries()[i].second, path + "." + key);
        if (!diff.empty()) return diff;
    }
    return "";
}

}  // namespace mentor::yaml::detail

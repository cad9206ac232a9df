// Reading the other spellings of values as the canonical ones. See spelling.hpp.

#include "mentor/records/spelling.hpp"

#include <algorithm>

#include "mentor/core/unicode.hpp"
#include "mentor/records/cadence.hpp"

namespace mentor::schema {

bool has_other_spellings(const Field& field) { return field.rule == Rule::Cadence || !field.aliases.empty(); }

std::string canonical(const Field& field, std::string_view value) {
    if (field.rule == Rule::Cadence) return canonical_cadence(value);
    // Most values are written canonically already: no folding for them, and
    // none for a field that declares no other spelling (a name, a note).
    if (!has_other_spellings(field) || std::find(field.values.begin(), field.values.end(), value) != field.values.end())
        return std::string(value);
    const std::string key = fold_key(value);
    if (key.empty()) return std::string(value);
    for (const auto& alias : field.aliases)
        if (fold_key(alias.spelling) == key) return std::string(alias.value);
    for (const auto& allowed : field.values)
        if (fold_key(allowed) == key) return std::string(allowed);
    return std::string(value);
}

}  // namespace mentor::schema

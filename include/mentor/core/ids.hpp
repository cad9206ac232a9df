#pragma once
/// Record ids: lower-case ASCII slugs that are safe as file names.
///
/// An id is `[a-z0-9][a-z0-9-]{0,63}` with no "--" (two dashes join the
/// mentor and mentee ids of a pair id) and no trailing dash. Anything else is
/// refused before it can reach the file system, so no id ever names a path
/// outside the records directory.

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "mentor/core/unicode.hpp"  // fold_key, which slugify builds on

namespace mentor {

inline constexpr size_t kMaxIdLength = 64;

bool is_valid_id(std::string_view id);

/// A pair id: two valid person ids joined by "--".
bool is_valid_pair_id(std::string_view id);

/// Splits "mentor--mentee"; nullopt when not a valid pair id.
std::optional<std::pair<std::string, std::string>> split_pair_id(std::string_view id);

/// Throws mentor::Error (usage kind) naming `what` when invalid; `what` is
/// shown as given, so callers pass it translated (tr("person id")).
void require_valid_id(std::string_view id, std::string_view what);

/// "Élodie Dupré" -> "elodie-dupre", "François Nguyễn" -> "francois-nguyen":
/// the name's fold_key (core/unicode.hpp: accents dropped, ł→l, ø→o, ß→ss,
/// æ→ae, ...), everything that is not then an ASCII letter or digit becomes
/// a dash, dashes collapsed, cut to 64 characters. Returns "" when nothing
/// usable is left (e.g. a name in another script).
std::string slugify(std::string_view name);

/// `base` if free, else `base-2`, `base-3`, ... (kept within 64 characters).
std::string unique_id(const std::string& base, const std::function<bool(const std::string&)>& taken);

}  // namespace mentor

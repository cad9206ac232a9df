#pragma once
/// "Did you mean ...?": the closest known names to a mistyped one, for
/// unknown ids and unknown subcommands alike.

#include <string>
#include <string_view>
#include <vector>

namespace mentor {

/// Edit distance on bytes (ids and command names are ASCII), counting a swap
/// of neighbours as one edit: "lsit" is one edit from "list".
size_t edit_distance(std::string_view a, std::string_view b);

/// Up to `most` of `candidates` nearest to `text` (by edit distance, ties by
/// name), leaving out those too far to be a typo of it. A candidate that
/// contains `text` counts as a near miss.
std::vector<std::string> closest_ids(std::string_view text, const std::vector<std::string>& candidates, size_t most);

/// "; did you mean a, b?" with up to three closest candidates, or "" when
/// none is close.
std::string did_you_mean(std::string_view text, const std::vector<std::string>& candidates);

}  // namespace mentor
